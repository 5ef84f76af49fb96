#!/usr/bin/env bash
# Regenerates fixtures/ecosystems/conan/{order,compare,rejected,satisfies,rejected-ranges}.jsonl with Conan itself:
# conans/model/version.py and version_range.py of the conan-io/conan source at tag 2.8.1 (plain Python, nothing
# else of Conan is imported), over ../shared/versions-corpus/conan.txt, ranges/conan.txt and the hand-written cases.
#   CONAN_GIT=<git dir of conan-io/conan> bash scripts/reference/conan/generate.sh
# The source is read with `git archive` and not kept. Needs python3 and node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
git_dir="${CONAN_GIT:?set CONAN_GIT to a git directory of conan-io/conan holding tag 2.8.1}"
tag=2.8.1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git --git-dir="$git_dir" archive "$tag" conans | tar -x -C "$work"
cd "$repo"
PYTHONPATH="$work" PYTHONDONTWRITEBYTECODE=1 node scripts/reference/goldens.mjs conan python3 "$here/oracle.py"
echo "conan-io/conan $tag ($(git --git-dir="$git_dir" rev-parse "$tag^{commit}")): conans/model/version.py, version_range.py, run by scripts/reference/conan/generate.sh" > fixtures/ecosystems/conan/REFERENCE.txt
