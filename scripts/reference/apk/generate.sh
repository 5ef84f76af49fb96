#!/usr/bin/env bash
# Regenerates fixtures/ecosystems/apk/<tag>/ from apk-tools itself: its src/version.c (unchanged) built at each tag
# with driver.c (the line protocol it describes), asked about the real corpora and the hand-written shapes.
#   APK_TOOLS_GIT=<git dir of alpinelinux/apk-tools> bash scripts/reference/apk/generate.sh
# Source: the alpinelinux/apk-tools repository, tags v2.14.10 (apk-tools 2.14, Alpine up to 3.22 and Wolfi) and
# v3.0.6 (apk-tools 3, Alpine 3.23+). The source is read with `git archive` and not kept. Needs gcc and node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
git_dir="${APK_TOOLS_GIT:?set APK_TOOLS_GIT to a git directory of alpinelinux/apk-tools holding tags v2.14.10 and v3.0.6}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for tag in v2.14.10 v3.0.6; do
  mkdir -p "$work/$tag"
  git --git-dir="$git_dir" archive "$tag" src | tar -x -C "$work/$tag"
  src="$work/$tag/src"
  case "$tag" in
    v2.*) gcc -O2 -I "$src" -o "$work/$tag/oracle" "$here/driver.c" "$src/version.c" ;;
    # 3.x's version.c uses blob.c and ctype.c; --gc-sections drops the digest helpers of blob.c nothing here calls.
    *) gcc -O2 -w -D_GNU_SOURCE -DAPK3 -ffunction-sections -fdata-sections -Wl,--gc-sections -I "$src" \
         -o "$work/$tag/oracle" "$here/driver.c" "$src/version.c" "$src/blob.c" "$src/ctype.c" ;;
  esac
  commit="$(git --git-dir="$git_dir" rev-parse "$tag^{commit}")"
  node "$here/goldens.mjs" "$tag" "$commit" "$work/$tag/oracle"
done
