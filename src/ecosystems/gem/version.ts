import { err, ok, type Result } from '../../model/result.js';

/**
 * Gem::Version exactly as RubyGems 3.3 (Debian bookworm's ruby) parses and orders it: segments are runs of
 * digits or of letters; a letter segment makes a pre-release and sorts before any number ("1.0.a" < "1.0");
 * trailing zeros of the numeric part and of the pre-release part do not count ("1.0.0" == "1").
 */
export interface GemVersion {
  /** The version as Gem::Version keeps it: stripped, `-` replaced by `.pre.` (so "1.0-beta" is a pre-release). */
  readonly text: string;
  /** `canonical_segments`: digit strings (no leading zeros; Ruby integers are unbounded) or letter runs. */
  readonly canonical: readonly Segment[];
  /** `segments`: every segment, for `release` and `bump`. */
  readonly segments: readonly Segment[];
  readonly prerelease: boolean;
}

/** A number (`n`, digits) or a string segment (`s`). */
export type Segment = { readonly n: string } | { readonly s: string };

// Ruby's `\s` is ASCII only.
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number): boolean => isDigit(c) || isAlpha(c);
const isPreChar = (c: number): boolean => isAlnum(c) || c === 45;

/**
 * ANCHORED_VERSION_PATTERN without a regex, so the work stays linear:
 * `\A\s*([0-9]+(?>\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?\s*\z`.
 */
export function isGemVersionCore(s: string): boolean {
  let i = 0;
  const run = (accept: (c: number) => boolean): boolean => {
    const start = i;
    while (i < s.length && accept(s.charCodeAt(i))) i++;
    return i > start;
  };
  if (!run(isDigit)) return false;
  while (i < s.length && s.charCodeAt(i) === 46 && i + 1 < s.length && isAlnum(s.charCodeAt(i + 1))) {
    i++;
    run(isAlnum);
  }
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== 45) return false;
  i++;
  if (!run(isPreChar)) return false;
  while (i < s.length && s.charCodeAt(i) === 46) {
    i++;
    if (!run(isPreChar)) return false;
  }
  return i === s.length;
}

export function stripRuby(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

function normalDigits(d: string): string {
  let i = 0;
  while (i < d.length - 1 && d.charCodeAt(i) === 48) i++;
  return i === 0 ? d : d.slice(i);
}

/** `@version.scan(/[0-9]+|[a-z]+/i)`, numbers as digit strings. */
function scan(text: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const start = i;
    if (isDigit(c)) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      out.push({ n: normalDigits(text.slice(start, i)) });
    } else if (isAlpha(c)) {
      while (i < text.length && isAlpha(text.charCodeAt(i))) i++;
      out.push({ s: text.slice(start, i) });
    } else {
      i++;
    }
  }
  return out;
}

const isZero = (s: Segment): boolean => 'n' in s && s.n === '0';

function dropTrailingZeros(list: Segment[]): Segment[] {
  let end = list.length;
  while (end > 0 && isZero(list[end - 1] as Segment)) end--;
  return list.slice(0, end);
}

export function fromSegments(segments: readonly Segment[]): GemVersion {
  return build(segments.map((s) => ('n' in s ? s.n : s.s)).join('.'));
}

function build(text: string): GemVersion {
  const segments = scan(text);
  const firstString = segments.findIndex((s) => 's' in s);
  const split = firstString < 0 ? segments.length : firstString;
  const canonical = [...dropTrailingZeros(segments.slice(0, split)), ...dropTrailingZeros(segments.slice(split))];
  let prerelease = false;
  for (let i = 0; i < text.length && !prerelease; i++) prerelease = isAlpha(text.charCodeAt(i));
  return { text, canonical, segments, prerelease };
}

export function parseGemVersion(input: string): Result<GemVersion> {
  const stripped = stripRuby(input);
  // An empty (or blank) version is "0" (Gem::Version#initialize).
  if (stripped === '') return ok(build('0'));
  if (!isGemVersionCore(stripped)) return err(`invalid RubyGems version "${input}"`);
  return ok(build(stripped.replaceAll('-', '.pre.')));
}

const ZERO: Segment = { n: '0' };

function compareSegment(a: Segment, b: Segment): number {
  if ('n' in a) {
    if (!('n' in b)) return 1;
    if (a.n.length !== b.n.length) return a.n.length < b.n.length ? -1 : 1;
    return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  }
  if ('n' in b) return -1;
  // Ruby String#<=> compares bytes; these are ASCII letters, so code units agree.
  return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
}

/** Gem::Version#<=>. */
export function compareGem(a: GemVersion, b: GemVersion): -1 | 0 | 1 {
  if (a.text === b.text) return 0;
  const x = a.canonical;
  const y = b.canonical;
  const limit = Math.max(x.length, y.length);
  for (let i = 0; i < limit; i++) {
    const c = compareSegment(x[i] ?? ZERO, y[i] ?? ZERO);
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  return 0;
}

// `segments.pop while segments.any? {|s| String === s }` keeps exactly the part before the first string.
function numericPrefix(segments: readonly Segment[]): Segment[] {
  const firstString = segments.findIndex((s) => 's' in s);
  return segments.slice(0, firstString < 0 ? segments.length : firstString);
}

/** Gem::Version#release: a pre-release without its string segments and everything after the last of them. */
export function releaseOf(v: GemVersion): GemVersion {
  if (!v.prerelease) return v;
  return fromSegments(numericPrefix(v.segments));
}

/** Gem::Version#bump: drop string segments and the last number, then add one to the new last number. */
export function bumpOf(v: GemVersion): GemVersion {
  const segments = numericPrefix(v.segments);
  if (segments.length > 1) segments.pop();
  const last = segments[segments.length - 1];
  if (last && 'n' in last) segments[segments.length - 1] = { n: (BigInt(last.n) + 1n).toString() };
  return fromSegments(segments);
}
