import { err, ok, type Result } from '../../model/result.js';
import { comparatorHolds, splitAdvisoryRange, type Comparator } from '../shared/advisory-syntax.js';
import type { Ecosystem, RangeSyntax, VersionRange, Versioning } from '../types.js';

/**
 * SwiftPM's Version (swift-tools-support-core Sources/TSCUtility/Version.swift, which SwiftPM uses): exactly
 * MAJOR.MINOR.PATCH as Swift `Int`s (so "01" and "+1" parse), pre-release and build identifiers of ASCII letters,
 * digits and `-` (empty ones allowed), `==` ignores build metadata.
 */
export interface SwiftVersion {
  readonly major: bigint;
  readonly minor: bigint;
  readonly patch: bigint;
  readonly pre: readonly string[];
  readonly build: readonly string[];
}

const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 63n - 1n;

/** Swift `Int(String)`: optional sign then decimal digits, within 64 bits; nil otherwise. */
function swiftInt(text: string): bigint | null {
  if (!/^[+-]?[0-9]+$/.test(text)) return null;
  const value = BigInt(text);
  return value < INT_MIN || value > INT_MAX ? null : value;
}

const identifiersOk = (ids: readonly string[]): boolean => ids.every((id) => /^[0-9A-Za-z-]*$/.test(id));

export function parseSwiftVersion(tagOrVersion: string): Result<SwiftVersion> {
  // SwiftPM reads versions from git tags and drops one leading "v" there (Version(tag:)); purls carry tags.
  const text = tagOrVersion.startsWith('v') ? tagOrVersion.slice(1) : tagOrVersion;
  const bad = (why: string): Result<never> => err(`"${text}" is not a valid SwiftPM version: ${why}`);
  if ([...text].some((c) => c.charCodeAt(0) > 0x7f)) return bad('non-ASCII characters');
  const plus = text.indexOf('+');
  const beforeBuild = plus < 0 ? text : text.slice(0, plus);
  const dash = beforeBuild.indexOf('-');
  const core = (dash < 0 ? beforeBuild : beforeBuild.slice(0, dash)).split('.');
  if (core.length !== 3) return bad(`${core.length > 3 ? 'more than 3' : 'fewer than 3'} identifiers in version core`);
  const [major, minor, patch] = core.map(swiftInt);
  // Version.init preconditions non-negative numbers; the string initializer would trap, so refuse instead.
  if (major == null || minor == null || patch == null || major < 0n || minor < 0n || patch < 0n) {
    return bad('non-numerical or empty version core identifiers');
  }
  const pre = dash < 0 ? [] : beforeBuild.slice(dash + 1).split('.');
  if (!identifiersOk(pre)) return bad('characters other than alpha-numerics and hyphens in pre-release identifiers');
  const build = plus < 0 ? [] : text.slice(plus + 1).split('.');
  if (!identifiersOk(build)) return bad('characters other than alpha-numerics and hyphens in build metadata identifiers');
  return ok({ major, minor, patch, pre, build });
}

function lessThan(a: SwiftVersion, b: SwiftVersion): boolean {
  if (a.major !== b.major) return a.major < b.major;
  if (a.minor !== b.minor) return a.minor < b.minor;
  if (a.patch !== b.patch) return a.patch < b.patch;
  if (a.pre.length === 0) return false;
  if (b.pre.length === 0) return true;
  const n = Math.min(a.pre.length, b.pre.length);
  for (let i = 0; i < n; i++) {
    const x = a.pre[i] as string;
    const y = b.pre[i] as string;
    if (x === y) continue;
    const xn = swiftInt(x);
    const yn = swiftInt(y);
    if (xn !== null && yn !== null) return xn < yn;
    if (xn !== null) return true;
    if (yn !== null) return false;
    return x < y;
  }
  return a.pre.length < b.pre.length;
}

export function compareSwiftVersions(a: SwiftVersion, b: SwiftVersion): -1 | 0 | 1 {
  return lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0;
}

const sameCore = (a: SwiftVersion, b: SwiftVersion): boolean => a.major === b.major && a.minor === b.minor && a.patch === b.patch;

