/**
 * Deep chain benchmark (issue 11, item 6): `npx tsx bench/deep-chain.ts`.
 * A dependency chain 10,000 and 100,000 levels deep, every level new in the head: the diff (with its bounded
 * "via" paths) and the comment must grow linearly with depth. Budget: 100,000 levels diffed in at most 3,000 ms
 * and at most 15 times the 10,000-level time (quadratic work grows 100 times). Exits 1 when a budget is missed.
 */
import { diffSets } from '../src/checks/diff.js';
import type { Dependency } from '../src/model/dependency.js';
import type { DependencySet } from '../src/model/dependency-set.js';
import { renderDiffComment } from '../src/report/markdown/diff-comment.js';

function chain(depth: number): DependencySet {
  const dependencies: Dependency[] = [];
  const edges = new Map<string, string[]>();
  for (let i = 0; i < depth; i++) {
    dependencies.push({ purl: `pkg:npm/p${i}@1.0.0`, type: 'npm', namespace: null, name: `p${i}`, version: '1.0.0', introduced: i === 0, development: false, licenses: null, checksums: null, source: null });
    if (i + 1 < depth) edges.set(`pkg:npm/p${i}@1.0.0`, [`pkg:npm/p${i + 1}@1.0.0`]);
  }
  dependencies.sort((a, b) => (a.purl < b.purl ? -1 : 1));
  return { file: 'package-lock.json', packageManager: 'npm', format: 'npm-lock', dependencies, graph: { edges } };
}

const base = [{ file: 'package-lock.json', dependencies: [chain(1).dependencies[0] as Dependency] }];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function measure(depth: number): { diffMs: number; renderMs: number } {
  const head = [chain(depth)];
  diffSets('main', base, head); // warm-up
  const diffs: number[] = [];
  const renders: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const diff = diffSets('main', base, head);
    const t1 = performance.now();
    renderDiffComment(diff, { maxLength: 65_536, fullDiffLocation: 'the diff JSON artifact' });
    renders.push(performance.now() - t1);
    diffs.push(t1 - t0);
  }
  return { diffMs: median(diffs), renderMs: median(renders) };
}

const small = measure(10_000);
const large = measure(100_000);
console.log('deep chain benchmark (median of 5)');
console.log(`  10,000 levels    diff ${small.diffMs.toFixed(1).padStart(8)} ms   comment ${small.renderMs.toFixed(1).padStart(7)} ms`);
console.log(`  100,000 levels   diff ${large.diffMs.toFixed(1).padStart(8)} ms   comment ${large.renderMs.toFixed(1).padStart(7)} ms   budget 3,000 ms, 15x`);
if (large.diffMs > 3_000 || large.diffMs > 15 * small.diffMs) {
  console.log('  BUDGET MISSED');
  process.exitCode = 1;
}
