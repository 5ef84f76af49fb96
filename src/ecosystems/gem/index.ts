import { err, ok, type Result } from '../../model/result.js';
import type { Ecosystem, RangeSyntax, VersionRange } from '../types.js';
import { compareGem, parseGemVersion, type GemVersion } from './version.js';
import { parseRequirementList } from './requirement.js';
import { CASED_SEGMENT } from '../shared/purl-rule.js';

type Test = (v: GemVersion) => boolean;

// One constraint inside an advisory alternative: an optional operator, then a version (no spaces inside).
const CONSTRAINT = /\s*(~>|>=|<=|!=|=|>|<)?\s*([^\s,<>=!~|]+)\s*/y;

/** The constraints of one advisory alternative, joined by commas and/or spaces (`>= 1.0, < 1.2` or `>=1.0 <1.2`). */
function splitConstraints(text: string): string[] | undefined {
  const out: string[] = [];
  for (const piece of text.split(',')) {
    CONSTRAINT.lastIndex = 0;
    let count = 0;
    while (CONSTRAINT.lastIndex < piece.length) {
      const m = CONSTRAINT.exec(piece);
      if (!m) return undefined;
      out.push(`${m[1] ?? '='} ${m[2]}`);
      count++;
    }
    if (count === 0) return undefined;
  }
  return out;
}

function parseRange(text: string, syntax: RangeSyntax): Result<VersionRange<GemVersion>> {
  if (syntax === 'native') {
    // `Gem::Requirement.new(*text.split(",", -1))`: a Gemfile/gemspec list of requirements.
    const parts = text === '' ? [] : text.split(',');
    const list = parseRequirementList(parts);
    return list.ok ? ok({ text, contains: list.value }) : list;
  }
  // PMDB affected_range (DESIGN.md 8.1): `||` between alternatives.
  const alternatives: Test[] = [];
  for (const part of text.split('||')) {
    const constraints = splitConstraints(part);
    const list = constraints ? parseRequirementList(constraints) : undefined;
    if (!list?.ok) {
      const why = list && !list.ok ? `: ${list.error}` : '';
      return err(`invalid gem affected_range "${text}"${why || ': an empty or malformed alternative'}`);
    }
    alternatives.push(list.value);
  }
  return ok({ text, contains: (v) => alternatives.some((t) => t(v)) });
}

export const gem = {
  type: 'gem',
  aliases: ['rubygem'],
  // As-is: gem names are case-sensitive (rubygems.org serves distinct gems whose names differ only in case, and
  // Bundler matches names byte for byte), so folding case would merge different packages.
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
  versioning: { parse: parseGemVersion, compare: compareGem, parseRange },
  // packageurl-js keeps gem names as written (the purl spec's rule for the type).
  plainPurl: { segment: CASED_SEGMENT, namespace: 'none' },
} satisfies Ecosystem<GemVersion>;
