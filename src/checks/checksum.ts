import type { Dependency } from '../model/dependency.js';
import type { CheckContext, DraftFinding } from './context.js';
import { registryOf } from './registry.js';

const short = (hex: string): string => `${hex.slice(0, 12)}…`;

/**
 * checksum-changed: the same package version from the same registry was stored before (any ref of the project,
 * or the base reports) with a different digest of the same algorithm. Every algorithm both sides carry must agree (some
 * earlier scan saw that digest); one that disagrees is a change even when another algorithm still agrees.
 */
export function checksumChanged(context: CheckContext): DraftFinding[] {
  if (!context.previous || !context.config.checks['checksum-changed']) return [];
  const seen = new Map<string, Map<string, Set<string>>>();
  for (const set of context.previous) {
    for (const d of set.dependencies) {
      if (!d.checksums) continue;
      const key = `${d.purl}\u0000${registryOf(d) ?? ''}`;
      let byAlgorithm = seen.get(key);
      if (!byAlgorithm) seen.set(key, (byAlgorithm = new Map()));
      for (const [algorithm, digest] of Object.entries(d.checksums)) {
        const digests = byAlgorithm.get(algorithm);
        if (digests) digests.add(digest);
        else byAlgorithm.set(algorithm, new Set([digest]));
      }
    }
  }
  if (seen.size === 0) return [];
  const out: DraftFinding[] = [];
  for (const set of context.sets) {
    for (const d of set.dependencies) {
      if (!d.checksums) continue;
      const registry = registryOf(d);
      const before = seen.get(`${d.purl}\u0000${registry ?? ''}`);
      if (!before) continue;
      const changed = changedAlgorithm(d, before);
      if (!changed) continue;
      out.push({
        key: `${changed.algorithm}:${changed.now}`,
        kind: 'checksum-changed',
        severity: context.config.severities['checksum-changed'],
        file: set.file,
        purl: d.purl,
        name: d.name,
        version: d.version,
        message:
          `The ${changed.algorithm} checksum of ${d.name} ${d.version}${registry ? ` from ${registry}` : ''} changed since it was indexed ` +
          `(was ${short(changed.was)}, now ${short(changed.now)}): the published artifact was replaced or the lock file was edited. ` +
          'Verify the artifact with its maintainers before merging.',
        rule: 'checksum-changed',
        advisory: null,
        fixedVersions: [],
      });
    }
  }
  return out;
}

/** Stronger digests first: the one reported when several disagree. Unlisted algorithms sort after, by name. */
const STRENGTH = ['sha3-512', 'sha512', 'sha3-384', 'sha384', 'sha3-256', 'sha256', 'sha224', 'sha1', 'md5'];
const strength = (algorithm: string): number => {
  const i = STRENGTH.indexOf(algorithm.toLowerCase());
  return i < 0 ? STRENGTH.length : i;
};

/**
 * The strongest algorithm both sides have whose digest disagrees. Any disagreement is a change: a lock file
 * that keeps the original sha1 beside a new sha512 ("sha512-<evil> sha1-<original>") must not pass because one
 * algorithm still agrees. Algorithms only one side has are not compared.
 */
function changedAlgorithm(d: Dependency, before: ReadonlyMap<string, ReadonlySet<string>>): { algorithm: string; was: string; now: string } | null {
  const algorithms = Object.keys(d.checksums ?? {}).sort((a, b) => strength(a) - strength(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const algorithm of algorithms) {
    const digest = (d.checksums as Record<string, string>)[algorithm] as string;
    const known = before.get(algorithm);
    if (!known || known.has(digest)) continue;
    return { algorithm, was: [...known].sort()[0] as string, now: digest };
  }
  return null;
}
