import semver from 'semver';
import { err, ok, type Result } from '../../model/result.js';
import type { Ecosystem, RangeSyntax, VersionRange, Versioning } from '../types.js';
import { LOWER_CASE_SEGMENT } from '../shared/purl-rule.js';

// node-semver is npm's own implementation, so it is the reference itself: every answer here is its answer with
// default options (loose: false, includePrerelease: false), which is what `npm install` uses.

function parse(text: string): Result<semver.SemVer> {
  const version = semver.parse(text, { loose: false });
  return version ? ok(version) : err(`"${text}" is not a valid npm (semver) version`);
}

function parseRange(text: string, syntax: RangeSyntax): Result<VersionRange<semver.SemVer>> {
  // DESIGN.md 8.1 advisory syntax differs from node-semver's only by allowing `&&` between constraints.
  const source = syntax === 'advisory' ? text.replaceAll('&&', ' ') : text;
  let range: semver.Range;
  try {
    range = new semver.Range(source, { loose: false });
  } catch (e) {
    return err(`"${text}" is not a valid npm range: ${(e as Error).message}`);
  }
  return ok({ text, contains: (version) => range.test(version) });
}

const versioning: Versioning<semver.SemVer> = {
  parse,
  compare: (a, b) => a.compare(b),
  parseRange,
};

export const npm = {
  type: 'npm',
  aliases: [],
  // Scoped names stay `@scope/name` (DESIGN.md 4). npm names are case-sensitive for old packages (JSONStream and
  // jsonstream are different packages), so the case is kept; search is case-insensitive anyway.
  canonicalName: (namespace, name) => {
    if (!namespace) return name;
    return `${namespace.startsWith('@') ? namespace : `@${namespace}`}/${name}`;
  },
  // Only a scope ("@scope/name") is a namespace; a "/" elsewhere stays in the name.
  splitName: (fullName) => {
    const slash = fullName.indexOf('/');
    return fullName.startsWith('@') && slash > 0 ? [fullName.slice(0, slash), fullName.slice(slash + 1)] : [null, fullName];
  },
  versioning,
  // packageurl-js lower-cases npm names and writes a scope "@s" as "%40s" (the purl spec's rule for the type).
  plainPurl: { segment: LOWER_CASE_SEGMENT, namespace: 'optional', atScope: true },
} satisfies Ecosystem<semver.SemVer>;
