import { err, ok, type Result } from '../../model/result.js';

/**
 * Pod::Version exactly as CocoaPods/Core 1.17 (lib/cocoapods-core/version.rb over its RubyGems copy in
 * vendor/version.rb) reads and orders it. Unlike Gem::Version: `-` and `+metadata` are allowed, `-` is kept (not
 * turned into ".pre."), the last `+...` group is left out of comparisons, the numeric part and the pre-release part
 * are compared separately, and inside a pre-release a number sorts BEFORE a string.
 */
export interface PodVersion {
  /** `@version`: the text without surrounding whitespace. */
  readonly text: string;
  /** `numeric_segments`: the leading numbers (digit strings without leading zeros), trailing zeros dropped. */
  readonly numeric: readonly Segment[];
  /** `prerelease_segments`: everything from the first string segment on. */
  readonly pre: readonly Segment[];
  /** `segments`: every segment of the text without its last `+...` group. */
  readonly segments: readonly Segment[];
  /** `prerelease?`: a letter or `-` outside the last `+...` group. */
  readonly prerelease: boolean;
}

/** A number (`n`, digits) or a string segment (`s`). */
export type Segment = { readonly n: string } | { readonly s: string };

/** Longer texts are refused before any work; the limit bounds hostile input. */
export const MAX_VERSION_LENGTH = 1024;

