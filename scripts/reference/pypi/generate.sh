#!/bin/sh
# Regenerates fixtures/ecosystems/pypi/ from Debian's python3-packaging (apt-get install python3-packaging).
# /usr/bin/python3 on purpose: a pyenv python on PATH may carry another packaging version.
set -eu
cd "$(dirname "$0")/../../.."
/usr/bin/python3 -c 'import packaging; assert packaging.__version__.startswith("23."), packaging.__version__'
exec node scripts/reference/goldens.mjs pypi /usr/bin/python3 scripts/reference/pypi/oracle.py
