import { err, ok, type Result } from '../../model/result.js';
import { MAX_RANGE_LENGTH } from '../shared/advisory-syntax.js';
import type { Ecosystem, RangeSyntax, VersionRange, Versioning } from '../types.js';

/**
 * Dart pub versions and constraints as dart-lang/pub_semver defines them (lib/src/version.dart, patterns.dart,
 * version_constraint.dart, version_range.dart). Quirks kept on purpose, because pub has them: the separators in
 * `(\d+).(\d+).(\d+)` are unescaped dots (any character), numbers may have leading zeros, pre-release and build
 * parts are compared as Dart `int.tryParse` sees them, and build metadata orders (1.0.0 < 1.0.0+build).
 */
type Part = bigint | string;

export interface PubVersion {
  readonly major: bigint;
  readonly minor: bigint;
  readonly patch: bigint;
  readonly pre: readonly Part[];
  readonly build: readonly Part[];
}

// Same text as pub_semver's startVersion / completeVersion; input length is capped, so backtracking stays small.
const START_VERSION = /^(\d+).(\d+).(\d+)(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?/;
const COMPLETE_VERSION = new RegExp(`${START_VERSION.source}$`);
const INT64_MAX = 2n ** 63n - 1n;
/** The regexes above can backtrack (the dots match digits too); a length cap keeps that small. node-semver caps at 256 too. */
const MAX_VERSION_LENGTH = 256;

/** Dart `int.tryParse`: optional sign, decimal or 0x-hex (hex up to 64 bits, read as two's complement). */
function dartTryParseInt(text: string): bigint | null {
  const m = /^([+-]?)(0[xX][0-9A-Fa-f]+|[0-9]+)$/.exec(text);
  if (!m) return null;
  const negative = m[1] === '-';
  let value = BigInt(m[2] as string);
  if (/^0[xX]/.test(m[2] as string)) {
    if (value >= 2n ** 64n) return null;
    if (value > INT64_MAX) value -= 2n ** 64n;
  } else if (value > INT64_MAX + (negative ? 1n : 0n)) {
    return null;
  }
  return negative ? -value : value;
}

const splitParts = (text: string | undefined): Part[] => (text === undefined ? [] : text.split('.').map((p) => dartTryParseInt(p) ?? p));

function fromMatch(text: string, m: RegExpExecArray): Result<PubVersion> {
  const numbers = [m[1], m[2], m[3]].map((n) => BigInt(n as string));
  // Version.parse uses int.parse: a number beyond 64 bits is a FormatException.
  if (numbers.some((n) => n > INT64_MAX)) return err(`Could not parse "${text}".`);
  const [major, minor, patch] = numbers as [bigint, bigint, bigint];
  return ok({ major, minor, patch, pre: splitParts(m[5]), build: splitParts(m[8]) });
}

export function parsePubVersion(text: string): Result<PubVersion> {
  if (text.length > MAX_VERSION_LENGTH) return err(`version is longer than ${MAX_VERSION_LENGTH} characters`);
  const m = COMPLETE_VERSION.exec(text);
  return m ? fromMatch(text, m) : err(`Could not parse "${text}".`);
}

function compareLists(a: readonly Part[], b: readonly Part[]): -1 | 0 | 1 {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'bigint') return typeof y === 'bigint' ? (x < y ? -1 : 1) : -1;
    if (typeof y === 'bigint') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export function comparePubVersions(a: PubVersion, b: PubVersion): -1 | 0 | 1 {
  if (a.major !== b.major) return a.major < b.major ? -1 : 1;
  if (a.minor !== b.minor) return a.minor < b.minor ? -1 : 1;
  if (a.patch !== b.patch) return a.patch < b.patch ? -1 : 1;
  if (a.pre.length === 0 && b.pre.length > 0) return 1;
  if (b.pre.length === 0 && a.pre.length > 0) return -1;
  const pre = compareLists(a.pre, b.pre);
  if (pre !== 0) return pre;
  if (a.build.length === 0 && b.build.length > 0) return -1;
  if (b.build.length === 0 && a.build.length > 0) return 1;
  return compareLists(a.build, b.build);
}

interface Bounds {
  readonly min: PubVersion | null;
  readonly includeMin: boolean;
  readonly max: PubVersion | null;
  readonly includeMax: boolean;
}

/** A VersionConstraint reduced to what `allows` needs: null is the empty constraint. */
type Constraint = Bounds | null;

const sameCore = (a: PubVersion, b: PubVersion): boolean => a.major === b.major && a.minor === b.minor && a.patch === b.patch;
const firstPreRelease = (v: PubVersion): PubVersion => ({ major: v.major, minor: v.minor, patch: v.patch, pre: [0n], build: [] });
const nextBreaking = (v: PubVersion): PubVersion =>
  v.major === 0n
    ? { major: 0n, minor: v.minor + 1n, patch: 0n, pre: [], build: [] }
    : { major: v.major + 1n, minor: 0n, patch: 0n, pre: [], build: [] };

/** The VersionRange factory: `<2.0.0` also excludes 2.0.0's pre-releases unless the minimum is one of them. */
function versionRange(min: PubVersion | null, includeMin: boolean, max: PubVersion | null, includeMax: boolean): Bounds {
  let upper = max;
  if (!includeMax && upper && upper.pre.length === 0 && upper.build.length === 0 && (!min || min.pre.length === 0 || !sameCore(min, upper))) {
    upper = firstPreRelease(upper);
  }
  return { min, includeMin, max: upper, includeMax };
}

function allows(c: Constraint, v: PubVersion): boolean {
  if (!c) return false;
  if (c.min) {
    const order = comparePubVersions(v, c.min);
    if (order < 0 || (!c.includeMin && order === 0)) return false;
  }
  if (c.max) {
    const order = comparePubVersions(v, c.max);
    if (order > 0 || (!c.includeMax && order === 0)) return false;
  }
  return true;
}

/** VersionConstraint.parse. */
export function parsePubConstraint(original: string): Result<Constraint> {
  if (original.length > MAX_RANGE_LENGTH) return err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
  let text = original.trim();
  if (text === 'any') return ok({ min: null, includeMin: false, max: null, includeMax: false });
  const matchVersion = (): Result<PubVersion> | null => {
    const m = START_VERSION.exec(text);
    if (!m) return null;
    text = text.slice(m[0].length);
    return fromMatch(m[0], m);
  };
  if (text.startsWith('^')) {
    text = text.slice(1).trim();
    const v = matchVersion();
    if (!v) return err(`Expected version number after "^" in "${original}", got "${text}".`);
    if (!v.ok) return v;
    if (text !== '') return err(`Cannot include other constraints with "^" constraint in "${original}".`);
    return ok({ min: v.value, includeMin: true, max: firstPreRelease(nextBreaking(v.value)), includeMax: false });
  }
  let min: PubVersion | null = null;
  let max: PubVersion | null = null;
  let includeMin = false;
  let includeMax = false;
  for (;;) {
    text = text.trim();
    if (text === '') break;
    let lower: PubVersion | null = null;
    let upper: PubVersion | null = null;
    let lowerIncluded = false;
    let upperIncluded = false;
    const bare = matchVersion();
    if (bare) {
      if (!bare.ok) return bare;
      [lower, upper, lowerIncluded, upperIncluded] = [bare.value, bare.value, true, true];
    } else {
      const op = /^[<>]=?/.exec(text)?.[0];
      if (op === undefined) return err(`Could not parse version "${original}". Unknown text at "${text}".`);
      text = text.slice(op.length).trim();
      const v = matchVersion();
      if (!v) return err(`Expected version number after "${op}" in "${original}", got "${text}".`);
      if (!v.ok) return v;
      if (op.startsWith('<')) [upper, upperIncluded] = [v.value, op === '<='];
      else [lower, lowerIncluded] = [v.value, op === '>='];
    }
    if (lower) {
      if (!min || comparePubVersions(lower, min) > 0) [min, includeMin] = [lower, lowerIncluded];
      else if (comparePubVersions(lower, min) === 0 && !lowerIncluded) includeMin = false;
    }
    if (upper) {
      if (!max || comparePubVersions(upper, max) < 0) [max, includeMax] = [upper, upperIncluded];
      else if (comparePubVersions(upper, max) === 0 && !upperIncluded) includeMax = false;
    }
  }
  if (!min && !max) return err('Cannot parse an empty string.');
  if (min && max) {
    const order = comparePubVersions(min, max);
    if (order > 0) return ok(null);
    if (order === 0) return ok(includeMin && includeMax ? { min, includeMin: true, max, includeMax: true } : null);
  }
  return ok(versionRange(min, includeMin, max, includeMax));
}

function parseRange(text: string, syntax: RangeSyntax): Result<VersionRange<PubVersion>> {
  // Advisory syntax: `||` between pub constraints (and `&&` read as pub's own space-joined intersection).
  const pieces = syntax === 'advisory' ? text.split('||').map((p) => p.replaceAll('&&', ' ')) : [text];
  const constraints: Constraint[] = [];
  for (const piece of pieces) {
    const c = parsePubConstraint(piece);
    if (!c.ok) return err(`"${text}" is not a valid pub version constraint: ${c.error}`);
    constraints.push(c.value);
  }
  return ok({ text, contains: (v) => constraints.some((c) => allows(c, v)) });
}

const versioning: Versioning<PubVersion> = { parse: parsePubVersion, compare: comparePubVersions, parseRange };

export const pub = {
  type: 'pub',
  aliases: [],
  // pub package names are lower-case identifiers ([a-z0-9_]); pub.dev refuses others, so lower-casing only folds
  // spellings people type by hand.
  canonicalName: (_namespace, name) => name.toLowerCase(),
  versioning,
} satisfies Ecosystem<PubVersion>;
