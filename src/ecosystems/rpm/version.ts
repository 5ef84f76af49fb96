import { err, ok, type Result } from '../../model/result.js';
import type { Relation } from '../os-range.js';

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
}

export const MAX_RPM_VERSION_LENGTH = 1024;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const TILDE = 126;
const CARET = 94;

export function parseRpmVersion(text: string): Result<RpmVersion> {
  if (text === '') return err('version is empty');
  if (text.length > MAX_RPM_VERSION_LENGTH) return err(`version is longer than ${MAX_RPM_VERSION_LENGTH} characters`);
  let s = 0;
  while (s < text.length && isDigit(text.charCodeAt(s))) s++;
  const hyphen = text.lastIndexOf('-');
  const release = hyphen >= s ? text.slice(hyphen + 1) : null;
  const evEnd = hyphen >= s ? hyphen : text.length;
  if (text[s] === ':' && s < evEnd) {
    return ok({ text, epoch: s === 0 ? '0' : text.slice(0, s), version: text.slice(s + 1, evEnd), release });
  }
  return ok({ text, epoch: null, version: text.slice(0, evEnd), release });
}

/** rpm's rpmvercmp: alphanumeric segments, `~` before everything (even the end), `^` after the base version. */
export function rpmvercmp(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  const sep = (c: number): boolean => !Number.isNaN(c) && !isDigit(c) && !isAlpha(c) && c !== TILDE && c !== CARET;
  while (i < a.length || j < b.length) {
    while (i < a.length && sep(a.charCodeAt(i))) i++;
    while (j < b.length && sep(b.charCodeAt(j))) j++;
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (ca === TILDE || cb === TILDE) {
      if (ca !== TILDE) return 1;
      if (cb !== TILDE) return -1;
      i++;
      j++;
      continue;
    }
    if (ca === CARET || cb === CARET) {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (ca !== CARET) return 1;
      if (cb !== CARET) return -1;
      i++;
      j++;
      continue;
    }
    if (!(i < a.length && j < b.length)) break;
    const numeric = isDigit(ca);
    const inSegment = numeric ? isDigit : isAlpha;
    let ei = i;
    while (ei < a.length && inSegment(a.charCodeAt(ei))) ei++;
    let ej = j;
    while (ej < b.length && inSegment(b.charCodeAt(ej))) ej++;
    // A numeric segment is newer than an alpha one (rpm bug 50977).
    if (ej === j) return numeric ? 1 : -1;
    let one = a.slice(i, ei);
    let two = b.slice(j, ej);
    if (numeric) {
      one = one.replace(/^0+/, '');
      two = two.replace(/^0+/, '');
      if (one.length !== two.length) return one.length > two.length ? 1 : -1;
    }
    if (one !== two) return one < two ? -1 : 1;
    i = ei;
    j = ej;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

/**
 * Total order of EVRs as rpm.labelCompare: epoch (absent = 0), version, then release, an absent release
 * below any present one.
 */
export function compareRpmVersions(a: RpmVersion, b: RpmVersion): -1 | 0 | 1 {
  const e = rpmvercmp(a.epoch ?? '0', b.epoch ?? '0');
  if (e !== 0) return e;
  const v = rpmvercmp(a.version, b.version);
  if (v !== 0) return v;
  if (a.release === null || b.release === null) return a.release === b.release ? 0 : a.release === null ? -1 : 1;
  return rpmvercmp(a.release, b.release);
}

/**
 * Whether a package of this EVR satisfies `relation bound`, as rpm's dependency matching decides it (rpmverOverlap
 * with the package as an `=` provide): a release missing on either side is not compared, so `<= 1.2` holds for
 * 1.2-3 and a release-less 1.2 matches any bound on 1.2-N.
 */
export function rpmRelationHolds(relation: Relation, version: RpmVersion, bound: RpmVersion): boolean {
  let sense = rpmvercmp(version.epoch ?? '0', bound.epoch ?? '0');
  if (sense === 0) sense = rpmvercmp(version.version, bound.version);
  if (sense === 0) {
    if (version.release !== null && bound.release !== null) sense = rpmvercmp(version.release, bound.release);
    else if (bound.release !== null) return true;
    else if (version.release !== null) return relation === 'le' || relation === 'eq' || relation === 'ge';
  }
  if (sense < 0) return relation === 'lt' || relation === 'le';
  if (sense > 0) return relation === 'gt' || relation === 'ge';
  return relation === 'le' || relation === 'eq' || relation === 'ge';
}
