import type { DependencyDiff, DiffDependency } from '../checks/diff-model.js';
import { dependencyJson } from './scan-json.js';

/** `--diff-json` (README "Diff JSON"): `dep` carries the scan contract's fields, plus `via` for new transient ones. */
export function diffJson(diff: DependencyDiff): string {
  const dep = (d: DiffDependency) => ({ ...dependencyJson(d), via: d.via });
  return (
    JSON.stringify(
      {
        target: diff.target,
        targetKnown: diff.targetKnown,
        summary: diff.summary,
        files: diff.files.map((f) => ({
          file: f.file,
          added: f.added.map(dep),
          removed: f.removed.map(dep),
          changed: f.changed.map((c) => ({ name: c.name, type: c.type, from: c.from, to: c.to, direction: c.direction })),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
