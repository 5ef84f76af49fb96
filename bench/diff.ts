/**
 * Diff benchmark (issue "The merge request dependency diff"): `npx tsx bench/diff.ts`.
 * Diff of two 50,000-dependency scans in at most 200 ms; rendering the comment in at most 100 ms.
 * Prints a table; exits 1 when a budget is missed.
 */
import { diffSets } from '../src/checks/diff.js';
import type { Dependency } from '../src/model/dependency.js';
import type { DependencySet } from '../src/model/dependency-set.js';
import { renderDiffComment } from '../src/report/markdown/diff-comment.js';

const SIZE = 50_000;

function scan(seed: number): DependencySet {
  const dependencies: Dependency[] = [];
  const edges = new Map<string, string[]>();
  for (let i = 0; i < SIZE; i++) {
    // About 2% of the packages change version between the two scans, 1% appear, 1% disappear.
    if (seed === 1 && i % 100 === 0) continue;
    const name = i % 100 === 1 && seed === 1 ? `new-package-${i}` : `package-${i}`;
    const minor = seed === 1 && i % 50 === 7 ? 3 : 2;
    const version = `1.${minor}.${i % 10}`;
    const purl = `pkg:npm/${name}@${version}`;
    dependencies.push({
      purl,
      type: 'npm',
      namespace: null,
      name,
      version,
      introduced: i % 20 === 0,
      development: i % 3 === 0,
      licenses: ['MIT'],
      checksums: null,
      source: null,
    });
    if (i > 0 && i % 20 !== 0) {
      const parent = dependencies[dependencies.length - 2];
      if (parent) edges.set(parent.purl, [purl]);
    }
  }
  dependencies.sort((a, b) => (a.purl < b.purl ? -1 : 1));
  return { file: 'package-lock.json', packageManager: 'npm', format: 'npm-lock', dependencies, graph: { edges } };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

const base = [scan(0)];
const head = [scan(1)];
// Warm-up runs, so the figure is the steady state a CI job sees after start-up, not the JIT's first pass.
for (let i = 0; i < 3; i++) renderDiffComment(diffSets('main', base, head), { maxLength: 65_536, fullDiffLocation: 'x' });

const diffTimes: number[] = [];
const renderTimes: number[] = [];
let summary = '';
let length = 0;
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const diff = diffSets('main', base, head);
  const t1 = performance.now();
  const text = renderDiffComment(diff, { maxLength: 65_536, fullDiffLocation: 'the diff JSON artifact' });
  const t2 = performance.now();
  diffTimes.push(t1 - t0);
  renderTimes.push(t2 - t1);
  summary = JSON.stringify(diff.summary);
  length = text.length;
}
const diffMs = median(diffTimes);
const renderMs = median(renderTimes);
console.log('diff benchmark');
console.log(`  two scans of ${SIZE} dependencies; diff ${summary}`);
console.log(`  diff (median of 7)            ${diffMs.toFixed(1).padStart(7)} ms   budget 200 ms`);
console.log(`  render comment (median of 7)  ${renderMs.toFixed(1).padStart(7)} ms   budget 100 ms   (${length} characters)`);
if (diffMs > 200 || renderMs > 100) {
  console.log('  BUDGET MISSED');
  process.exitCode = 1;
}
