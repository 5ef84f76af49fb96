import type { DependencyDiff, DiffDependency } from '../checks/diff-model.js';
import { dependencyJson } from './scan-json.js';

/** `--diff-json` (README "Diff JSON"): `dep` carries the scan contract's fields, plus `via` for new transient ones. */
export function diffJson(diff: DependencyDiff): string {
  const dep = (d: DiffDependency) => ({ ...dependencyJson(d), via: d.via, ...(d.vulnerabilities && { vulnerabilities: d.vulnerabilities }) });
  return (
    JSON.stringify(
      {
        target: diff.target,
        targetKnown: diff.targetKnown,
        complete: (diff.unread ?? []).length === 0,
        unread: diff.unread ?? [],
        summary: diff.summary,
        files: diff.files.map((f) => ({
          file: f.file,
          added: f.added.map(dep),
          removed: f.removed.map(dep),
          // The dependency as it is now (purl, introduced, development, licences ... of the new version), then the change.
          changed: [
            ...f.changed.map((c) => ({ ...dep(c.dependency), name: c.name, type: c.type, from: c.from, to: c.to, direction: c.direction })),
            // Same version, other content (summary.changed): `what` says which fields, from and to.
            ...f.modified.map((m) => ({ ...dep(m.dependency), name: m.name, type: m.type, from: m.version, to: m.version, direction: 'same-version', what: m.changes })),
          ],
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
