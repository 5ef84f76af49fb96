import { err, ok, type Result } from '../../model/result.js';
import type { Relation } from '../shared/os-range.js';

/**
 * RPM versions as rpm 4.18 splits and orders them: `[epoch:]version[-release]` split like parseEVR (the epoch is the
 * leading digits before a colon, the release follows the last hyphen), segments compared by rpmvercmp. Shared by
 * every RPM distribution (rpm, cbl-mariner / Azure Linux). rpm accepts any non-empty string as an EVR.
 */
export interface RpmVersion {
  readonly text: string;
  /** null when absent: it then counts as "0". */
  readonly epoch: string | null;
  readonly version: string;
  /** null when absent (no hyphen); "" for a trailing hyphen, which rpm keeps as an empty release. */
  readonly release: string | null;
  /** Each part as rpmvercmp segments (see tokens()), computed once so comparing allocates nothing. */
  readonly segments: { readonly epoch: Segments; readonly version: Segments; readonly release: Segments | null };
}

/**
 * rpmvercmp skips separators and walks maximal runs of digits or letters, so a string is fully described by its
 * segments: "~", "^", "N" + digits without leading zeros, or "A" + letters.
 */
type Segments = readonly string[];

export const MAX_RPM_VERSION_LENGTH = 1024;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const TILDE = 126;
const CARET = 94;

function tokens(text: string): Segments {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === TILDE || c === CARET) {
      out.push(text[i] as string);
      i++;
    } else if (isDigit(c)) {
      while (text.charCodeAt(i) === 48) i++;
      const start = i;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      out.push(`N${text.slice(start, i)}`);
    } else if (isAlpha(c)) {
      const start = i;
      while (i < text.length && isAlpha(text.charCodeAt(i))) i++;
      out.push(`A${text.slice(start, i)}`);
    } else {
      i++;
    }
  }
  return out;
}

const ZERO_EPOCH = tokens('0');

export function parseRpmVersion(text: string): Result<RpmVersion> {
  if (text === '') return err('version is empty');
  if (text.length > MAX_RPM_VERSION_LENGTH) return err(`version is longer than ${MAX_RPM_VERSION_LENGTH} characters`);
  let s = 0;
  while (s < text.length && isDigit(text.charCodeAt(s))) s++;
  const hyphen = text.lastIndexOf('-');
  const release = hyphen >= s ? text.slice(hyphen + 1) : null;
  const evEnd = hyphen >= s ? hyphen : text.length;
  const hasEpoch = text[s] === ':' && s < evEnd;
  const epoch = hasEpoch ? (s === 0 ? '0' : text.slice(0, s)) : null;
  const version = hasEpoch ? text.slice(s + 1, evEnd) : text.slice(0, evEnd);
  return ok({
    text,
    epoch,
    version,
    release,
    segments: {
      epoch: epoch === null ? ZERO_EPOCH : tokens(epoch),
      version: tokens(version),
      release: release === null ? null : tokens(release),
    },
  });
}

/** rpmvercmp over segments: `~` sorts before everything (even the end), `^` after the base version only. */
function compareSegments(a: Segments, b: Segments): -1 | 0 | 1 {
  const n = Math.max(a.length, b.length);
  let k = 0;
  for (; k < n; k++) {
    const x = a[k];
    const y = b[k];
    if (x === '~' || y === '~') {
      if (x !== '~') return 1;
      if (y !== '~') return -1;
      continue;
    }
    if (x === '^' || y === '^') {
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      if (x !== '^') return 1;
      if (y !== '^') return -1;
      continue;
    }
    if (x === undefined || y === undefined) break;
    const numeric = x.charCodeAt(0) === 78;
    // A numeric segment is newer than an alpha one (rpm bug 50977).
    if (numeric !== (y.charCodeAt(0) === 78)) return numeric ? 1 : -1;
    if (numeric && x.length !== y.length) return x.length > y.length ? 1 : -1;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (k >= a.length && k >= b.length) return 0;
  return k >= a.length ? -1 : 1;
}

/** rpm's rpmvercmp on two strings. */
export function rpmvercmp(a: string, b: string): -1 | 0 | 1 {
  return a === b ? 0 : compareSegments(tokens(a), tokens(b));
}

/**
 * Total order of EVRs as rpm orders rpm.ver objects (rpmverCmp): epoch (absent = 0), version, then release, an
 * absent release below any present one.
 */
export function compareRpmVersions(a: RpmVersion, b: RpmVersion): -1 | 0 | 1 {
  const x = a.segments;
  const y = b.segments;
  const e = compareSegments(x.epoch, y.epoch);
  if (e !== 0) return e;
  const v = compareSegments(x.version, y.version);
  if (v !== 0) return v;
  if (x.release === null || y.release === null) return x.release === y.release ? 0 : x.release === null ? -1 : 1;
  return compareSegments(x.release, y.release);
}

/**
 * Whether a package of this EVR satisfies `relation bound`, as rpm's dependency matching decides it (rpmverOverlap
 * with the package as an `=` provide): a release missing on either side is not compared, so `<= 1.2` holds for
 * 1.2-3 and a release-less 1.2 matches any bound on 1.2-N.
 */
export function rpmRelationHolds(relation: Relation, version: RpmVersion, bound: RpmVersion): boolean {
  const x = version.segments;
  const y = bound.segments;
  let sense = compareSegments(x.epoch, y.epoch);
  if (sense === 0) sense = compareSegments(x.version, y.version);
  if (sense === 0) {
    if (x.release !== null && y.release !== null) sense = compareSegments(x.release, y.release);
    else if (bound.release !== null) return true;
    else if (version.release !== null) return relation === 'le' || relation === 'eq' || relation === 'ge';
  }
  if (sense < 0) return relation === 'lt' || relation === 'le';
  if (sense > 0) return relation === 'gt' || relation === 'ge';
  return relation === 'le' || relation === 'eq' || relation === 'ge';
}
