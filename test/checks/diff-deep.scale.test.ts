// Timed test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
// A deep dependency chain (issue 11, item 6): via paths made the diff O(depth²); the diff is linear in the chain.
import { describe, expect, it } from 'vitest';
import { diffSets } from '../../src/checks/diff.js';
import { timeBudget } from '../time-budget.js';
import { chain, dep } from './chains.js';

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('via paths on a deep chain', () => {
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
