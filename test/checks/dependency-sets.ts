import type { Dependency } from '../../src/model/dependency.js';
import type { DependencySet } from '../../src/model/dependency-set.js';

/** A dependency of the diff tests: only what the diff reads is given, the rest is null. */
export function dep(type: string, name: string, version: string, extra: Partial<Dependency> = {}): Dependency {
  const slash = name.lastIndexOf('/');
  return {
    purl: `pkg:${type}/${name}@${version}`,
    type,
    namespace: slash > 0 ? name.slice(0, slash) : null,
    name,
    version,
    introduced: null,
    development: null,
    licenses: null,
    checksums: null,
    source: null,
    ...extra,
  };
}

export function set(file: string, dependencies: Dependency[], edges: [string, string][] = []): DependencySet {
  const map = new Map<string, string[]>();
  for (const [from, to] of edges) map.set(from, [...(map.get(from) ?? []), to]);
  return { file, packageManager: null, format: 'test', dependencies, graph: { edges: map } };
}
