"""Oracle for scripts/reference/goldens.mjs: forwards each JSON request to NuGet.Versioning itself (Oracle.exe, built
from the NuGet/NuGet.Client source by generate.sh) over its TAB line protocol, one question at a time."""
import functools
import json
import subprocess
import sys

nuget = subprocess.Popen(["mono", sys.argv[1]], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")


def ask(*fields):
    if any(("\t" in f) or ("\n" in f) or ("\r" in f) for f in fields[1:]):
        return None
    nuget.stdin.write("\t".join(fields) + "\n")
    nuget.stdin.flush()
    return nuget.stdout.readline().strip()


def compare(a, b):
    return int(ask("c", a, b))


def answer(req):
    op = req["op"]
    if op == "parse":
        return ask("p", req["v"]) == "1"
    if op == "range":
        return ask("r", req["r"]) == "1"
    if op == "cmp":
        return compare(req["a"], req["b"])
    if op == "sort":
        ordered = sorted(req["vs"], key=functools.cmp_to_key(lambda x, y: compare(x, y) or (x > y) - (x < y)))
        out, prev = [], None
        for s in ordered:
            out.append(["" if prev is None else ("=" if compare(prev, s) == 0 else "<"), s])
            prev = s
        return out
    if op == "sat":
        return [ask("s", req["r"], v) == "1" for v in req["vs"]]
    raise ValueError(op)


for line in sys.stdin:
    print(json.dumps(answer(json.loads(line))))
