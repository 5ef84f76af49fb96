// A deep dependency chain (issue 11, item 6): via paths made the diff O(depth²), 24 s and 1.1 GB for 10,000
// levels, then "Invalid string length" and exit 70. Via paths are bounded, and the diff is linear in the chain.
import { describe, expect, it } from 'vitest';
import { diffSets, MAX_VIA_NAMES } from '../../src/checks/diff.js';
import type { Dependency } from '../../src/model/dependency.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { timeBudget } from '../time-budget.js';

const dep = (i: number): Dependency => ({
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
function chain(depth: number): DependencySet {
  const dependencies = Array.from({ length: depth }, (_, i) => dep(i));
  const edges = new Map<string, string[]>();
  for (let i = 0; i + 1 < depth; i++) edges.set(`pkg:npm/p${i}@1.0.0`, [`pkg:npm/p${i + 1}@1.0.0`]);
  return { file: 'package-lock.json', packageManager: 'npm', format: 'npm-lock', dependencies, graph: { edges } };
}

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('via paths on a deep chain', () => {
  it('a short path is whole; a long one keeps its introduced dependency, its last names and a count of the rest', () => {
    const diff = diffSets('main', [{ file: 'package-lock.json', dependencies: [dep(0)] }], [chain(50)]);
    const added = new Map(diff.files[0]?.added.map((d) => [d.name, d.via]));
    expect(added.get('p3')).toEqual(['p0', 'p1', 'p2']);
    expect(added.get('p10')).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    // p49: 49 names above it; p0, then "… 39 more", then p40..p48.
    expect(added.get('p49')).toEqual(['p0', '… 39 more', 'p40', 'p41', 'p42', 'p43', 'p44', 'p45', 'p46', 'p47', 'p48']);
    for (const via of added.values()) expect((via ?? []).filter((n) => !n.startsWith('…')).length).toBeLessThanOrEqual(MAX_VIA_NAMES);
  });

  it('a 100,000-deep chain diffs in time linear in its size', () => {
    const base = [{ file: 'package-lock.json', dependencies: [dep(0)] }];
    let small: ReturnType<typeof diffSets> | null = null;
    let large: ReturnType<typeof diffSets> | null = null;
    const smallSet = chain(10_000);
    const largeSet = chain(100_000);
    const smallMs = cpuMs(() => (small = diffSets('main', base, [smallSet])));
    const largeMs = cpuMs(() => (large = diffSets('main', base, [largeSet])));
    expect((small as ReturnType<typeof diffSets> | null)?.summary.added).toBe(9_999);
    const deepest = (large as ReturnType<typeof diffSets> | null)?.files[0]?.added.find((d) => d.name === 'p99999');
    expect(deepest?.via).toEqual(['p0', '… 99,989 more', 'p99990', 'p99991', 'p99992', 'p99993', 'p99994', 'p99995', 'p99996', 'p99997', 'p99998']);
    // Quadratic work grows 100 times from 10,000 to 100,000 levels; linear work 10 times.
    expect(largeMs).toBeLessThan(Math.max(smallMs * 30, timeBudget(200)));
    expect(largeMs).toBeLessThan(timeBudget(3_000));
  });
});
