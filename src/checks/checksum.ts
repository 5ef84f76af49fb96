import type { Dependency } from '../model/dependency.js';
import type { CheckContext, DraftFinding } from './context.js';
import { registryOf } from './registry.js';

const short = (hex: string): string => `${hex.slice(0, 12)}…`;

/**
 * checksum-changed: the same package version from the same registry was stored before (any ref of the project,
 * or the base reports) with a different digest of the same algorithm. A digest some earlier scan agrees with
 * is not a change: the artifact is the one seen before.
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

function changedAlgorithm(d: Dependency, before: ReadonlyMap<string, ReadonlySet<string>>): { algorithm: string; was: string; now: string } | null {
  let changed: { algorithm: string; was: string; now: string } | null = null;
  for (const algorithm of Object.keys(d.checksums ?? {}).sort()) {
    const digest = (d.checksums as Record<string, string>)[algorithm] as string;
    const known = before.get(algorithm);
    if (!known) continue;
    // One algorithm agreeing with what was seen means the same artifact; others may just be missing before.
    if (known.has(digest)) return null;
    changed ??= { algorithm, was: [...known].sort()[0] as string, now: digest };
  }
  return changed;
}
