import type { Finding } from '../model/finding.js';
import type { CheckContext } from './context.js';
import { fingerprint } from './fingerprint.js';
import { registryOf } from './registry.js';

/**
 * History findings (checksum-changed, source-changed) compare with what was stored before; once this ref's scan
 * is stored, the changed value is "stored before" too, and a retried job or the next push would no longer see
 * the change. So a finding stored for this ref stays while the dependency still has exactly the value it was
 * raised for: its fingerprint, recomputed from the current dependency, is the stored id.
 */
export function carryForward(context: CheckContext): Finding[] {
  const standing = context.standing ?? [];
  if (standing.length === 0) return [];
  const current = new Map<string, CheckContext['sets'][number]['dependencies'][number]>();
  for (const set of context.sets) for (const d of set.dependencies) current.set(`${set.file}\u0000${d.purl}`, d);
  const out: Finding[] = [];
  for (const f of standing) {
    if (f.kind !== 'checksum-changed' && f.kind !== 'source-changed') continue;
    if (!context.config.checks[f.kind]) continue;
    const d = current.get(`${f.file}\u0000${f.purl}`);
    if (!d) continue;
    const keys =
      f.kind === 'checksum-changed'
        ? Object.entries(d.checksums ?? {}).map(([algorithm, digest]) => `${algorithm}:${digest}`)
        : [`registry:${registryOf(d) ?? ''}`];
    if (!keys.some((key) => fingerprint(f.kind, f.file, f.purl, key) === f.id)) continue;
    out.push({ ...f, new: true, suppressed: false, suppressedBy: null, introducedBy: [] });
  }
  return out;
}
