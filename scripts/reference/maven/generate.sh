#!/usr/bin/env bash
# Regenerates fixtures/ecosystems/maven/ from Maven's own maven-artifact classes (Debian's maven package).
#   bash scripts/reference/maven/generate.sh
# Needs: java, javac, /usr/share/maven/lib/maven-artifact-3.x.jar (apt-get install maven default-jdk-headless).
# Debian bookworm ships Maven 3.8.7; depindex follows 3.9.x, which differs only by MNG-7714 (ga/final/release are
# no longer dropped as null items). Those pairs are listed with their 3.9 answer in mng-7714.txt and checked there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
lib="${MAVEN_LIB:-/usr/share/maven/lib}"
jar="$lib/maven-artifact-3.x.jar:$lib/commons-lang3.jar"
build="$(mktemp -d)"
trap 'rm -rf "$build"' EXIT
javac -nowarn -d "$build" -cp "$jar" "$here/Oracle.java"
cd "$repo"
node scripts/reference/goldens.mjs maven java -cp "$build:$jar" Oracle
unzip -p "$lib/maven-artifact-3.x.jar" META-INF/MANIFEST.MF | grep -E '^Implementation-Version' | tr -d '\r' > fixtures/ecosystems/maven/REFERENCE.txt