// Ruby's `\s` is ASCII only.
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[0-9a-zA-Z\-]`, the characters of a dot-separated segment. */
const isWordChar = (c: number): boolean => isDigit(c) || isAlpha(c) || c === 45;
/** `[0-9a-zA-Z\-\.]`, METADATA_PATTERN's characters. */
const isMetaChar = (c: number): boolean => isWordChar(c) || c === 46;

export function stripRuby(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/** `[0-9]+(\.[0-9a-zA-Z\-]+)*`: digits, then dot-separated non-empty segments. */
function isCore(s: string): boolean {
  const pieces = s.split('.');
  const first = pieces[0] as string;
  if (first === '' || ![...first].every((c) => isDigit(c.charCodeAt(0)))) return false;
  return pieces.every((p) => p !== '' && [...p].every((c) => isWordChar(c.charCodeAt(0))));
}

/**
 * Text between two `+` of `(VERSION_PATTERN)*`: the previous unit's metadata (non-empty) followed by the next unit's
 * core, i.e. some suffix `[0-9]+(\.[0-9a-zA-Z\-]+)*` with at least one character before it.
 */
function isMetadataThenCore(s: string): boolean {
  if (![...s].every((c) => isMetaChar(c.charCodeAt(0)))) return false;
  const pieces = s.split('.');
  // Pieces after the one the core starts in must be non-empty; the core starts at a digit ending that piece at latest.
  let lastEmpty = -1;
  pieces.forEach((p, i) => {
    if (p === '') lastEmpty = i;
  });
  for (let k = Math.max(lastEmpty, 0); k < pieces.length; k++) {
    const piece = pieces[k] as string;
    if (piece === '' || !isDigit(piece.charCodeAt(piece.length - 1))) continue;
    if (k > 0 || piece.length > 1) return true;
  }
  return false;
}

/**
 * Version.correct?: `\A\s*([0-9]+(\.[0-9a-zA-Z\-]+)*(\+[0-9a-zA-Z\-\.]+)?)*\s*\z`, without a regex so the work
 * stays linear. The repetition only matters after metadata: "1.0+a1+b" is "1.0+a" then "1+b".
 */
export function isPodVersionText(stripped: string): boolean {
  if (stripped === '') return true;
  const groups = stripped.split('+');
  if (!isCore(groups[0] as string)) return false;
  if (groups.length === 1) return true;
  const last = groups[groups.length - 1] as string;
  if (last === '' || ![...last].every((c) => isMetaChar(c.charCodeAt(0)))) return false;
  return groups.slice(1, -1).every(isMetadataThenCore);
}

function normalDigits(d: string): string {
  let i = 0;
  while (i < d.length - 1 && d.charCodeAt(i) === 48) i++;
  return i === 0 ? d : d.slice(i);
}

/** `scan(/[0-9]+|[a-z]+/i)`, numbers as digit strings. */
function scan(text: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    if (isDigit(text.charCodeAt(i))) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      out.push({ n: normalDigits(text.slice(start, i)) });
    } else if (isAlpha(text.charCodeAt(i))) {
      while (i < text.length && isAlpha(text.charCodeAt(i))) i++;
      out.push({ s: text.slice(start, i) });
    } else {
      i++;
    }
  }
  return out;
}

const isZero = (s: Segment): boolean => 'n' in s && s.n === '0';

/** Builds the compared parts of a valid, stripped version text. */
export function buildPodVersion(text: string): PodVersion {
  // `sub(/(\+[0-9a-zA-Z\-\.]+)$/, '')`: the leftmost match reaching the end is the last `+` group.
  const plus = text.lastIndexOf('+');
  const comparable = plus < 0 ? text : text.slice(0, plus);
  const segments = scan(comparable);
  const firstString = segments.findIndex((s) => 's' in s);
  const split = firstString < 0 ? segments.length : firstString;
  const numeric = segments.slice(0, split);
  while (numeric.length > 0 && isZero(numeric[numeric.length - 1] as Segment)) numeric.pop();
  let prerelease = false;
  for (let i = 0; i < comparable.length && !prerelease; i++) {
    const c = comparable.charCodeAt(i);
    prerelease = isAlpha(c) || c === 45;
  }
  return { text, numeric, pre: segments.slice(split), segments, prerelease };
}

export function parsePodVersion(input: string): Result<PodVersion> {
  if (input.length > MAX_VERSION_LENGTH) return err(`version is longer than ${MAX_VERSION_LENGTH} characters`);
  const stripped = stripRuby(input);
  if (!isPodVersionText(stripped)) return err(`invalid CocoaPods version "${input}"`);
  return ok(buildPodVersion(stripped));
}

const compareDigits = (a: string, b: string): -1 | 0 | 1 =>
  a.length !== b.length ? (a.length < b.length ? -1 : 1) : a < b ? -1 : a > b ? 1 : 0;

/** Ruby `<=>` on two segments; mixed kinds give nil, which compare_segments settles with a number first. */
function compareSegment(a: Segment, b: Segment): -1 | 0 | 1 {
  if ('n' in a) return 'n' in b ? compareDigits(a.n, b.n) : -1;
  if ('n' in b) return 1;
  return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
}

/** compare_segments' inner proc: a missing segment is smaller, except first in the pre-release part (a release). */
function compareLists(x: readonly Segment[], y: readonly Segment[], prerelease: boolean): -1 | 0 | 1 {
  const limit = Math.max(x.length, y.length);
  for (let i = 0; i < limit; i++) {
    const lhs = x[i];
    const rhs = y[i];
    if (lhs === undefined) return prerelease && i === 0 ? 1 : -1;
    if (rhs === undefined) return prerelease && i === 0 ? -1 : 1;
    const c = compareSegment(lhs, rhs);
    if (c !== 0) return c;
  }
  return 0;
}

/** Pod::Version#compare_segments: what `==`, `>=`, `<=` and `!=` use; 0 for "1.0" and "1.0.0+build". */
export function comparePod(a: PodVersion, b: PodVersion): -1 | 0 | 1 {
  if (a.text === b.text) return 0;
  const numeric = compareLists(a.numeric, b.numeric, false);
  return numeric !== 0 ? numeric : compareLists(a.pre, b.pre, true);
}

/** Pod::Version#<=>: compare_segments, ties broken by the text; what `<`, `>` (Comparable) and sorting use. */
export function comparePodStrict(a: PodVersion, b: PodVersion): -1 | 0 | 1 {
  const c = comparePod(a, b);
  if (c !== 0) return c;
  // Ruby String#<=> compares bytes; for these ASCII texts UTF-16 code units agree.
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}
