#!/usr/bin/env bash
# Regenerates fixtures/ecosystems/nuget/{order,compare,rejected,satisfies,rejected-ranges}.jsonl with NuGet.Versioning
# itself, built from the NuGet/NuGet.Client source at tag 6.6.2.1 with Debian's Mono C# compiler:
#   NUGET_GIT=<git dir of NuGet/NuGet.Client> bash scripts/reference/nuget/generate.sh
# Needs mono-mcs (apt-get install mono-mcs mono-runtime), python3 and node. The source is read with `git archive`
# and not kept. mcs reads C# 7; downlevel.py rewrites the few newer spellings of the 6.6 sources (nullable
# annotations, `new()`, `is not`, local functions) without changing behaviour. Later tags (6.7+) use C# 9-10 through
# NuGet's shared build/Shared sources (file-scoped namespaces, parameterless struct constructors, switch expressions
# over tuples), which mcs cannot build: docs/versions.md says what that leaves.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
git_dir="${NUGET_GIT:?set NUGET_GIT to a git directory of NuGet/NuGet.Client holding tag 6.6.2.1}"
tag=6.6.2.1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git --git-dir="$git_dir" archive "$tag" src/NuGet.Core/NuGet.Versioning build/Shared | tar -x -C "$work"
mkdir "$work/cs"
cp "$work"/src/NuGet.Core/NuGet.Versioning/*.cs "$work/cs/"
# build/common.targets compiles every build/Shared/*.cs into each project; XmlUtility needs System.Xml.Linq and is
# not used by NuGet.Versioning.
cp "$work"/build/Shared/*.cs "$work/cs/"
rm "$work/cs/XmlUtility.cs"
python3 "$here/downlevel.py" "$work/cs"
mcs -langversion:experimental -target:library -nowarn:1591,0618 -r:System.dll -out:"$work/NuGet.Versioning.dll" "$work"/cs/*.cs
mcs -r:"$work/NuGet.Versioning.dll" -out:"$work/Oracle.exe" "$here/Oracle.cs"
cd "$repo"
MONO_PATH="$work" node scripts/reference/goldens.mjs nuget python3 "$here/oracle.py" "$work/Oracle.exe"
echo "NuGet/NuGet.Client $tag ($(git --git-dir="$git_dir" rev-parse "$tag^{commit}")): src/NuGet.Core/NuGet.Versioning, built by scripts/reference/nuget/generate.sh" > fixtures/ecosystems/nuget/REFERENCE.txt
