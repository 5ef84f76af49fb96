import { err, ok, type Result } from '../../model/result.js';
import { parseOrderAdvisoryRange } from '../shared/advisory-syntax.js';
import { compareSemVer2 } from '../shared/semver2.js';
import type { Ecosystem, Versioning } from '../types.js';

/**
 * Go module versions as golang.org/x/mod/semver defines them (what `go` itself uses), the leading `v` optional
 * (see parseGoVersion), `vMAJOR` and `vMAJOR.MINOR` are shorthands for `.0` (without pre-release or build), build metadata such as
 * `+incompatible` is ignored by Compare, and pseudo-versions (v0.0.0-20191109021931-daa7c04131f5,
 * v1.2.4-0.2019..., v1.2.3-pre.0.2019...) are ordinary pre-releases, ordered by plain semver precedence.
 */
export interface GoVersion {
  readonly major: string;
  readonly minor: string;
  readonly patch: string;
  readonly pre: readonly string[];
  readonly build: string;
}

const isIdentChar = (c: string): boolean => /^[0-9A-Za-z-]$/.test(c);
const isDigits = (s: string): boolean => /^[0-9]+$/.test(s);

/** x/mod/semver parseInt: digits, no leading zero. Returns the digits' end index or -1. */
function intEnd(v: string, start: number): number {
  let i = start;
  while (i < v.length && v[i]! >= '0' && v[i]! <= '9') i++;
  if (i === start || (v[start] === '0' && i - start > 1)) return -1;
  return i;
}

function identifiers(text: string, numericLeadingZeroBad: boolean): string[] | null {
  const ids = text.split('.');
  for (const id of ids) {
    if (id === '' || ![...id].every(isIdentChar)) return null;
    if (numericLeadingZeroBad && isDigits(id) && id.length > 1 && id.startsWith('0')) return null;
  }
  return ids;
}

/**
 * Without its leading `v` (`1.2.3`, `0.0.0-2025...-c91a1f404695`, as OSV Go records and several SBOM generators
 * write it) a version is read as the same version with one: golang.org/x/vuln adds the `v` the same way before it
 * compares OSV versions with x/mod/semver. The text itself is kept as written; only the comparison sees the `v`.
 */
export function parseGoVersion(written: string): Result<GoVersion> {
  const bad = err(`"${written}" is not a valid Go module version (golang.org/x/mod/semver: vMAJOR[.MINOR[.PATCH[-PRE][+BUILD]]])`);
  const text = written.startsWith('v') ? written : `v${written}`;
  const majorEnd = intEnd(text, 1);
  if (majorEnd < 0) return bad;
  const major = text.slice(1, majorEnd);
  if (majorEnd === text.length) return ok({ major, minor: '0', patch: '0', pre: [], build: '' });
  if (text[majorEnd] !== '.') return bad;
  const minorEnd = intEnd(text, majorEnd + 1);
  if (minorEnd < 0) return bad;
  const minor = text.slice(majorEnd + 1, minorEnd);
  if (minorEnd === text.length) return ok({ major, minor, patch: '0', pre: [], build: '' });
  if (text[minorEnd] !== '.') return bad;
  const patchEnd = intEnd(text, minorEnd + 1);
  if (patchEnd < 0) return bad;
  const patch = text.slice(minorEnd + 1, patchEnd);
  let rest = text.slice(patchEnd);
  let pre: string[] = [];
  if (rest.startsWith('-')) {
    const plus = rest.indexOf('+');
    const preText = plus < 0 ? rest.slice(1) : rest.slice(1, plus);
    const ids = identifiers(preText, true);
    if (!ids) return bad;
    pre = ids;
    rest = plus < 0 ? '' : rest.slice(plus);
  }
  let build = '';
  if (rest.startsWith('+')) {
    if (!identifiers(rest.slice(1), false)) return bad;
    build = rest.slice(1);
    rest = '';
  }
  if (rest !== '') return bad;
  return ok({ major, minor, patch, pre, build });
}

const versioning: Versioning<GoVersion> = {
  parse: parseGoVersion,
  compare: compareSemVer2,
  // Go has no range syntax of its own (go.mod names exact versions; MVS picks the maximum), so the native syntax
  // is the advisory one: `||` between alternatives, space or `&&` between constraints.
  parseRange: (text) => parseOrderAdvisoryRange(text, parseGoVersion, compareSemVer2),
};

export const golang = {
  type: 'golang',
  aliases: ['go'],
  // Module paths are case-sensitive (github.com/Sirupsen/logrus and github.com/sirupsen/logrus are different
  // modules; the proxy escapes capitals as !s), so the path is kept exactly: namespace/name joined by `/`.
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
  // A module path's last segment is the name, everything before it the namespace (the purl spec's golang rule).
  splitName: (fullName) => {
    const slash = fullName.lastIndexOf('/');
    return slash > 0 ? [fullName.slice(0, slash), fullName.slice(slash + 1)] : [null, fullName];
  },
  versioning,
} satisfies Ecosystem<GoVersion>;
