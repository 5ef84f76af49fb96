import { err, ok, type Result } from '../../model/result.js';
import { compareApkTools2, parseApkTools2Version, readApkTools2, type ApkTools2Version } from './tools2.js';
import { compareApkTools3, parseApkTools3Version, type ApkTools3Version } from './tools3.js';

/**
 * An apk version as the apk-tools in use read it: 2.14 (Alpine up to 3.22, Wolfi) and 3.x (Alpine 3.23+).
 * Accepted when either accepts it; each reading is kept when that generation accepts it.
 *
 * Which one orders a pair (docs/versions-apk.md has the figures):
 * - both readable by 2.14: 2.14. It is what Alpine's secdb and Wolfi's advisories are written against, and it
 *   is the only one that orders `v1.2.3`, `1.2.3.r0`, `1.2.3.-r0`, `1.2.3-r0-r1`. On versions both accept the two
 *   disagree only on components with leading zeros (`1.00-r1` vs `1.0.5-r3`: one real pair in 3,883 versions);
 *   there depindex answers as 2.14.
 * - else both readable by 3.x (a `~hash`, or a number of 18+ digits, which 2.14 refuses): 3.x.
 * - else (one only 2.14 reads, the other only 3.x): 2.14's compare, which `apk version -t` 2.14 runs on any text.
 */
export interface ApkVersion {
  readonly text: string;
  readonly v2: ApkTools2Version | null;
  readonly v3: ApkTools3Version | null;
}

export function parseApkVersion(text: string): Result<ApkVersion> {
  const v2 = parseApkTools2Version(text);
  const v3 = parseApkTools3Version(text);
  if (!v2.ok && !v3.ok) return err(`"${text}" is not a valid apk version (neither apk-tools 2.14 nor 3 accepts it)`);
  return ok({ text, v2: v2.ok ? v2.value : null, v3: v3.ok ? v3.value : null });
}

export function compareApkVersions(a: ApkVersion, b: ApkVersion, fuzzy = false): -1 | 0 | 1 {
  if (a.v2 && b.v2) return compareApkTools2(a.v2, b.v2, fuzzy);
  if (a.v3 && b.v3) return compareApkTools3(a.v3, b.v3, fuzzy);
  return compareApkTools2(a.v2 ?? readApkTools2(a.text), b.v2 ?? readApkTools2(b.text), fuzzy);
}

/**
 * The same readings ordered as apk-tools 3 orders them, for packages of a distribution that runs it (Alpine 3.23+,
 * distro.ts): both readable by 3.x: 3.x (`1.0~abc` < `1.0~abc-r1`, leading zeros compared as text, 64-bit
 * numbers); else 2.14 as in compareApkVersions, so a version apk-tools 3 refuses (`1.2.3-r0-r1`) still has a
 * place instead of silently matching nothing.
 */
export function compareApkVersionsTools3First(a: ApkVersion, b: ApkVersion, fuzzy = false): -1 | 0 | 1 {
  if (a.v3 && b.v3) return compareApkTools3(a.v3, b.v3, fuzzy);
  return compareApkVersions(a, b, fuzzy);
}
