#!/usr/bin/env bash
# Regenerates fixtures/ecosystems/cargo/golden-*.txt with the reference implementation, the Rust `semver` crate
# (1.0.x, what Cargo uses) from Debian's librust-semver-dev, built offline (apt-get install librust-semver-dev;
# a Rust toolchain: rustup's or apt-get install cargo).
# Inputs: ../shared/versions-corpus/cargo.txt and ranges/cargo.txt (real data) plus the hand-written hard cases in
# fixtures/ecosystems/cargo/. Run from anywhere: bash scripts/reference/cargo/generate.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
fixtures="$repo/fixtures/ecosystems/cargo"
registry=/usr/share/cargo/registry
semver_dir="$(ls -d "$registry"/semver-1.* 2>/dev/null | sort -V | tail -1)"
[ -n "$semver_dir" ] || { echo "needs apt-get install librust-semver-dev" >&2; exit 1; }
semver_version="${semver_dir##*/semver-}"
command -v cargo >/dev/null || { echo "needs a Rust toolchain (cargo)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
cp "$here/main.rs" "$work/src/main.rs"
cat > "$work/Cargo.toml" <<TOML
[package]
name = "reference"
version = "0.0.0"
edition = "2018"
[dependencies]
semver = { path = "$semver_dir" }
TOML
(cd "$work" && CARGO_HOME="$work/.cargo-home" cargo build --offline --release --quiet)
bin="$work/target/release/reference"
cat "$repo/../shared/versions-corpus/cargo.txt" "$fixtures/hard-versions.txt" | "$bin" order > "$fixtures/golden-order.txt"
cat "$repo/../shared/versions-corpus/ranges/cargo.txt" "$fixtures/hard-requirements.txt" \
  | "$bin" matches "$fixtures/probe-versions.txt" > "$fixtures/golden-matches.txt"
# Every real requirement against every real version (the corpus itself is the probe list; unparsable ones skipped).
grep -v '^#' "$repo/../shared/versions-corpus/cargo.txt" > "$work/corpus-probes.txt"
"$bin" matches-hex "$work/corpus-probes.txt" < "$repo/../shared/versions-corpus/ranges/cargo.txt" > "$fixtures/golden-corpus-matches.txt"
echo "wrote golden-order.txt ($(wc -l < "$fixtures/golden-order.txt")) and golden-matches.txt ($(wc -l < "$fixtures/golden-matches.txt")) with semver $semver_version"
