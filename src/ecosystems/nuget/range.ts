import { err, ok, type Result } from '../../model/result.js';
import { build, compareNuGet, dotnetTrim, isNullOrWhiteSpace, parseNuGetVersion, type NuGetVersion } from './version.js';

/**
 * NuGet.Versioning's VersionRange.TryParse (allowFloating: true) and VersionRangeBase.Satisfies. Satisfies only
 * looks at the bounds, so a floating range (`1.*`, `1.0.0-beta*`) admits what its lower bound admits:
 * `1.*` means `>= 1.0.0` there (the float only steers which version restore picks).
 */
export interface Interval {
  readonly min: NuGetVersion | null;
  readonly minInclusive: boolean;
  readonly max: NuGetVersion | null;
  readonly maxInclusive: boolean;
}

const ZERO = build([0, 0, 0, 0], null, null, '0.0.0');

function tryVersion(s: string | null): NuGetVersion | null {
  if (s === null) return null;
  const r = parseNuGetVersion(s);
  return r.ok ? r.value : null;
}

const count = (s: string, c: string): number => s.split(c).length - 1;

/** FloatRange.TryParse, reduced to what a range needs: its lower bound (null when the float is invalid). */
export function floatMin(s: string): NuGetVersion | null {
  if (isNullOrWhiteSpace(s)) return null;
  const firstStar = s.indexOf('*');
  const lastStar = s.lastIndexOf('*');
  if (s.length === 1 && firstStar === 0) return ZERO;
  if (s === '*-*') return tryVersion('0.0.0-0');
  if (firstStar !== lastStar && lastStar !== -1 && !s.includes('+')) {
    // Two stars only as `<stable>*-<prefix>*`.
    const dash = s.indexOf('-');
    if (dash === -1 || lastStar !== s.length - 1 || firstStar !== dash - 1) return null;
    const stable = `${s.slice(0, dash - 1)}0`;
    const prefix = s.slice(dash + 1, -1);
    return tryVersion(`${stable}-${prefix === '' || prefix.endsWith('.') ? `${prefix}0` : prefix}`);
  }
  if (lastStar === s.length - 1 && !s.includes('+')) {
    let actual = s.slice(0, -1);
    if (!s.includes('-')) {
      actual += '0';
    } else if (count(s, '-') === 1) {
      const prefix = actual.slice(s.lastIndexOf('-') + 1);
      if (prefix === '' || actual.endsWith('.')) actual += '0';
      else if (actual.endsWith('-')) actual += '-';
    }
    return tryVersion(actual);
  }
  return tryVersion(s);
}

export function parseInterval(value: string, allowFloating: boolean): Result<Interval> {
  const fail = err(`invalid NuGet version range "${value}"`);
  let trimmed = dotnetTrim(value);
  if (trimmed === '') return fail;
  if (allowFloating && trimmed === '*') return ok({ min: ZERO, minInclusive: true, max: null, maxInclusive: false });

  let minString: string;
  let maxString: string | null = null;
  let minInclusive: boolean;
  let maxInclusive = false;
  const first = trimmed.charAt(0);
  if (first === '(' || first === '[') {
    minInclusive = first === '[';
    const last = trimmed.charAt(trimmed.length - 1);
    if (last !== ']' && last !== ')') return fail;
    maxInclusive = last === ']';
    trimmed = trimmed.slice(1, trimmed.length - 1);
    const parts = trimmed.split(',');
    if (parts.length > 2 || parts.every((p) => p === '')) return fail;
    // (1.0.0] and [1.0.0) are invalid.
    if (parts.length === 1 && !(minInclusive && maxInclusive)) return fail;
    minString = parts[0] as string;
    maxString = parts.length === 2 ? (parts[1] as string) : minString;
  } else {
    minInclusive = true;
    minString = trimmed;
  }

  let min: NuGetVersion | null = null;
  let max: NuGetVersion | null = null;
  if (!isNullOrWhiteSpace(minString)) {
    min = allowFloating && minString.includes('*') ? floatMin(minString) : tryVersion(minString);
    if (!min) return fail;
  }
  if (!isNullOrWhiteSpace(maxString)) {
    max = tryVersion(maxString);
    if (!max) return fail;
  }
  if (min && max) {
    const c = compareNuGet(min, max);
    if (c > 0 || (c === 0 && minInclusive !== maxInclusive)) return fail;
  }
  return ok({ min, minInclusive: min !== null && minInclusive, max, maxInclusive: max !== null && maxInclusive });
}

/** VersionRangeBase.Satisfies with VersionComparer.VersionRelease. */
export function satisfies(range: Interval, v: NuGetVersion): boolean {
  if (range.min) {
    const c = compareNuGet(range.min, v);
    if (range.minInclusive ? c > 0 : c >= 0) return false;
  }
  if (range.max) {
    const c = compareNuGet(range.max, v);
    if (range.maxInclusive ? c < 0 : c <= 0) return false;
  }
  return true;
}
