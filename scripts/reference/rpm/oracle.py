"""Oracle for scripts/reference/goldens.mjs (JSON lines on stdin/stdout), answering with rpm's own library through
python3-rpm: rpm.ver parses an EVR and orders two (rpmverCmp), and each range constraint is rpm's dependency
match (rpm.ds(...).Compare, i.e. rpmdsCompare/rpmverOverlap) of the version as an "=" provide against the
constraint as a require. Only the joining of constraints (',' or spaces: all; '|' or '||': any) is done here."""
import json
import sys
from functools import cmp_to_key

import rpm

FLAGS = {
    "<": rpm.RPMSENSE_LESS, "<<": rpm.RPMSENSE_LESS, "<=": rpm.RPMSENSE_LESS | rpm.RPMSENSE_EQUAL,
    "=": rpm.RPMSENSE_EQUAL, "==": rpm.RPMSENSE_EQUAL, ">=": rpm.RPMSENSE_GREATER | rpm.RPMSENSE_EQUAL,
    ">": rpm.RPMSENSE_GREATER, ">>": rpm.RPMSENSE_GREATER,
}


def cmp(a, b):
    # rpm.ver's comparison is rpmverCmp (labelCompare refuses an empty version part, which rpm.ver accepts).
    x, y = rpm.ver(a), rpm.ver(b)
    return (x > y) - (x < y)


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
            if op and op not in FLAGS:
                raise ValueError("unknown operator " + op)
            rpm.ver(rest)
            constraints.append((FLAGS[op or "="], rest))
            i += 1
        if not constraints:
            raise ValueError("empty alternative")
        alternatives.append(constraints)
    return alternatives


def holds(version, flags, bound):
    provide = rpm.ds(("p", rpm.RPMSENSE_EQUAL, version), rpm.RPMTAG_PROVIDENAME)
    require = rpm.ds(("p", flags, bound), rpm.RPMTAG_REQUIRENAME)
    return provide.Compare(require) == 1


for line in sys.stdin:
    req = json.loads(line)
    op = req["op"]
    if op == "parse":
        try:
            rpm.ver(req["v"])
            ans = True
        except Exception:
            ans = False
    elif op == "cmp":
        ans = cmp(req["a"], req["b"])
    elif op == "sort":
        vs = sorted(req["vs"], key=cmp_to_key(cmp))
        ans = [["" if i == 0 else ("=" if cmp(vs[i - 1], v) == 0 else "<"), v] for i, v in enumerate(vs)]
    elif op == "range":
        try:
            split_range(req["r"])
            ans = True
        except Exception:
            ans = False
    elif op == "sat":
        alts = split_range(req["r"])
        ans = [any(all(holds(v, f, b) for f, b in alt) for alt in alts) for v in req["vs"]]
    print(json.dumps(ans), flush=True)
