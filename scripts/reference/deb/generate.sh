#!/usr/bin/env bash
# Regenerates fixtures/ecosystems/deb/ from dpkg's own code (libdpkg: parseversion, dpkg_version_compare,
# dpkg_version_relate), as `dpkg --compare-versions` uses it.
#   bash scripts/reference/deb/generate.sh
# Needs: gcc, libdpkg-dev, libmd-dev, python3 (apt-get install build-essential libdpkg-dev python3).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
build="$(mktemp -d)"
trap 'rm -rf "$build"' EXIT
gcc -O2 -DLIBDPKG_VOLATILE_API -o "$build/dpkg-oracle" "$here/dpkg-oracle.c" -ldpkg -lmd
cd "$repo"
node scripts/reference/goldens.mjs deb /usr/bin/python3 "$here/oracle.py" "$build/dpkg-oracle"
dpkg-query -W -f='dpkg ${Version}\n' dpkg > fixtures/ecosystems/deb/REFERENCE.txt
