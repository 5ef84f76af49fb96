"""Rewrites the C# 8-10 spellings of NuGet.Versioning's source (and the build/Shared files it compiles with) into the
C# 7 that Debian's Mono compiler (mcs 6.8) reads, without changing what the code does: nullable reference
annotations (`string?`, `x!`, [NotNullWhen], `where T : notnull`) are compile-time hints only, `new()` gets its type
back, `is not T x` becomes `!(... is T x)`, flat switch expressions become conditionals, `using` declarations of
enumerators lose the `using` (disposing one does nothing), and local functions (which capture nothing) move beside
their method. Whatever else it meets fails the build, so nothing is silently changed.
Usage: python3 downlevel.py <folder of .cs files>   (rewrites them in place; run it on an extracted copy)."""
import re
import sys
from pathlib import Path

VALUE_TYPES = {"int", "long", "bool", "char", "double", "float", "decimal", "byte", "short", "uint", "ulong", "DateTime",
               "TimeSpan", "Guid", "NuGetVersionFloatBehavior", "VersionComparison", "T"}


def generic_nullables(text):
    """`T?` is Nullable<T> where the declaration says `where T : struct` (kept), an annotation otherwise (dropped)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if re.search(r"\bT\?", line) and not any("where T : struct" in l for l in lines[i:i + 3]):
            lines[i] = re.sub(r"\bT\?(?=[\s,)>])", "T", line)
    return "\n".join(lines)


def rewrite(text):
    text = re.sub(r"^\s*#nullable\s+\w+\s*$", "", text, flags=re.M)
    text = re.sub(r"\[(?:return:\s*)?(?:NotNullWhen|MaybeNullWhen|NotNullIfNotNull|MemberNotNull|MemberNotNullWhen)\((?:[^()]|\([^()]*\))*\)\]\s*", "", text)
    text = re.sub(r"\[(?:return:\s*)?(?:NotNull|MaybeNull|AllowNull|DisallowNull)\]\s*", "", text)
    text = re.sub(r"\s+where \w+ : notnull\b", "", text)
    # null-forgiving `x!` before . ; , ) ] or whitespace (never `!=`)
    text = re.sub(r"(?<=[\w)\]])!(?=[.;,)\]\s])", "", text)

    # nullable reference annotations: `Type?` followed by a name, or closing a generic / parameter list
    def drop(m):
        return m.group(0) if m.group(1) in VALUE_TYPES else m.group(1)
    text = re.sub(r"\b([A-Za-z_][\w.]*(?:<[^<>;()\n]*>)?(?:\[\])?)\?(?=\s+[A-Za-z_@]|[,>)\]])", drop, text)
    text = re.sub(r"(\w+)\[\]\?(?=\s)", r"\1[]", text)
    text = generic_nullables(text)
    text = re.sub(r"^(\s*)using (\w[\w<>]*) (\w+) = ", r"\1\2 \3 = ", text, flags=re.M)
    text = re.sub(r"\b([\w.]+(?:<[^;=()\n]*>)?) (\w+) = new\(", r"\1 \2 = new \1(", text)
    text = re.sub(r"\b(\w+) is not (\w+) (\w+)\)", r"!(\1 is \2 \3))", text)
    # `v is T n && n.P ? n.Q : 0`: a pattern variable in a conditional, which mcs misreads; the same with casts.
    text = re.sub(r"(\w+) is (\w+) (\w+) && \3\.(\w+) \? \3\.([\w.]+) : ", r"(\1 is \2 && ((\2)\1).\4) ? ((\2)\1).\5 : ", text)

    # `subject switch { A => x, ..., _ => y }` (flat arms only): the same as nested conditionals.
    def switch(m):
        subject = m.group(1).strip()
        arms = [a.strip() for a in m.group(2).split(",") if a.strip()]
        out, default = [], None
        for arm in arms:
            label, value = (part.strip() for part in arm.split("=>", 1))
            if label == "_":
                default = value
            else:
                out.append(f"{subject} == {label} ? {value} : ")
        if default is None:
            raise SystemExit("downlevel: a switch expression without a default arm")
        return "(" + "".join(out) + default + ")"
    text = re.sub(r"([\w.]+)\s+switch\s*\{([^{}]*)\}", switch, text)
    return hoist_local_functions(text)


def hoist_local_functions(text):
    """Local functions of NuGet.Versioning capture nothing: each moves, unchanged, after its method as a private
    static method of the same class."""
    lines = text.split("\n")
    out, pending, i = [], [], 0
    head = re.compile(r"^ {12}(?:static\s+)?(?:bool|int|char|string|void)\s+\w+\(.*\)\s*$")
    while i < len(lines):
        line = lines[i]
        if head.match(line) and i + 1 < len(lines) and lines[i + 1] == " " * 12 + "{":
            j = i + 1
            while lines[j] != " " * 12 + "}":
                j += 1
            body = [l[4:] if l.startswith("    ") else l for l in lines[i:j + 1]]
            body[0] = " " * 8 + "private static " + body[0].strip().removeprefix("static ")
            pending.append("")
            pending.extend(body)
            i = j + 1
            continue
        out.append(line)
        if line == " " * 8 + "}" and pending:
            out.extend(pending)
            pending = []
        i += 1
    if pending:
        raise SystemExit("downlevel: a local function outside a method body")
    return "\n".join(out)


for path in Path(sys.argv[1]).glob("*.cs"):
    path.write_text(rewrite(path.read_text(encoding="utf-8-sig")), encoding="utf-8")
