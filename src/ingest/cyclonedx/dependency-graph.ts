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
  // Plain loops, and places built only for problems: this runs once per entry of a 50,000-entry section.
  for (let i = 0; i < value.length; i++) {
    const entry: unknown = value[i];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push({ place: `/dependencies/${i}`, message: 'dependency entry is not an object; skipped' });
      continue;
    }
    const { ref, dependsOn } = entry as { ref?: unknown; dependsOn?: unknown };
    if (typeof ref !== 'string' || ref === '') {
      const what = ref === undefined ? 'has no "ref"' : ref === '' ? 'has an empty "ref"' : 'has a "ref" that is not a string';
      problems.push({ place: `/dependencies/${i}/ref`, message: `dependency entry ${what}; skipped` });
      continue;
    }
    if (dependsOn !== undefined && !Array.isArray(dependsOn)) {
      problems.push({ place: `/dependencies/${i}/dependsOn`, message: 'dependsOn is not an array; skipped' });
    }
    const targets: readonly unknown[] = Array.isArray(dependsOn) ? dependsOn : [];
    const earlier = out.get(ref);
    // The usual entry lists only refs, and its array is kept as it is rather than copied.
    if (earlier === undefined && targets.every(isRef)) {
      out.set(ref, targets as string[]);
      continue;
    }
    const joined = earlier === undefined ? [] : [...earlier];
    for (let k = 0; k < targets.length; k++) {
      const to = targets[k];
      if (isRef(to)) joined.push(to);
      else problems.push({ place: `/dependencies/${i}/dependsOn/${k}`, message: 'dependsOn entry is not a ref; skipped' });
    }
    out.set(ref, joined);
  }
  return out;
}

const isRef = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Direct dependencies are what the BOM's subject (metadata.component) depends on. When the subject is not
 * in the graph the BOM does not say, and every `direct` stays null.
 */
export function directRefsOf(rootRef: string | null, graph: DependsOn): ReadonlySet<string> | null {
  const targets = rootRef === null ? undefined : graph.get(rootRef);
  return targets === undefined ? null : new Set(targets);
}
