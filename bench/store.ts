/**
 * SQLite store benchmark: `node bench/store.ts [--keep] [--quick]`. Plain Node 24 TypeScript (erasable syntax only).
 * Budgets (issue "The index"): a 50,000-dependency scan upserted in <= 2 s, the same scan again in <= 1 s,
 * search by name p50 <= 50 ms over 1,000,000 stored dependencies. Exits 1 when a budget is missed.
 */
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dependency } from '../src/model/dependency.js';
import type { ScanContext, SetToWrite, Store } from '../src/store/store.js';
import type { SqliteStore } from '../src/store/sqlite/store.js';

// src/ imports its siblings as "./x.js" (what the compiler emits); running the .ts sources directly needs them
// resolved to "./x.ts". Registered before the store is imported, hence the dynamic import below.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (e) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
      throw e;
    }
  },
  // Node strips only erasable syntax by itself; some sources use more (const enum), so they are transformed.
  load(url, context, next) {
    if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) return next(url, context);
    const source = readFileSync(fileURLToPath(url), 'utf8');
    return { format: 'module', source: stripTypeScriptTypes(source, { mode: 'transform' }), shortCircuit: true };
  },
});
const { openSqliteStore } = await import('../src/store/sqlite/store.js');

// --quick: a 20,000-row index instead of a million, to check the bench itself runs.
const PROJECTS = process.argv.includes('--quick') ? 10 : 500;
const REFS = ['main', 'release/1.x', 'release/2.x', 'feature/bench'];
const PER_SET = 500;
const NAMES = 20_000;
const BIG_SCAN = 50_000;
const SEARCHES = 200;

// Deterministic pseudo-random numbers (mulberry32), so every run stores the same data.
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
/** Skewed towards small indices, as real dependency popularity is: a few packages are everywhere. */
const popularIndex = (n: number): number => Math.floor(n * random() ** 3);

const TYPES = ['npm', 'pypi', 'maven', 'golang', 'gem'];
function dependency(index: number, version: string, development: boolean): Dependency {
  const type = TYPES[index % TYPES.length] ?? 'npm';
  const namespace = type === 'maven' ? `org.example${index % 50}` : type === 'golang' ? 'github.com/example' : null;
  const bare = `package-${index}`;
  const name = namespace ? `${namespace}/${bare}` : bare;
  return {
    purl: `pkg:${type}/${namespace ? namespace + '/' : ''}${bare}@${version}`,
    type,
    namespace,
    name,
    version,
    introduced: index % 7 === 0,
    development,
    licenses: index % 3 === 0 ? ['MIT'] : ['Apache-2.0 OR MIT'],
    checksums: { sha256: (index * 2654435761).toString(16).padStart(64, '0') },
    source: `https://registry.example/${type}/`,
  };
}

function randomSet(file: string, size: number): SetToWrite {
  const seen = new Set<number>();
  const dependencies: Dependency[] = [];
  while (dependencies.length < size) {
    const index = popularIndex(NAMES);
    if (seen.has(index)) continue;
    seen.add(index);
    dependencies.push(dependency(index, `${1 + (index % 5)}.${Math.floor(random() * 20)}.${Math.floor(random() * 10)}`, random() < 0.3));
  }
  return { file, packageManager: 'npm', format: 'bench', dependencies };
}

function context(project: string, ref: string, at: Date, commit: string): ScanContext {
  return { project, ref, refType: 'branch', defaultBranch: ref === 'main', commitSha: commit, pipelineUrl: null, scannedAt: at };
}

/** Wall and CPU milliseconds: on a busy machine the wall time is mostly waiting, the CPU time is the work. */
async function timed<T>(run: () => Promise<T>): Promise<[T, number, number]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return [value, performance.now() - start, (used.user + used.system) / 1000];
}
const ms = (wall: number, cpu: number): string => `${wall.toFixed(0)} ms (cpu ${cpu.toFixed(0)})`;

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const dir = mkdtempSync(join(tmpdir(), 'depindex-bench-'));
const path = join(dir, 'index.db');
const store: SqliteStore = (() => {
  const opened = openSqliteStore(path);
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
})();
const rows: [string, string, string][] = [];
const row = (what: string, figure: string, budget = ''): void => {
  rows.push([what, figure, budget]);
};
let missed = false;
const check = (ms: number, budget: number): string => {
  if (ms > budget) missed = true;
  return `${ms <= budget ? 'ok' : 'MISSED'} (<= ${budget} ms)`;
};

// 1. The big scan into an empty index, and again unchanged.
const big = Array.from({ length: 10 }, (_, i) => randomSet(`services/s${i}/package-lock.json`, BIG_SCAN / 10));
const day1 = new Date('2026-11-01T00:00:00Z');
const [, firstMs, firstCpu] = await timed(() => must(store.writeScan(context('bench/big', 'main', day1, 'c1'), big)));
row(`scan of ${BIG_SCAN} dependencies, first write`, ms(firstMs, firstCpu), check(firstMs, 2000));
const [again, againMs, againCpu] = await timed(() => must(store.writeScan(context('bench/big', 'main', new Date('2026-11-02T00:00:00Z'), 'c2'), big)));
row(`same scan again (nothing changed, kept ${again.kept})`, ms(againMs, againCpu), check(againMs, 1000));

