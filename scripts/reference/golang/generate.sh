#!/usr/bin/env bash
# Regenerates fixtures/ecosystems/golang/golden-order.txt with the reference implementation,
# golang.org/x/mod/semver as Debian ships it (apt-get install golang-go golang-golang-x-mod-dev).
# Input: the real corpus ../shared/versions-corpus/golang.txt plus the hand-written hard cases in
# fixtures/ecosystems/golang/hard-versions.txt. Run from anywhere: bash scripts/reference/golang/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
command -v go >/dev/null || { echo "needs Go: apt-get install golang-go golang-golang-x-mod-dev" >&2; exit 1; }
[ -d /usr/share/gocode/src/golang.org/x/mod/semver ] || { echo "needs apt-get install golang-golang-x-mod-dev" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/compare.go" "$work/main.go"
(cd "$work" && GOPATH=/usr/share/gocode GO111MODULE=off GOFLAGS= GOCACHE="$work/cache" go build -o compare main.go)
cat "$repo/../shared/versions-corpus/golang.txt" "$repo/fixtures/ecosystems/golang/hard-versions.txt" \
  | grep -v '^#' | "$work/compare" > "$repo/fixtures/ecosystems/golang/golden-order.txt"
echo "wrote fixtures/ecosystems/golang/golden-order.txt ($(wc -l < "$repo/fixtures/ecosystems/golang/golden-order.txt") lines, go $(go env GOVERSION))"
