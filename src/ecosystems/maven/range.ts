import { err, ok, type Result } from '../../model/result.js';
import type { RangeSyntax, VersionRange } from '../types.js';
import { compareMavenVersions, parseMavenVersion, type MavenVersion } from './comparable-version.js';

/**
 * Maven's `VersionRange.createFromVersionSpec` and `containsVersion` (maven-artifact 3.9.x, unchanged since 3.x):
 * `[1.0,2.0)`, `(,1.0]`, `[1.0]`, unions `[1,2),[3,4)`. In the native syntax a bare `1.0` is Maven's soft
 * requirement, a recommendation that every version satisfies; in the advisory syntax (DESIGN.md 8.1) a bare version
 * means exactly that version, and restrictions may come in any order or overlap (a union either way): real
 * advisories are not always written in Maven's strictly ascending form, and refusing one would hide a finding.
 */
interface Restriction {
  readonly lower: MavenVersion | null;
  readonly lowerInclusive: boolean;
  readonly upper: MavenVersion | null;
  readonly upperInclusive: boolean;
}

export const MAX_MAVEN_RANGE_LENGTH = 4096;

const EVERYTHING: Restriction = { lower: null, lowerInclusive: false, upper: null, upperInclusive: false };

function version(text: string): MavenVersion {
  const parsed = parseMavenVersion(text);
  // Only over-long text fails, and the whole range is shorter than that limit.
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function parseRestriction(spec: string, whole: string): Result<Restriction> {
  const lowerInclusive = spec.startsWith('[');
  const upperInclusive = spec.endsWith(']');
  const inner = spec.slice(1, -1).trim();
  const comma = inner.indexOf(',');
  if (comma < 0) {
    if (!lowerInclusive || !upperInclusive) return err(`range "${whole}": a single version must be in [], not "${spec}"`);
    const v = version(inner);
    return ok({ lower: v, lowerInclusive, upper: v, upperInclusive });
  }
  const lowerText = inner.slice(0, comma).trim();
  const upperText = inner.slice(comma + 1).trim();
  // Maven 3 dropped the old "identical boundaries" check: [1,1] is [1] and (,) is everything.
  const lower = lowerText === '' ? null : version(lowerText);
  const upper = upperText === '' ? null : version(upperText);
  if (lower && upper && compareMavenVersions(upper, lower) < 0) {
    return err(`range "${whole}": "${spec}" has its upper bound below its lower bound`);
  }
  return ok({ lower, lowerInclusive, upper, upperInclusive });
}

function parseSpec(spec: string, advisory: boolean): Result<Restriction[]> {
  const restrictions: Restriction[] = [];
  let rest = spec;
  let upperBound: MavenVersion | null = null;
  while (rest.startsWith('[') || rest.startsWith('(')) {
    const close = rest.indexOf(')');
    const bracket = rest.indexOf(']');
    let index = bracket;
    if ((bracket < 0 || close < bracket) && close >= 0) index = close;
    if (index < 0) return err(`range "${spec}" is not closed`);
    const restriction = parseRestriction(rest.slice(0, index + 1), spec);
    if (!restriction.ok) return restriction;
    const { lower } = restriction.value;
    // Maven checks only against the previous upper bound, and not at all after an unbounded one.
    if (!advisory && upperBound !== null && (lower === null || compareMavenVersions(lower, upperBound) < 0)) {
      return err(`range "${spec}": restrictions overlap`);
    }
    restrictions.push(restriction.value);
    upperBound = restriction.value.upper;
    rest = rest.slice(index + 1).trim();
    if (rest.startsWith(',')) rest = rest.slice(1).trim();
  }
  if (rest.length > 0) {
    if (restrictions.length > 0) return err(`range "${spec}": "${rest}" is not a bracketed set`);
    if (!advisory) return ok([EVERYTHING]);
    const exact = version(rest.trim());
    return ok([{ lower: exact, lowerInclusive: true, upper: exact, upperInclusive: true }]);
  }
  return ok(restrictions);
}

function restrictionContains(r: Restriction, v: MavenVersion): boolean {
  if (r.lower !== null) {
    const c = compareMavenVersions(r.lower, v);
    if (c > 0 || (c === 0 && !r.lowerInclusive)) return false;
  }
  if (r.upper !== null) {
    const c = compareMavenVersions(r.upper, v);
    if (c < 0 || (c === 0 && !r.upperInclusive)) return false;
  }
  return true;
}

export function parseMavenRange(text: string, syntax: RangeSyntax): Result<VersionRange<MavenVersion>> {
  if (text.length > MAX_MAVEN_RANGE_LENGTH) return err(`range is longer than ${MAX_MAVEN_RANGE_LENGTH} characters`);
  const advisory = syntax === 'advisory';
  const spec = advisory ? text.trim() : text;
  if (advisory && spec === '') return err('range is empty');
  const restrictions = parseSpec(spec, advisory);
  if (!restrictions.ok) return restrictions;
  const list = restrictions.value;
  return ok({ text, contains: (v) => list.some((r) => restrictionContains(r, v)) });
}
