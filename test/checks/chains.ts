import type { Dependency } from '../../src/model/dependency.js';
import type { DependencySet } from '../../src/model/dependency-set.js';

export const dep = (i: number): Dependency => ({
  purl: `pkg:npm/p${i}@1.0.0`,
  type: 'npm',
  namespace: null,
  name: `p${i}`,
  version: '1.0.0',
  introduced: i === 0,
  development: false,
  licenses: null,
  checksums: null,
  source: null,
});

/** p0 -> p1 -> ... -> p(depth-1), p0 introduced. */
export function chain(depth: number): DependencySet {
  const dependencies = Array.from({ length: depth }, (_, i) => dep(i));
  const edges = new Map<string, string[]>();
  for (let i = 0; i + 1 < depth; i++) edges.set(`pkg:npm/p${i}@1.0.0`, [`pkg:npm/p${i + 1}@1.0.0`]);
  return { file: 'package-lock.json', packageManager: 'npm', format: 'npm-lock', dependencies, graph: { edges } };
}
