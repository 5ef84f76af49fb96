import type { Problem } from '../../model/problem.js';

/** `dependencies[]` as ref -> refs it depends on; entries for the same ref are joined. */
export type DependsOn = ReadonlyMap<string, readonly string[]>;

/**
 * Reads the `dependencies` section. An entry without a usable `ref` (the spec's own negative test vector
 * invalid-dependency-1.6.json has one missing and one empty) is a problem; the other entries still count.
 */
export function readDependsOn(value: unknown, problems: Problem[]): DependsOn {
  const out = new Map<string, string[]>();
  if (value === undefined) return out;
  if (!Array.isArray(value)) {
    problems.push({ place: '/dependencies', message: 'dependencies is not an array; the BOM is read without edges' });
    return out;
  }
  value.forEach((entry: unknown, i) => {
    const place = `/dependencies/${i}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({ place, message: 'dependency entry is not an object; skipped' });
      return;
    }
    const { ref, dependsOn } = entry as { ref?: unknown; dependsOn?: unknown };
    if (typeof ref !== 'string' || ref === '') {
      const what = ref === undefined ? 'has no "ref"' : ref === '' ? 'has an empty "ref"' : 'has a "ref" that is not a string';
      problems.push({ place: `${place}/ref`, message: `dependency entry ${what}; skipped` });
      return;
    }
    let targets = out.get(ref);
    if (targets === undefined) out.set(ref, (targets = []));
    if (dependsOn === undefined) return;
    if (!Array.isArray(dependsOn)) {
      problems.push({ place: `${place}/dependsOn`, message: 'dependsOn is not an array; skipped' });
      return;
    }
    dependsOn.forEach((to: unknown, k) => {
      if (typeof to === 'string' && to !== '') targets.push(to);
      else problems.push({ place: `${place}/dependsOn/${k}`, message: 'dependsOn entry is not a ref; skipped' });
    });
  });
  return out;
}

/**
 * Direct dependencies are what the BOM's subject (metadata.component) depends on. When the subject is not
 * in the graph the BOM does not say, and every `direct` stays null.
 */
export function directRefsOf(rootRef: string | null, graph: DependsOn): ReadonlySet<string> | null {
  const targets = rootRef === null ? undefined : graph.get(rootRef);
  return targets === undefined ? null : new Set(targets);
}