/** `extension Range where Bound == Version { func contains(version:) }` with its pre-release rules. */
function halfOpenContains(lower: SwiftVersion, upper: SwiftVersion, v: SwiftVersion): boolean {
  if (v.pre.length > 0) {
    if (lower.pre.length === 0 && upper.pre.length === 0) return false;
    if (upper.pre.length === 0 && sameCore(upper, v)) return false;
  }
  if (compareSwiftVersions(lower, v) === 0) return true;
  return compareSwiftVersions(v, lower) >= 0 && compareSwiftVersions(v, upper) < 0;
}

const version = (major: bigint, minor: bigint, patch: bigint): SwiftVersion => ({ major, minor, patch, pre: [], build: [] });

/**
 * Package.swift requirement forms: `from: 1.2.3` / `.upToNextMajor(from: 1.2.3)` (..<2.0.0), `.upToNextMinor(from:
 * 1.2.3)` (..<1.3.0), `exact: 1.2.3` or a bare version, `1.0.0..<2.0.0`, and `1.0.0...1.2.3`, which PackageDescription
 * turns into `1.0.0..<1.2.4`.
 */
function parseNative(text: string): Result<VersionRange<SwiftVersion>> {
  if (text.length > 512) return err('range is longer than 512 characters');
  const t = text.replaceAll('"', '').trim();
  const call = /^\.?(upToNextMajor|upToNextMinor|exact)\(\s*(?:from:)?\s*([^\s()]+)\s*\)$/.exec(t);
  const label = /^(from|exact):\s*(\S+)$/.exec(t);
  const form = call ?? label;
  if (form) {
    const v = parseSwiftVersion(form[2] as string);
    if (!v.ok) return v;
    const lower = v.value;
    if (form[1] === 'exact') return ok({ text, contains: (x) => compareSwiftVersions(x, lower) === 0 });
    const upper = form[1] === 'upToNextMinor' ? version(lower.major, lower.minor + 1n, 0n) : version(lower.major + 1n, 0n, 0n);
    return ok({ text, contains: (x) => halfOpenContains(lower, upper, x) });
  }
  const halfOpen = t.indexOf('..<');
  const closed = halfOpen < 0 ? t.indexOf('...') : -1;
  const at = halfOpen >= 0 ? halfOpen : closed;
  if (at >= 0) {
    const lower = parseSwiftVersion(t.slice(0, at).trim());
    if (!lower.ok) return lower;
    const upperGiven = parseSwiftVersion(t.slice(at + 3).trim());
    if (!upperGiven.ok) return upperGiven;
    const u = upperGiven.value;
    const upper = closed >= 0 ? version(u.major, u.minor, u.patch + 1n) : u;
    if (compareSwiftVersions(lower.value, upper) > 0) return err(`"${text}": the lower bound is above the upper bound`);
    return ok({ text, contains: (x) => halfOpenContains(lower.value, upper, x) });
  }
  const exact = parseSwiftVersion(t);
  if (!exact.ok) return err(`"${text}" is not a SwiftPM requirement (from: X, X..<Y, X...Y, exact: X): ${exact.error}`);
  return ok({ text, contains: (x) => compareSwiftVersions(x, exact.value) === 0 });
}

function parseAdvisory(text: string): Result<VersionRange<SwiftVersion>> {
  const split = splitAdvisoryRange(text);
  if (!split.ok) return split;
  const alternatives: Comparator<SwiftVersion>[][] = [];
  for (const alternative of split.value) {
    const row: Comparator<SwiftVersion>[] = [];
    for (const c of alternative) {
      const v = parseSwiftVersion(c.version);
      if (!v.ok) return v;
      row.push({ op: c.op, version: v.value });
    }
    alternatives.push(row);
  }
  return ok({ text, contains: (v) => alternatives.some((all) => all.every((c) => comparatorHolds(c, v, compareSwiftVersions))) });
}

const versioning: Versioning<SwiftVersion> = {
  parse: parseSwiftVersion,
  compare: compareSwiftVersions,
  parseRange: (text: string, syntax: RangeSyntax) => (syntax === 'advisory' ? parseAdvisory(text) : parseNative(text)),
};

export const swift = {
  type: 'swift',
  aliases: ['swifturl'],
  // purl: namespace is the source host and path (github.com/apple), name the repository. Git hosts treat paths
  // case-insensitively (GitHub does), and SwiftPM identifies packages by URL lower-cased, so lower-case both.
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
  versioning,
} satisfies Ecosystem<SwiftVersion>;
