#!/bin/sh
# Regenerates fixtures/ecosystems/hex/ with Elixir's own Version module (Debian's elixir 1.14: apt-get install
# elixir), which Mix and Hex use to read mix.exs requirements: Version.parse/1, compare/2, parse_requirement/1 and
# match?/2, over the real Hex versions and requirements in hand-versions.txt / hand-ranges.txt.
set -eu
cd "$(dirname "$0")/../../.."
elixir -e 'unless String.starts_with?(System.version(), "1.14."), do: raise("Elixir #{System.version()}: goldens were made with 1.14")'
node scripts/reference/goldens.mjs hex node scripts/reference/hex/bridge.mjs elixir scripts/reference/hex/oracle.exs
echo "Elixir $(elixir -e 'IO.write(System.version())') (Debian elixir package): Version, run by scripts/reference/hex/generate.sh" > fixtures/ecosystems/hex/REFERENCE.txt
