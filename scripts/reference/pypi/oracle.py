"""Oracle for goldens.mjs: answers with Debian's python3-packaging (packaging 23.x), the PEP 440 reference."""
import functools
import json
import sys

from packaging.specifiers import SpecifierSet
from packaging.version import Version


def version(text):
    try:
        return Version(text)
    except Exception:  # InvalidVersion, and ValueError for ints over CPython's 4300-digit limit
        return None


def answer(req):
    op = req["op"]
    if op == "parse":
        return version(req["v"]) is not None
    if op == "range":
        try:
            SpecifierSet(req["r"])
            return True
        except Exception:
            return False
    if op == "cmp":
        a, b = Version(req["a"]), Version(req["b"])
        return (a > b) - (a < b)
    if op == "sort":
        ordered = sorted(req["vs"], key=lambda s: (Version(s), s))
        out, prev = [], None
        for s in ordered:
            v = Version(s)
            out.append(["" if prev is None else ("=" if v == prev else "<"), s])
            prev = v
        return out
    if op == "sat":
        spec = SpecifierSet(req["r"])
        return [spec.contains(Version(v), prereleases=True) for v in req["vs"]]
    raise ValueError(op)


for line in sys.stdin:
    print(json.dumps(answer(json.loads(line))))
