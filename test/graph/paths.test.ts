import { describe, expect, it } from 'vitest';
import { pathsTo, shortestPathFinder } from '../../src/graph/paths.js';
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

/** 12 layers of 4 fully connected nodes, the first layer introduced, down to t: 4^12 paths, far too many to enumerate. */
function dense(): DependencySet {
  const edges: string[] = [];
  for (let layer = 0; layer < 12; layer++) {
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) edges.push(`l${layer}n${i} -> l${layer + 1}n${j}`);
  }
  for (let i = 0; i < 4; i++) edges.push(`l12n${i} -> t`);
  return graph(['l0n0', 'l0n1', 'l0n2', 'l0n3'], edges);
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
    const result = pathsTo(dense(), 't', { maxPaths: 3, maxExpansions: 10_000 });
    expect(result.paths).toHaveLength(0);
    expect(result.countCapped).toBe(true);
  });

  it('starts from the graph roots when the input does not say what is direct', () => {
    const set = graph([], ['r -> x', 'x -> t']);
    expect(pathsTo(set, 't').paths).toEqual([['r', 'x', 't']]);
  });
});

describe('shortestPathFinder', () => {
  // A small deterministic generator, so a failure names a seed that reproduces it.
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  it('gives the first path pathsTo lists, on 300 random graphs with cycles, with and without introduced nodes', () => {
    let compared = 0;
    let found = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const nodes = Array.from({ length: 4 + Math.floor(next() * 20) }, (_, i) => `n${i}`);
      const edges = new Set<string>();
      const edgeCount = Math.floor(next() * nodes.length * 3);
      for (let e = 0; e < edgeCount; e++) {
        const from = nodes[Math.floor(next() * nodes.length)];
        const to = nodes[Math.floor(next() * nodes.length)];
        if (from !== to) edges.add(`${from} -> ${to}`);
      }
      const direct = seed % 3 === 0 ? [] : nodes.filter(() => next() < 0.2);
      const set = graph(direct, [...edges]);
      const find = shortestPathFinder(set);
      for (const target of set.dependencies.map((d) => d.purl)) {
        const [first] = pathsTo(set, target, { maxPaths: 1, maxExpansions: 10_000_000 }).paths;
        expect(find(target), `seed ${seed}, target ${target}`).toEqual(first ?? null);
        compared++;
        if (first && first.length > 1) found++;
      }
    }
    // The graphs must be varied enough that most targets have a path of more than one node.
    expect(compared).toBeGreaterThan(3000);
    expect(found).toBeGreaterThan(compared / 3);
  });

  it('finds a path where counting all of them is cut short', () => {
    const path = shortestPathFinder(dense())('t');
    expect(path).toEqual(['l0n0', ...Array.from({ length: 12 }, (_, layer) => `l${layer + 1}n0`), 't']);
  });
});
