import type { Ecosystem } from '../types.js';
import { compareMavenVersions, parseMavenVersion, type MavenVersion } from './comparable-version.js';
import { parseMavenRange } from './range.js';
import { CASED_SEGMENT } from '../shared/purl-rule.js';

/**
 * Maven: ComparableVersion order and VersionRange syntax of maven-artifact 3.9.x (see maven/comparable-version.ts).
 * Canonical name `groupId:artifactId` (DESIGN.md 4), case kept: coordinates are case-sensitive in practice (Maven
 * Central is a case-sensitive file tree, `org.Jenkins` is not `org.jenkins`); case-insensitive search is the
 * store's job, not a reason to merge two real packages here.
 */
export const maven = {
  type: 'maven',
  aliases: [],
  canonicalName: (namespace, name) => (namespace ? `${namespace}:${name}` : name),
  // Gemnasium writes "group/artifact"; "group:artifact" is Maven's own spelling, accepted too.
  splitName: (fullName) => {
    const cut = fullName.includes('/') ? fullName.indexOf('/') : fullName.indexOf(':');
    return cut > 0 ? [fullName.slice(0, cut), fullName.slice(cut + 1)] : [null, fullName];
  },
  versioning: {
    parse: parseMavenVersion,
    compare: compareMavenVersions,
    parseRange: parseMavenRange,
  },
  // packageurl-js keeps Maven's case; a group id is required (the purl spec's rule for the type).
  plainPurl: { segment: CASED_SEGMENT, namespace: 'required' },
} satisfies Ecosystem<MavenVersion>;
