#!/usr/bin/env bash
# Regenerates fixtures/ecosystems/cocoapods/ with CocoaPods itself: Pod::Version and Pod::Requirement of the
# CocoaPods/Core source at tag 1.17.0 (lib/cocoapods-core/version.rb, requirement.rb and vendor/, RubyGems code
# CocoaPods carries), run by Debian's plain ruby (apt-get install ruby); cocoapods-core as a gem is not needed.
#   COCOAPODS_CORE_GIT=<git dir of CocoaPods/Core> bash scripts/reference/cocoapods/generate.sh
# The source is read with `git archive` and not kept. Needs ruby and node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
git_dir="${COCOAPODS_CORE_GIT:?set COCOAPODS_CORE_GIT to a git directory of CocoaPods/Core holding tag 1.17.0}"
tag=1.17.0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git --git-dir="$git_dir" archive "$tag" lib/cocoapods-core/vendor.rb lib/cocoapods-core/vendor lib/cocoapods-core/version.rb lib/cocoapods-core/requirement.rb | tar -x -C "$work"
cd "$repo"
node scripts/reference/goldens.mjs cocoapods ruby "$here/oracle.rb" "$work/lib"
echo "CocoaPods/Core $tag ($(git --git-dir="$git_dir" rev-parse "$tag^{commit}")): lib/cocoapods-core/version.rb, requirement.rb, vendor/, run with ruby $(ruby -e 'print RUBY_VERSION') by scripts/reference/cocoapods/generate.sh" > fixtures/ecosystems/cocoapods/REFERENCE.txt
