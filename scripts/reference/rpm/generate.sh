#!/usr/bin/env bash
# Regenerates fixtures/ecosystems/rpm/ from rpm's own library (python3-rpm: rpm.ver and its order, rpm.ds).
# cbl-mariner shares these goldens: its corpus is the same list of EVRs and its semantics are rpm's.
#   bash scripts/reference/rpm/generate.sh
# Needs: python3-rpm (apt-get install python3-rpm), run with Debian's /usr/bin/python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
cd "$repo"
node scripts/reference/goldens.mjs rpm /usr/bin/python3 "$here/oracle.py"
/usr/bin/python3 -c 'import rpm; print("rpm", rpm.__version__)' > fixtures/ecosystems/rpm/REFERENCE.txt
