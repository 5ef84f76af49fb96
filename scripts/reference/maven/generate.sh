#!/usr/bin/env bash
# Regenerates the Maven goldens from maven-artifact built from the apache/maven source (plain javac, no Maven build):
#   MAVEN_GIT=<git dir of apache/maven> bash scripts/reference/maven/generate.sh
# - tag maven-3.9.16 (maven-artifact/): fixtures/ecosystems/maven/, the reference depindex follows;
# - tag maven-4.0.0-rc-6 (compat/maven-artifact/): fixtures/ecosystems/maven/4.x/, to note where Maven 4 differs.
# The source is read with `git archive` and not kept. Needs javac and java (apt-get install default-jdk-headless)
# and Debian's plexus-utils jar (apt-get install libplexus-utils2-java), which only DefaultArtifact imports.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
git_dir="${MAVEN_GIT:?set MAVEN_GIT to a git directory of apache/maven holding tags maven-3.9.16 and maven-4.0.0-rc-6}"
plexus="${PLEXUS_UTILS_JAR:-/usr/share/java/plexus-utils2.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
build() { # tag, source folder, output dir of goldens
  local tag="$1" folder="$2" goldens="$3" src="$work/$1/src" classes="$work/$1/classes"
  mkdir -p "$src" "$classes"
  git --git-dir="$git_dir" archive "$tag" "$folder/src/main/java" | tar -x -C "$src"
  javac -nowarn -encoding UTF-8 -cp "$plexus" -d "$classes" $(find "$src" -name '*.java') "$here/Oracle.java"
  (cd "$repo" && GOLDENS_DIR="$goldens" node scripts/reference/goldens.mjs maven java -cp "$classes" Oracle)
  echo "apache/maven $tag ($(git --git-dir="$git_dir" rev-parse "$tag^{commit}")): $folder, built by scripts/reference/maven/generate.sh" > "$repo/$goldens/REFERENCE.txt"
}
build maven-3.9.16 maven-artifact fixtures/ecosystems/maven
build maven-4.0.0-rc-6 compat/maven-artifact fixtures/ecosystems/maven/4.x
