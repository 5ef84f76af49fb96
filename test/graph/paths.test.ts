import { describe, expect, it } from 'vitest';
import { pathsTo } from '../../src/graph/paths.js';
import type { Dependency } from '../../src/model/dependency.js';
import type { DependencySet } from '../../src/model/dependency-set.js';

function graph(direct: string[], edges: string[]): DependencySet {
  const names = new Set(edges.flatMap((e) => e.split(' -> ')).concat(direct));
  const dependencies: Dependency[] = [...names].map((n) => ({
    purl: n,
    type: 'npm',
    namespace: null,
    name: n,
    version: '1',
    introduced: direct.length ? direct.includes(n) : null,
    development: null,
    licenses: null,
    checksums: null,
    source: null,
  }));
  const map = new Map<string, string[]>();
  for (const e of edges) {
    const [from, to] = e.split(' -> ') as [string, string];
    map.set(from, [...(map.get(from) ?? []), to]);
  }
  return { file: 'f', packageManager: null, format: 'x', dependencies, graph: { edges: map } };
}

describe('pathsTo', () => {
  it('lists paths from introduced dependencies, shortest first', () => {
    const set = graph(['a', 'b'], ['a -> c', 'c -> d', 'd -> t', 'b -> t', 'a -> t2']);
    expect(pathsTo(set, 't').paths).toEqual([
      ['b', 't'],
      ['a', 'c', 'd', 't'],
    ]);
  });

  it('survives cycles', () => {
    const set = graph(['a'], ['a -> b', 'b -> c', 'c -> b', 'c -> t']);
    expect(pathsTo(set, 't').paths).toEqual([['a', 'b', 'c', 't']]);
  });

  it('caps the paths shown and counts the rest', () => {
    const edges: string[] = [];
    const direct: string[] = [];
    for (let i = 0; i < 30; i++) {
      direct.push(`d${i}`);
      edges.push(`d${i} -> m${i}`, `m${i} -> t`);
    }
    const result = pathsTo(graph(direct, edges), 't', { maxPaths: 5 });
    expect(result.paths).toHaveLength(5);
    expect(result.omitted).toBe(25);
    expect(result.countCapped).toBe(false);
  });

  it('stops counting in a dense graph and says the count is a lower bound', () => {
    // 12 layers of 4 fully connected nodes: 4^12 paths, far too many to enumerate.
    const edges: string[] = [];
    for (let layer = 0; layer < 12; layer++) {
      for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) edges.push(`l${layer}n${i} -> l${layer + 1}n${j}`);
    }
    for (let i = 0; i < 4; i++) edges.push(`l12n${i} -> t`);
    const result = pathsTo(graph(['l0n0', 'l0n1', 'l0n2', 'l0n3'], edges), 't', { maxPaths: 3, maxExpansions: 10_000 });
    expect(result.paths).toHaveLength(0);
    expect(result.countCapped).toBe(true);
  });

  it('starts from the graph roots when the input does not say what is direct', () => {
    const set = graph([], ['r -> x', 'x -> t']);
    expect(pathsTo(set, 't').paths).toEqual([['r', 'x', 't']]);
  });
});
