#!/bin/sh
# Regenerates fixtures/ecosystems/composer/ from Debian's php-cli + php-composer-semver (composer/semver 3.3).
set -eu
cd "$(dirname "$0")/../../.."
dpkg-query -W -f '${Version}' php-composer-semver | grep -q '^3\.3\.' || { echo 'need php-composer-semver 3.3.x' >&2; exit 1; }
exec node scripts/reference/goldens.mjs composer php scripts/reference/composer/oracle.php
