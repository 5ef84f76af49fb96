import type { Finding } from '../../model/finding.js';
import type { Notification, SetKey } from './types.js';

/**
 * What changed between a set's previous vulnerability findings and the new ones, by fingerprint: a finding not
 * there before is `new`; one whose first fixed version appeared is `fixed-available`; one whose severity or
 * advisory details changed is `updated`. Findings that went away say nothing (the advisory was withdrawn or
 * changed): the findings storage marks them no longer detected.
 */
export function notificationsFor(set: SetKey, previous: readonly Finding[], current: readonly Finding[]): Notification[] {
  const before = new Map(previous.map((f) => [f.id, f]));
  const out: Notification[] = [];
  for (const f of current) {
    const old = before.get(f.id);
    let kind: Notification['kind'] | null = null;
    if (!old) kind = 'new';
    else if (old.fixedVersions.length === 0 && f.fixedVersions.length > 0) kind = 'fixed-available';
    else if (old.severity !== f.severity || JSON.stringify(old.advisory) !== JSON.stringify(f.advisory) || JSON.stringify(old.fixedVersions) !== JSON.stringify(f.fixedVersions)) kind = 'updated';
    if (kind) out.push({ kind, project: set.project, ref: set.ref, file: set.file, purl: f.purl, advisory: f.advisory?.id ?? '', severity: f.severity });
  }
  return out;
}
