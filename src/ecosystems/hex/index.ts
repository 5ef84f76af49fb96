import { ok, type Result } from '../../model/result.js';
import { parseOrderAdvisoryRange } from '../shared/advisory-syntax.js';
import { LOWER_CASE_SEGMENT } from '../shared/purl-rule.js';
import type { Ecosystem, RangeSyntax, VersionRange, Versioning } from '../types.js';
import { parseHexRequirement } from './requirement.js';
import { compareHex, parseHexVersion, type HexVersion } from './version.js';

function parseRange(text: string, syntax: RangeSyntax): Result<VersionRange<HexVersion>> {
  // advisory: DESIGN.md 8.1 (`||` between alternatives, spaces between comparators) over Elixir's order.
  if (syntax === 'advisory') return parseOrderAdvisoryRange(text, parseHexVersion, compareHex);
  // native: a mix.exs requirement (`~> 1.2`, `>= 1.0.0 and < 2.0.0 or == 3.0.0`), read by Elixir's own rules.
  const requirement = parseHexRequirement(text);
  return requirement.ok ? ok({ text, contains: requirement.value }) : requirement;
}

const versioning: Versioning<HexVersion> = { parse: parseHexVersion, compare: compareHex, parseRange };

export const hex = {
  type: 'hex',
  aliases: ['hexpm'],
  // hex.pm package names are lower-case ([a-z][a-z0-9_]*; it refuses others), and the purl spec says hex names and
  // the organisation namespace "must be lowercased": lower-casing folds hand-typed spellings onto the package.
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
  versioning,
  // packageurl-js lower-cases hex namespaces and names (purl-type.js `hex`), so only lower-case segments come back.
  plainPurl: { segment: LOWER_CASE_SEGMENT, namespace: 'optional' },
} satisfies Ecosystem<HexVersion>;
