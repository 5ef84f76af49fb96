#!/bin/sh
# Regenerates fixtures/ecosystems/gem/ from Debian's ruby (apt-get install ruby): Gem::Version, Gem::Requirement.
set -eu
cd "$(dirname "$0")/../../.."
ruby -e 'abort "RubyGems #{Gem::VERSION}: goldens were made with 3.3" unless Gem::VERSION.start_with?("3.3.")'
exec node scripts/reference/goldens.mjs gem ruby scripts/reference/gem/oracle.rb
