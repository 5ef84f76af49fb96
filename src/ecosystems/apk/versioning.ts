import type { Result } from '../../model/result.js';
import type { RangeSyntax, Versioning } from '../types.js';
import { ADVISORY_OPERATORS, parseOperatorRange, type OperatorSyntax } from '../shared/os-range.js';
import { compareApkTools2, parseApkTools2Version, type ApkTools2Version } from './tools2.js';
import { compareApkTools3, parseApkTools3Version, type ApkTools3Version } from './tools3.js';
import { compareApkVersions, compareApkVersionsTools3First, parseApkVersion, type ApkVersion } from './version.js';

// A dependency's operator is a mask of the answers it accepts (apk_blob_pull_dep); `~` also makes the comparison
// fuzzy (the package version may extend the bound: `~1.2` holds for 1.2.3).
const LESS = 1;
const EQUAL = 2;
const GREATER = 4;
const FUZZY = 8;

const NATIVE: OperatorSyntax<number> = {
  operators: {
    '<': LESS, '<=': LESS | EQUAL, '=<': LESS | EQUAL, '=': EQUAL, '==': EQUAL, '>=': GREATER | EQUAL,
    '=>': GREATER | EQUAL, '>': GREATER, '~': EQUAL | FUZZY, '=~': EQUAL | FUZZY, '~=': EQUAL | FUZZY,
    '<~': LESS | EQUAL | FUZZY, '>~': GREATER | EQUAL | FUZZY,
  },
  exact: EQUAL,
};

const RELATION_MASK = { lt: LESS, le: LESS | EQUAL, eq: EQUAL, ge: GREATER | EQUAL, gt: GREATER } as const;
const ADVISORY: OperatorSyntax<number> = {
  operators: Object.fromEntries(Object.entries(ADVISORY_OPERATORS).map(([op, relation]) => [op, RELATION_MASK[relation]])),
  exact: EQUAL,
};

function versioningOf<V>(parse: (text: string) => Result<V>, compare: (a: V, b: V, fuzzy: boolean) => -1 | 0 | 1): Versioning<V> {
  const holds = (mask: number, version: V, bound: V): boolean => {
    const order = compare(version, bound, (mask & FUZZY) !== 0);
    return (mask & (order < 0 ? LESS : order > 0 ? GREATER : EQUAL)) !== 0;
  };
  return {
    parse,
    compare: (a, b) => compare(a, b, false),
    parseRange: (text: string, syntax: RangeSyntax) => parseOperatorRange(text, syntax === 'native' ? NATIVE : ADVISORY, parse, holds),
  };
}

/** apk version semantics, shared by every apk distribution (apk = Alpine, wolfi): 2.14 and 3.x (version.ts). */
export const apkVersioning: Versioning<ApkVersion> = versioningOf(parseApkVersion, compareApkVersions);
/** Alpine 3.23+ (apk-tools 3): 3.x where it reads both versions, else as apkVersioning (version.ts). */
export const apkTools3FirstVersioning: Versioning<ApkVersion> = versioningOf(parseApkVersion, compareApkVersionsTools3First);
/** apk-tools 2.14 alone (tags v2.14.x). */
export const apkTools2Versioning: Versioning<ApkTools2Version> = versioningOf(parseApkTools2Version, compareApkTools2);
/** apk-tools 3 alone (tags v3.0.x, Alpine 3.23+). */
export const apkTools3Versioning: Versioning<ApkTools3Version> = versioningOf(parseApkTools3Version, compareApkTools3);
