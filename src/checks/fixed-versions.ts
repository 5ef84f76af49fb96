import type { Finding } from '../model/finding.js';

const namesOf = (f: Finding): string[] =>
  f.advisory ? [f.advisory.id, ...f.advisory.identifiers.map((i) => i.value)].map((n) => n.toUpperCase()) : [];

/**
 * A vulnerability the input reports without fixed versions takes them from the same advisory matched in the
 * synced metadata (same file and purl, an id or alias in common), so `fixedVersions` is filled whichever side
 * knew them. The two often have the same fingerprint and only one is kept (run.ts keeps the input's), so this runs
 * before that. Pure; findings with fixed versions of their own are left as they are.
 */
export function borrowFixedVersions(findings: readonly Finding[]): Finding[] {
  // Most scans have no vulnerability without fixed versions: nothing to borrow, and no aliases to index (3,000
  // matched findings cost 10-15 ms of the scan's thread to index for nothing).
  if (!findings.some((f) => f.kind === 'vulnerability' && f.fixedVersions.length === 0)) return [...findings];
  const known = new Map<string, readonly string[]>();
  for (const f of findings) {
    if (f.kind !== 'vulnerability' || f.fixedVersions.length === 0) continue;
    for (const name of namesOf(f)) {
      const key = `${f.file}\u0000${f.purl}\u0000${name}`;
      if (!known.has(key)) known.set(key, f.fixedVersions);
    }
  }
  if (known.size === 0) return [...findings];
  return findings.map((f) => {
    if (f.kind !== 'vulnerability' || f.fixedVersions.length > 0) return f;
    const found = namesOf(f)
      .map((name) => known.get(`${f.file}\u0000${f.purl}\u0000${name}`))
      .find((v) => v !== undefined);
    return found ? { ...f, fixedVersions: found } : f;
  });
}
