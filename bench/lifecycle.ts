/**
 * Retirement and prune on the SQLite store (issue #15): `node bench/lifecycle.ts [--quick]`. Plain Node 24
 * TypeScript (erasable syntax only). Budgets, as ratios in one run (the machine's load moves absolute times): retiring
 * a 50,000-dependency set in a complete scan costs at most 1.5x writing that set did; pruning refs not scanned for
 * 90 days over a 1,000,000-dependency index, removing a quarter of it, takes at most 10 s. Exits 1 when missed.
 */
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dependency } from '../src/model/dependency.js';
import type { ScanContext, SetToWrite } from '../src/store/store.js';

// src/ imports its siblings as "./x.js"; running the .ts sources directly needs them resolved to "./x.ts".
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (e) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
      throw e;
    }
  },
  load(url, context, next) {
    if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) return next(url, context);
    const source = readFileSync(fileURLToPath(url), 'utf8');
    return { format: 'module', source: stripTypeScriptTypes(source, { mode: 'transform' }), shortCircuit: true };
  },
});
const { openSqliteStore } = await import('../src/store/sqlite/store.js');

const quick = process.argv.includes('--quick');
const PROJECTS = quick ? 10 : 500;
const REFS = ['main', 'release/1.x', 'release/2.x', 'feature/old'];
const PER_SET = 500;
const BIG = 50_000;

function deps(from: number, size: number, version: string): Dependency[] {
  return Array.from({ length: size }, (_, i) => ({
    purl: `pkg:npm/package-${from + i}@${version}`, type: 'npm', namespace: null, name: `package-${from + i}`, version,
    introduced: i % 7 === 0, development: false, licenses: ['MIT'], checksums: null, source: null,
  }));
}
const context = (project: string, ref: string, at: string): ScanContext => ({
  project, ref, refType: 'branch', defaultBranch: ref === 'main', commitSha: 'c', pipelineUrl: null, scannedAt: new Date(at),
});
const set = (file: string, dependencies: Dependency[]): SetToWrite => ({ file, packageManager: 'npm', format: 'bench', dependencies });
function must<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

const dir = mkdtempSync(join(tmpdir(), 'depindex-bench-lifecycle-'));
const store = must(openSqliteStore(join(dir, 'index.db')));
let missed = false;
const check = (ms: number, budget: number): string => {
  if (ms > budget) missed = true;
  return `${ms <= budget ? 'ok' : 'MISSED'} (<= ${budget} ms)`;
};
try {
  // Every project at four refs; feature/old was last scanned half a year ago.
  for (let p = 0; p < PROJECTS; p += 100) {
    const batch = [];
    for (let q = p; q < Math.min(PROJECTS, p + 100); q++) {
      for (const ref of REFS) batch.push({ context: context(`group/project-${q}`, ref, ref === 'feature/old' ? '2026-05-01T00:00:00Z' : '2026-11-20T00:00:00Z'), sets: [set('package-lock.json', deps(q, PER_SET, '1.0.0'))] });
    }
    must(await store.writeScans(batch));
  }
  const rows = PROJECTS * REFS.length * PER_SET;
  // A ref with a 50,000-dependency file; a second one is added (its write is the reference), then it goes.
  must(await store.writeScan(context('big/app', 'main', '2026-11-20T00:00:00Z'), [set('package-lock.json', deps(0, BIG, '1.0.0'))]));
  const [, writeMs] = await timed(async () => must(await store.writeScan(context('big/app', 'main', '2026-11-20T01:00:00Z'), [set('yarn.lock', deps(BIG, BIG, '1.0.0'))])));
  const [partial, partialMs] = await timed(async () => must(await store.writeScan(context('big/app', 'main', '2026-11-21T00:00:00Z'), [set('package-lock.json', deps(0, BIG, '1.0.0'))])));
  const [complete, completeMs] = await timed(async () => must(await store.writeScan(context('big/app', 'main', '2026-11-22T00:00:00Z'), [set('package-lock.json', deps(0, BIG, '1.0.0'))], { complete: true })));
  const ratio = (completeMs - partialMs) / writeMs;
  const [dry, dryMs] = await timed(async () => must(await store.prune({ olderThan: new Date('2026-08-22T00:00:00Z'), dryRun: true })));
  const [pruned, pruneMs] = await timed(async () => must(await store.prune({ olderThan: new Date('2026-08-22T00:00:00Z') })));
  const line = (what: string, ms: number, budget = ''): void => console.log(`${what.padEnd(72)} ${ms.toFixed(0).padStart(6)} ms  ${budget}`);
  console.log(`index: ${rows + 2 * BIG} dependencies in ${PROJECTS * REFS.length + 2} sets`);
  line('writing a new 50,000-dependency set (yarn.lock) beside it', writeMs);
  line(`the other set unchanged, partial write (${partial.retired === undefined ? 'nothing retired' : 'retired?'})`, partialMs);
  line(`the same, complete write retiring ${complete.retired?.join(', ') ?? ''}`, completeMs);
  console.log(`${'retiring / writing the 50,000-dependency set'.padEnd(72)} ${ratio.toFixed(2).padStart(6)} x   ${ratio <= 1.5 ? 'ok' : 'MISSED'} (<= 1.5x)`);
  if (ratio > 1.5) missed = true;
  line(`prune --older-than --dry-run: ${dry.length} refs listed`, dryMs);
  line(`prune --older-than: ${pruned.length} refs, ${pruned.length * PER_SET} dependencies removed`, pruneMs, check(pruneMs, 10_000));
  console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(missed ? 1 : 0);
