import type { RangeSyntax, Versioning } from '../types.js';
import { ADVISORY_OPERATORS, parseOperatorRange, type OperatorSyntax } from '../shared/os-range.js';
import { compareApkVersions, parseApkVersion, type ApkVersion } from './version.js';

// apk_version_match: an operator is a mask of the answers it accepts; `~` also makes the comparison fuzzy (the
// package version may extend the bound: `~1.2` holds for 1.2.3).
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

function holds(mask: number, version: ApkVersion, bound: ApkVersion): boolean {
  const order = compareApkVersions(version, bound, (mask & FUZZY) !== 0);
  return (mask & (order < 0 ? LESS : order > 0 ? GREATER : EQUAL)) !== 0;
}

/** apk version semantics, shared by every apk distribution (apk = Alpine, wolfi). */
export const apkVersioning: Versioning<ApkVersion> = {
  parse: parseApkVersion,
  compare: (a, b) => compareApkVersions(a, b),
  parseRange: (text: string, syntax: RangeSyntax) =>
    parseOperatorRange(text, syntax === 'native' ? NATIVE : ADVISORY, parseApkVersion, holds),
};
