#!/bin/sh
# Regenerates fixtures/ecosystems/cran/ with R itself (Debian r-base-core 4.2: apt-get install r-base-core):
# package_version() for validity and order, tools:::.split_op_version() for a dependency's "(op version)" and R's
# Ops on package_version for the answer, as loadNamespace() and install.packages() check dependencies, over the
# real versions and conditions in hand-versions.txt / hand-ranges.txt. Base R reads no JSON, so hex/bridge.mjs
# passes the questions as hex-encoded lines.
set -eu
cd "$(dirname "$0")/../../.."
Rscript -e 'if (getRversion() < "4.2.0" || getRversion() >= "4.3.0") stop("R ", getRversion(), ": goldens were made with 4.2")'
node scripts/reference/goldens.mjs cran node scripts/reference/hex/bridge.mjs Rscript scripts/reference/cran/oracle.R
echo "R $(Rscript -e 'cat(as.character(getRversion()))') (Debian r-base-core): package_version, tools:::.split_op_version, run by scripts/reference/cran/generate.sh" > fixtures/ecosystems/cran/REFERENCE.txt
