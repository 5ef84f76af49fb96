"""Oracle for scripts/reference/goldens.mjs: answers with Conan's own conans/model/version.py and version_range.py,
read from the conan-io/conan source that generate.sh extracts (PYTHONPATH points at it)."""
import functools
import json
import sys
import types

# version_range.py prints warnings through conan.api.output, whose package imports Conan's whole client (fasteners,
# colorama ...). A silent stand-in takes its place: it only prints, it decides nothing.
for name in ("conan", "conan.api"):
    sys.modules.setdefault(name, types.ModuleType(name))
_output = types.ModuleType("conan.api.output")
_output.ConanOutput = type("ConanOutput", (), {"warning": lambda self, *a, **k: None})
sys.modules["conan.api.output"] = _output

from conans.model.recipe_ref import RecipeReference  # noqa: E402
from conans.model.version import Version  # noqa: E402
from conans.model.version_range import VersionRange  # noqa: E402


def version(text):
    """A version Conan takes in a package reference: RecipeReference.validate_ref, upper case allowed
    (core:allow_uppercase_pkg_names), is what `conan create`/`export` check; Version() itself takes any text."""
    try:
        RecipeReference("pkg", text).validate_ref(allow_uppercase=True)
        return Version(text)
    except Exception:
        return None


def version_range(text):
    # A requirement writes a range in brackets (pkg/[>=1 <2]); VersionRange reads what is inside them.
    stripped = text.strip()
    if stripped.startswith("[") and stripped.endswith("]"):
        stripped = stripped[1:-1]
    return VersionRange(stripped)


def compare(a, b):
    return (a > b) - (a < b)


def answer(req):
    op = req["op"]
    if op == "parse":
        return version(req["v"]) is not None
    if op == "range":
        try:
            version_range(req["r"])
            return True
        except Exception:
            return False
    if op == "cmp":
        return compare(Version(req["a"]), Version(req["b"]))
    if op == "sort":
        ordered = sorted(req["vs"], key=functools.cmp_to_key(lambda x, y: compare(Version(x), Version(y)) or (x > y) - (x < y)))
        out, prev = [], None
        for s in ordered:
            v = Version(s)
            out.append(["" if prev is None else ("=" if v == prev else "<"), s])
            prev = v
        return out
    if op == "sat":
        r = version_range(req["r"])
        # resolve_prerelease=None: pre-releases only where the range says include_prerelease, as `conan install`.
        return [r.contains(Version(v), None) for v in req["vs"]]
    raise ValueError(op)


for line in sys.stdin:
    print(json.dumps(answer(json.loads(line))), flush=False)
