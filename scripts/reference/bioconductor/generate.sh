#!/bin/sh
# Regenerates fixtures/ecosystems/bioconductor/ with R itself (Debian r-base-core 4.2), as cran's goldens are made:
# Bioconductor packages are R packages, checked by R's package_version and tools:::.split_op_version, so the
# oracle is cran's (scripts/reference/cran/oracle.R) over real Bioconductor versions (hand-versions.txt says which).
set -eu
cd "$(dirname "$0")/../../.."
Rscript -e 'if (getRversion() < "4.2.0" || getRversion() >= "4.3.0") stop("R ", getRversion(), ": goldens were made with 4.2")'
node scripts/reference/goldens.mjs bioconductor node scripts/reference/hex/bridge.mjs Rscript scripts/reference/cran/oracle.R
echo "R $(Rscript -e 'cat(as.character(getRversion()))') (Debian r-base-core): package_version, tools:::.split_op_version over Debian r-bioc-* versions, run by scripts/reference/bioconductor/generate.sh" > fixtures/ecosystems/bioconductor/REFERENCE.txt
