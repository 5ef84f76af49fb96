import { err, ok, type Result } from '../../model/result.js';

/**
 * NuGetVersion exactly as NuGet.Versioning (NuGet/NuGet.Client, src/NuGet.Core/NuGet.Versioning) parses and
 * orders it: NuGetVersion.TryParse (non-verbatim) over SemanticVersion.ParseSections and System.Version.TryParse,
 * and VersionComparer.Default (metadata ignored, labels compared per SemVer 2 but case-insensitively).
 */
export interface NuGetVersion {
  /** Major, minor, patch, revision: System.Version's Int32 parts, missing ones as 0. */
  readonly parts: readonly [number, number, number, number];
  /** Upper-cased release labels (OrdinalIgnoreCase), null for a release. */
  readonly labels: readonly string[] | null;
  /** Each label's value when int.TryParse accepts it, else null. */
  readonly numeric: readonly (number | null)[];
  readonly metadata: string | null;
  /** The trimmed input. */
  readonly text: string;
}

// Char.IsWhiteSpace: Unicode White_Space, without U+FEFF (which JS's trim() removes).
const isDotnetSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;

export function dotnetTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isDotnetSpace(s.charCodeAt(start))) start++;
  while (end > start && isDotnetSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

export const isNullOrWhiteSpace = (s: string | null): boolean => s === null || dotnetTrim(s) === '';

const INT32_MAX = 2147483647;

/** int.TryParse(s, NumberStyles.Integer, InvariantCulture): blanks around, an optional sign, ASCII digits. */
function parseInt32(s: string): number | null {
  const m = /^[\t\n\v\f\r ]*([+-]?)([0-9]+)[\t\n\v\f\r ]*$/.exec(s);
  if (!m) return null;
  const digits = (m[2] as string).replace(/^0+(?=.)/, '');
  if (digits.length > 10) return null;
  const value = Number(digits) * (m[1] === '-' ? -1 : 1);
  return value > INT32_MAX || value < -INT32_MAX - 1 ? null : value === 0 ? 0 : value;
}

/** System.Version.TryParse: two to four dot-separated non-negative Int32 parts. */
function parseSystemVersion(s: string): [number, number, number, number] | null {
  const pieces = s.split('.');
  if (pieces.length < 2 || pieces.length > 4) return null;
  const out: number[] = [];
  for (const piece of pieces) {
    const n = parseInt32(piece);
    if (n === null || n < 0) return null;
    out.push(n);
  }
  // NormalizeVersionValue: a missing build or revision is 0.
  return [out[0] ?? 0, out[1] ?? 0, out[2] ?? 0, out[3] ?? 0];
}

const isLetterOrDigitOrDash = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;

/** SemanticVersion.IsValidPart. */
function isValidPart(s: string, allowLeadingZeros: boolean): boolean {
  if (s.length === 0) return false;
  if (!allowLeadingZeros && s.length > 1 && s.charCodeAt(0) === 48 && /^[0-9]+$/.test(s)) return false;
  for (let i = 0; i < s.length; i++) if (!isLetterOrDigitOrDash(s.charCodeAt(i))) return false;
  return true;
}

interface Sections {
  version: string | null;
  labels: string[] | null;
  metadata: string | null;
}

/** SemanticVersion.ParseSections, including its quirk that a final `-` or `+` stays in the version part. */
function parseSections(value: string): Sections {
  const out: Sections = { version: null, labels: null, metadata: null };
  let dashPos = -1;
  let plusPos = -1;
  for (let i = 0; i < value.length; i++) {
    const end = i === value.length - 1;
    const c = value.charAt(i);
    if (dashPos < 0) {
      if (end || c === '-' || c === '+') {
        out.version = value.slice(0, i + (end ? 1 : 0));
        dashPos = i;
        if (c === '+') plusPos = i;
      }
    } else if (plusPos < 0) {
      if (end || c === '+') {
        out.labels = value.slice(dashPos + 1, i + (end ? 1 : 0)).split('.');
        plusPos = i;
      }
    } else if (end) {
      out.metadata = value.slice(plusPos + 1, i + 1);
    }
  }
  return out;
}

export function parseNuGetVersion(value: string): Result<NuGetVersion> {
  const fail = err(`invalid NuGet version "${value}"`);
  const text = dotnetTrim(value);
  const sections = parseSections(text);
  if (!sections.version) return fail;
  const parts = parseSystemVersion(sections.version.includes('.') ? sections.version : `${sections.version}.0`);
  if (!parts) return fail;
  if (sections.labels && !sections.labels.every((l) => isValidPart(l, false))) return fail;
  if (sections.metadata !== null && !sections.metadata.split('.').every((p) => isValidPart(p, true))) return fail;
  return ok(build(parts, sections.labels, sections.metadata, text));
}

export function build(
  parts: readonly [number, number, number, number],
  labels: readonly string[] | null,
  metadata: string | null,
  text: string,
): NuGetVersion {
  // IsPrerelease: the first label is non-empty.
  const prerelease = labels !== null && labels.length > 0 && labels[0] !== '';
  return {
    parts,
    labels: prerelease ? labels.map((l) => l.toUpperCase()) : null,
    numeric: prerelease ? labels.map(parseInt32) : [],
    metadata,
    text,
  };
}

export const isPrerelease = (v: NuGetVersion): boolean => v.labels !== null;

/** VersionComparer.Default (equal to VersionRelease: metadata never counts). */
export function compareNuGet(a: NuGetVersion, b: NuGetVersion): -1 | 0 | 1 {
  for (let i = 0; i < 4; i++) {
    const x = a.parts[i] as number;
    const y = b.parts[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  if (a.labels === null || b.labels === null) return a.labels === b.labels ? 0 : a.labels === null ? 1 : -1;
  const n = Math.max(a.labels.length, b.labels.length);
  for (let i = 0; i < n; i++) {
    if (i >= a.labels.length) return -1;
    if (i >= b.labels.length) return 1;
    const x = a.numeric[i] ?? null;
    const y = b.numeric[i] ?? null;
    let c: number;
    if (x !== null && y !== null) c = x - y;
    else if (x !== null || y !== null) c = x !== null ? -1 : 1; // numeric labels come before alphanumeric ones
    else {
      const s = a.labels[i] as string;
      const t = b.labels[i] as string;
      c = s < t ? -1 : s > t ? 1 : 0;
    }
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  return 0;
}
