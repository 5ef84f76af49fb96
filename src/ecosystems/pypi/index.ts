import { err, ok, type Result } from '../../model/result.js';
import type { Ecosystem, RangeSyntax, VersionRange } from '../types.js';
import { comparePypi, parsePypiVersion, type PypiVersion } from './version.js';
import { parseSpecifier, pyStrip } from './specifier.js';
import { pep503Name } from './name.js';

type Test = (v: PypiVersion) => boolean;

/**
 * `SpecifierSet(text)`: comma-joined specifiers, empty items skipped (an empty set admits every version).
 * `bareIsEqual`: the advisory syntax (DESIGN.md 8.1) lets a bare version mean `==version`.
 */
function parseSpecifierSet(text: string, bareIsEqual: boolean): Result<Test> {
  const tests: Test[] = [];
  for (const item of text.split(',')) {
    const stripped = pyStrip(item);
    if (stripped === '') continue;
    const spec = bareIsEqual && !'<>=!~'.includes(stripped.charAt(0)) ? `==${stripped}` : stripped;
    const parsed = parseSpecifier(spec);
    if (!parsed.ok) return parsed;
    tests.push(parsed.value);
  }
  return ok((v) => tests.every((t) => t(v)));
}

function parseRange(text: string, syntax: RangeSyntax): Result<VersionRange<PypiVersion>> {
  if (syntax === 'native') {
    const set = parseSpecifierSet(text, false);
    return set.ok ? ok({ text, contains: set.value }) : set;
  }
  // PMDB affected_range: `||` between alternatives, each a comma-joined specifier set.
  const alternatives: Test[] = [];
  for (const part of text.split('||')) {
    if (pyStrip(part) === '') return err(`invalid pypi affected_range "${text}": an empty alternative`);
    const set = parseSpecifierSet(part, true);
    if (!set.ok) return err(`invalid pypi affected_range "${text}": ${set.error}`);
    alternatives.push(set.value);
  }
  return ok({ text, contains: (v) => alternatives.some((t) => t(v)) });
}

export const pypi = {
  type: 'pypi',
  aliases: [],
  // PyPI has no namespaces; one given anyway is kept, lower-cased, rather than dropped.
  canonicalName: (namespace, name) => {
    const canonical = pep503Name(name);
    return namespace ? `${namespace.toLowerCase()}/${canonical}` : canonical;
  },
  versioning: { parse: parsePypiVersion, compare: comparePypi, parseRange },
  // packageurl-js lower-cases pypi names and turns "_" into "-": only such names come back unchanged (the purl spec's rule for the type).
  plainPurl: { segment: /^[a-z0-9][a-z0-9.~-]*$/, namespace: 'none' },
} satisfies Ecosystem<PypiVersion>;