// 2. Fill to 1,000,000 dependencies: many projects, several refs; 100 scans per transaction (writeScans).
const [, fillMs, fillCpu] = await timed(async () => {
  let batch: { context: ScanContext; sets: SetToWrite[] }[] = [];
  for (let p = 0; p < PROJECTS; p++) {
    const project = `group${p % 20}/sub${p % 7}/project-${p}`;
    for (const ref of REFS) batch.push({ context: context(project, ref, day1, `c-${p}`), sets: [randomSet('package-lock.json', PER_SET)] });
    if (batch.length >= 100 || p === PROJECTS - 1) {
      await must(store.writeScans(batch));
      batch = [];
    }
  }
});
const stored = PROJECTS * REFS.length * PER_SET + BIG_SCAN;
row(`fill: ${PROJECTS} projects x ${REFS.length} refs x ${PER_SET}`, `${(fillMs / 1000).toFixed(1)} s (cpu ${(fillCpu / 1000).toFixed(1)}), ${Math.round((PROJECTS * REFS.length * PER_SET) / (fillMs / 1000))} rows/s`);

// 3. The big scan once more, now into the full index, with 10% of the versions changed.
const changed = big.map((set) => ({
  ...set,
  dependencies: set.dependencies.map((d, i) => (i % 10 === 0 ? { ...d, version: d.version + '-next', purl: d.purl + '-next' } : d)),
}));
const [changedSummary, changedMs, changedCpu] = await timed(() => must(store.writeScan(context('bench/big', 'main', new Date('2026-11-03T00:00:00Z'), 'c3'), changed)));
row(`scan of ${BIG_SCAN}, 10% changed (+${changedSummary.added} -${changedSummary.removed}), into ${stored} stored`, ms(changedMs, changedCpu), check(changedMs, 2000));
const [, sameMs, sameCpu] = await timed(() => must(store.writeScan(context('bench/big', 'main', new Date('2026-11-04T00:00:00Z'), 'c4'), changed)));
row(`same scan again, into ${stored} stored`, ms(sameMs, sameCpu), check(sameMs, 1000));

// 4. Searches by name over the full index: popular and rare names alike.
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}
async function searchBench(label: string, query: (i: number) => Parameters<Store['search']>[0], budget?: number): Promise<void> {
  const times: number[] = [];
  const cpus: number[] = [];
  let hits = 0;
  for (let i = 0; i < SEARCHES; i++) {
    const [result, wall, cpu] = await timed(() => must(store.search(query(i))));
    times.push(wall);
    cpus.push(cpu);
    hits += result.total;
  }
  times.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const p50 = percentile(times, 0.5);
  row(
    `${label} (${SEARCHES} searches, mean total ${Math.round(hits / SEARCHES)})`,
    `p50 ${p50.toFixed(1)} ms (cpu ${percentile(cpus, 0.5).toFixed(1)}), p95 ${percentile(times, 0.95).toFixed(1)} ms`,
    budget === undefined ? '' : check(p50, budget),
  );
}
const nameOf = (i: number): string => `Package_${popularIndex(NAMES) + (i % 2)}`;
await searchBench('search by name, no type', (i) => ({ name: nameOf(i), limit: 50, offset: 0 }), 50);
await searchBench('search by name and type', (i) => ({ name: `package-${i * 5}`, type: 'npm', limit: 50, offset: 0 }), 50);
await searchBench('search by name in a group, default branch', (i) => ({ name: nameOf(i), group: `group${i % 20}`, defaultBranchOnly: true, limit: 50, offset: 0 }));
await searchBench('search by name, type and version range', (i) => ({ name: `package-${i * 5}`, type: 'npm', versionRange: '>=1.5.0 <1.15.0', limit: 50, offset: 0 }));
await searchBench('search by license in a project', (i) => ({ license: 'mit', project: `group${i % 20}/sub${i % 7}/project-${i}`, limit: 50, offset: 0 }));

const broad: [string, Parameters<Store['search']>[0]][] = [
  ['broad: one type, page 1', { type: 'npm', limit: 50, offset: 0 }],
  ['broad: a group, default branches, page 1', { group: 'group3', defaultBranchOnly: true, limit: 50, offset: 0 }],
];
for (const [label, query] of broad) {
  const [result, wall, cpu] = await timed(() => must(store.search(query)));
  row(`${label} (total ${result.total})`, ms(wall, cpu));
}

await store.close();
row('index file size', `${(statSync(path).size / 1e6).toFixed(0)} MB`);
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
else row('kept at', path);

console.log(`node ${process.version}, ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]?.length ?? 0)));
for (const r of [['measure', 'figure', 'budget'] as [string, string, string], ...rows]) {
  console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
}
process.exitCode = missed ? 1 : 0;
