"""Oracle for scripts/reference/goldens.mjs (JSON lines on stdin/stdout), answering with dpkg's own libdpkg through
the dpkg-oracle helper. Ranges use dpkg's relation operators (<< <= = >= >>, obsolete < and > meaning <= and >=),
',' or spaces between constraints, '|' or '||' between alternatives; each constraint is decided by
dpkg_version_relate, only the joining is done here."""
import json
import subprocess
import sys
from functools import cmp_to_key

helper = subprocess.Popen([sys.argv[1]], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")


def ask(*fields):
    helper.stdin.write("\t".join(fields) + "\n")
    helper.stdin.flush()
    return helper.stdout.readline().strip()


OPS = {"<<": "<<", "<=": "<=", "=": "=", ">=": ">=", ">>": ">>", "<": "<=", ">": ">="}


def split_range(text):
    alternatives = []
    for alt in text.replace("||", "|").split("|"):
        tokens = alt.replace(",", " ").replace("(", " ").replace(")", " ").split()
        constraints, i = [], 0
        while i < len(tokens):
            tok = tokens[i]
            n = 0
            while n < len(tok) and tok[n] in "<>=!~":
                n += 1
            op, rest = tok[:n], tok[n:]
            if op and not rest:
                i += 1
                if i == len(tokens):
                    raise ValueError("operator without version")
                rest = tokens[i]
            if op and op not in OPS:
                raise ValueError("unknown operator " + op)
            if ask("p", rest) == "error":
                raise ValueError("bad version " + rest)
            constraints.append((OPS[op] if op else "=", rest))
            i += 1
        if not constraints:
            raise ValueError("empty alternative")
        alternatives.append(constraints)
    return alternatives


def cmp(a, b):
    return int(ask("c", a, b))


for line in sys.stdin:
    req = json.loads(line)
    op = req["op"]
    if op == "parse":
        ans = ask("p", req["v"]) != "error"
    elif op == "cmp":
        ans = cmp(req["a"], req["b"])
    elif op == "sort":
        vs = sorted(req["vs"], key=cmp_to_key(cmp))
        ans = [["" if i == 0 else ("=" if cmp(vs[i - 1], v) == 0 else "<"), v] for i, v in enumerate(vs)]
    elif op == "range":
        try:
            split_range(req["r"])
            ans = True
        except ValueError:
            ans = False
    elif op == "sat":
        alts = split_range(req["r"])
        ans = [any(all(ask("r", v, rel, bound) == "1" for rel, bound in alt) for alt in alts) for v in req["vs"]]
    print(json.dumps(ans), flush=True)
