import { err, ok, type Result } from '../../model/result.js';
import { MAX_RANGE_LENGTH } from '../shared/advisory-syntax.js';
import { compareConanVersions, conanEq, conanLt, conanVersion, parseConanVersion, upperBound, type ConanVersion } from './version.js';
import type { Ecosystem, RangeSyntax, VersionRange, Versioning } from '../types.js';

/** Conan 2 version ranges: a port of conan/internal/model/version_range.py (_Condition, _ConditionSet, VersionRange). */
type Operator = '>' | '<' | '>=' | '<=' | '=';

interface Condition {
  readonly operator: Operator;
  readonly version: ConanVersion;
}

function condition(operator: Operator, version: ConanVersion): Condition {
  // `>=1.0` and `<2.0` are evaluated as `>=1.0-` and `<2.0-`: the lowest pre-release, so `<2.0` keeps 2.0's
  // pre-releases out and `>=1.0` lets 1.0's in when pre-releases are enabled.
  if ((operator === '>=' || operator === '<') && !version.text.includes('-') && version.build === null) {
    return { operator, version: conanVersion(`${version.text}-`) };
  }
  return { operator, version };
}

function firstNonZero(items: readonly (bigint | string)[]): number {
  const i = items.findIndex((item) => item !== 0n);
  return i < 0 ? items.length : i;
}

function parseExpression(expression: string): Result<Condition[]> {
  if (expression === '' || expression === '*') return ok([condition('>=', conanVersion('0.0.0'))]);
  if (expression.length === 1) return err(`Error parsing version range "${expression}"`);
  let operator = expression[0] as string;
  let index = 1;
  if (!['>', '<', '^', '~', '='].includes(operator)) {
    operator = '=';
    index = 0;
  }
  if (operator === '>' || operator === '<') {
    if (expression[1] === '=') {
      operator += '=';
      index = 2;
    }
  } else if (expression[1] === '=') {
    return err(`Invalid version range operator '${operator}=' in ${expression}, you should probably use ${operator} instead.`);
  }
  let version = expression.slice(index);
  if (version === '') return err(`Error parsing version range "${expression}"`);
  if (operator === '~') {
    if (!version.includes('-')) version += '-';
    const v = conanVersion(version);
    const upper = upperBound(v, v.items.length > 1 ? 1 : 0);
    if (!upper.ok) return upper;
    return ok([condition('>=', v), condition('<', upper.value)]);
  }
  if (operator === '^') {
    const v = conanVersion(version);
    const upper = upperBound(v, firstNonZero(v.items));
    if (!upper.ok) return upper;
    return ok([condition('>=', v), condition('<', upper.value)]);
  }
  return ok([condition(operator as Operator, conanVersion(version))]);
}

function holds(c: Condition, v: ConanVersion): boolean {
  switch (c.operator) {
    case '>':
      return !conanLt(v, c.version) && !conanEq(v, c.version);
    case '<':
      return conanLt(v, c.version);
    case '>=':
      return !conanLt(v, c.version);
    case '<=':
      return conanLt(v, c.version) || conanEq(v, c.version);
    case '=':
      return conanEq(v, c.version);
  }
}

/** VersionRange(expression), with or without the `[...]` that a reference puts around it (`zlib/[>=1.2 <2]`). */
export function parseConanRange(text: string): Result<VersionRange<ConanVersion>> {
  if (text.length > MAX_RANGE_LENGTH) return err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
  const trimmed = text.trim();
  const expression = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : text;
  const tokens = expression.split(',');
  let prerelease = false;
  for (const token of tokens.slice(1)) {
    if (token.includes('include_prerelease')) {
      prerelease = true;
      break;
    }
    const t = token.trim();
    // Conan warns about an unknown option starting with a letter and fails on anything else.
    if (!(t.length > 0 && /^\p{L}/u.test(t))) return err(`"${t}" in version range "${expression}" is not a valid option`);
  }
  const sets: Condition[][] = [];
  for (const alternative of (tokens[0] as string).split('||')) {
    const words = alternative.split(/\s+/).filter((w) => w !== '');
    const conditions: Condition[] = [];
    for (const word of words.length > 0 ? words : ['']) {
      const parsed = parseExpression(word);
      if (!parsed.ok) return err(`"${text}" is not a valid Conan version range: ${parsed.error}`);
      conditions.push(...parsed.value);
    }
    sets.push(conditions);
  }
  return ok({
    text,
    // core.version_ranges:resolve_prereleases unset: pre-releases only where the range says include_prerelease.
    contains: (v) => (v.pre === null || prerelease) && sets.some((set) => set.every((c) => holds(c, v))),
  });
}

function parseRange(text: string, syntax: RangeSyntax): Result<VersionRange<ConanVersion>> {
  // DESIGN.md 8.1 advisory syntax is Conan's own expression syntax, plus `&&` as another way to write a space.
  if (syntax === 'advisory') {
    const range = parseConanRange(text.replaceAll('&&', ' '));
    return range.ok ? ok({ text, contains: range.value.contains }) : range;
  }
  return parseConanRange(text);
}

const versioning: Versioning<ConanVersion> = { parse: parseConanVersion, compare: compareConanVersions, parseRange };

export const conan = {
  type: 'conan',
  aliases: ['conancenter'],
  // Conan 2 requires lower-case package names (validate_ref: "Conan packages names ... must be all lowercase"),
  // so lower-casing folds only hand-typed spellings. The purl namespace (user) is not part of the name.
  canonicalName: (_namespace, name) => name.toLowerCase(),
  versioning,
} satisfies Ecosystem<ConanVersion>;
