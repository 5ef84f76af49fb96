/**
 * Graphs in the index (issue 15): `npx tsx bench/graphs.ts [--quick]`. Ratios are taken within one run.
 * - Storing edges adds at most 30% to the upsert of a 50,000-dependency scan with 150,000 edges (SQLite): the
 *   same scan written with and without its graph into fresh indices, alternating, medians of the CPU time.
 * - Storage: bytes of the edges of that set (the blob in SQLite) and the index file with and without them.
 * - `depindex why` from the index, with 1,000,000 dependencies stored, answers within 2x of `depindex why` on the
 *   input file (a CycloneDX SBOM of the same 50,000 components), both in one warm process, medians.
 * Prints a table; exits 1 when a budget is missed.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DatabaseSync } from 'node:sqlite';
import { main } from '../src/cli.js';
import type { Dependency } from '../src/model/dependency.js';
import { readInputs } from '../src/run/scan.js';
import { withIntroducedBy } from '../src/store/introduced-by.js';
import { openSqliteStore, type SqliteStore } from '../src/store/sqlite/store.js';
import type { ScanContext, SetToWrite } from '../src/store/store.js';

const QUICK = process.argv.includes('--quick');
const COMPONENTS = 50_000;
const ROOTS = 200;
const PARENTS = 3;
const FILL_PROJECTS = QUICK ? 20 : 475;
const FILL_REFS = ['main', 'release/1.x', 'release/2.x', 'feature/bench'];
const FILL_PER_SET = 500;
const RUNS = QUICK ? 3 : 5;

/** Deterministic generator, so every run measures the same input. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A CycloneDX SBOM of 50,000 npm components: 200 introduced, each other one depending on up to three earlier ones. */
function generateSbom(): string {
  const random = lcg(7);
  const purl = (i: number) => `pkg:npm/package-${i}@${i % 7}.${i % 13}.${i % 3}`;
  const components = Array.from({ length: COMPONENTS }, (_, i) => ({
    type: 'library',
    'bom-ref': `ref-${i}`,
    name: `package-${i}`,
    version: `${i % 7}.${i % 13}.${i % 3}`,
    purl: purl(i),
    licenses: [{ license: { id: i % 2 ? 'MIT' : 'Apache-2.0' } }],
  }));
  const dependsOn = new Map<number, Set<number>>();
  for (let i = ROOTS; i < COMPONENTS; i++) {
    for (let k = 0; k < PARENTS; k++) {
      const parent = Math.floor(random() * i);
      const set = dependsOn.get(parent) ?? new Set<number>();
      set.add(i);
      dependsOn.set(parent, set);
    }
  }
  return JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: { component: { type: 'application', name: 'bench', 'bom-ref': 'root' } },
    components,
    dependencies: [
      { ref: 'root', dependsOn: Array.from({ length: ROOTS }, (_, i) => `ref-${i}`) },
      ...[...dependsOn].map(([from, tos]) => ({ ref: `ref-${from}`, dependsOn: [...tos].map((t) => `ref-${t}`) })),
    ],
  });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const cpuMs = (run: () => void): number => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
async function timed(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const before = process.cpuUsage();
  const t0 = performance.now();
  await run();
  const used = process.cpuUsage(before);
  return { wall: performance.now() - t0, cpu: (used.user + used.system) / 1000 };
}
function open(path: string): SqliteStore {
  const opened = openSqliteStore(path);
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}
const context = (project: string, ref: string, at: string): ScanContext => ({
  project, ref, refType: 'branch', defaultBranch: ref === 'main', commitSha: 'c1', pipelineUrl: null, scannedAt: new Date(at),
});

const rows: [string, string, string][] = [];
let missed = false;
const check = (ok: boolean, budget: string): string => {
  if (!ok) missed = true;
  return `${ok ? 'ok' : 'MISSED'} (${budget})`;
};

const data = join(new URL('..', import.meta.url).pathname, 'bench', '.data');
mkdirSync(data, { recursive: true });
const sbomPath = join(data, 'graph-50k.cdx.json');
writeFileSync(sbomPath, generateSbom());
const read = await readInputs({ patterns: [sbomPath], cwd: data, maxInputBytes: 1e9 });
const big = read.sets[0];
if (!big) throw new Error('the generated SBOM did not read');
let edgeCount = 0;
for (const targets of big.graph.edges.values()) edgeCount += targets.length;

// 1. Upsert with and without edges, into fresh indices, alternating so that load on the machine hits both alike.
const dir = mkdtempSync(join(tmpdir(), 'depindex-bench-graphs-'));
const withGraph: SetToWrite = big;
const without: SetToWrite = { file: big.file, packageManager: big.packageManager, format: big.format, dependencies: big.dependencies };
const cpu = { with: [] as number[], without: [] as number[], againWith: [] as number[], againWithout: [] as number[] };
for (let run = 0; run < RUNS; run++) {
  for (const [label, set] of [['with', withGraph], ['without', without]] as const) {
    const path = join(dir, `upsert-${label}-${run}.db`);
    const store = open(path);
    const first = cpuMs(() => void store.writeScans([{ context: context('bench/big', 'main', '2026-11-01T00:00:00Z'), sets: [set] }]));
    const again = cpuMs(() => void store.writeScans([{ context: context('bench/big', 'main', '2026-11-02T00:00:00Z'), sets: [set] }]));
    cpu[label].push(first);
    cpu[label === 'with' ? 'againWith' : 'againWithout'].push(again);
    await store.close();
  }
}
// writeScans is synchronous inside; its promise settles at once, so the CPU time above is the write's.
const firstRatio = median(cpu.with) / median(cpu.without);
rows.push([`upsert ${COMPONENTS} dependencies, ${edgeCount} edges: with / without edges (cpu, median of ${RUNS})`,
  `${median(cpu.with).toFixed(0)} / ${median(cpu.without).toFixed(0)} ms = ${firstRatio.toFixed(2)}x`, check(firstRatio <= 1.3, '<= 1.30x')]);
const againRatio = median(cpu.againWith) / median(cpu.againWithout);
rows.push(['same scan again: with / without edges', `${median(cpu.againWith).toFixed(0)} / ${median(cpu.againWithout).toFixed(0)} ms = ${againRatio.toFixed(2)}x`, check(againRatio <= 1.3, '<= 1.30x')]);

// 2. Storage of that set's edges.
const db = new DatabaseSync(join(dir, 'upsert-with-0.db'), { readOnly: true });
const blob = Number(db.prepare('SELECT sum(length(edges)) AS n FROM set_edges').get()?.n ?? 0);
db.close();
rows.push([`edges of the ${COMPONENTS}-dependency set in SQLite (blob)`, `${(blob / 1024).toFixed(0)} KiB, ${(blob / edgeCount).toFixed(2)} bytes/edge`, '']);
const fileSize = (path: string): number => statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0);
rows.push(['index file, with / without edges', `${(fileSize(join(dir, 'upsert-with-0.db')) / 1e6).toFixed(1)} / ${(fileSize(join(dir, 'upsert-without-0.db')) / 1e6).toFixed(1)} MB`, '']);

// 3. why over a full index: the big set plus 950,000 dependencies of other projects, each set with edges.
const indexPath = join(dir, 'full.db');
const full = open(indexPath);
await full.writeScan(context('bench/big', 'main', '2026-11-01T00:00:00Z'), [big]);
const random = lcg(11);
let stored = COMPONENTS;
for (let p = 0; p < FILL_PROJECTS; p++) {
  const scans = FILL_REFS.map((ref) => {
    const dependencies: Dependency[] = [];
    const edges = new Map<string, string[]>();
    for (let i = 0; i < FILL_PER_SET; i++) {
      const n = Math.floor(random() * 20_000);
      const purl = `pkg:npm/fill-${n}-${i}@1.0.${p % 10}`;
      dependencies.push({ purl, type: 'npm', namespace: null, name: `fill-${n}-${i}`, version: `1.0.${p % 10}`, introduced: i < 20, development: false, licenses: ['MIT'], checksums: null, source: null });
      if (i >= 20) {
        const parent = dependencies[Math.floor(random() * i)]!.purl;
        edges.set(parent, [...(edges.get(parent) ?? []), purl]);
      }
    }
    return { context: context(`fill/project-${p}`, ref, '2026-11-01T00:00:00Z'), sets: [{ file: 'package-lock.json', packageManager: 'npm', format: 'bench', dependencies, graph: { edges } }] };
  });
  await full.writeScans(scans);
  stored += FILL_REFS.length * FILL_PER_SET;
}
await full.close();

const io = () => {
  let out = '';
  return { stdin: Readable.from(['']), stdout: { write: (t: string) => void (out += t) }, stderr: { write: () => undefined }, env: {}, cwd: data, out: () => out };
};
const target = `package-${COMPONENTS - 1}`;
const fromFile = ['why', target, 'graph-50k.cdx.json'];
const fromIndex = ['why', target, '--project', 'bench/big', '--ref', 'main', '--store', `sqlite:${indexPath}`];
const a = io();
const b = io();
await main(fromFile, a);
await main(fromIndex, b);
if (a.out() !== b.out() || !a.out().includes(' > ')) throw new Error('why from the index and from the file differ');
const times = { file: [] as number[], index: [] as number[], fileWall: [] as number[], indexWall: [] as number[] };
for (let run = 0; run < RUNS; run++) {
  const f = await timed(() => main(fromFile, io()));
  const i = await timed(() => main(fromIndex, io()));
  times.file.push(f.cpu);
  times.fileWall.push(f.wall);
  times.index.push(i.cpu);
  times.indexWall.push(i.wall);
}
const whyRatio = median(times.index) / median(times.file);
rows.push([`why ${target}: from the file (${COMPONENTS} components) / from the index (${stored} stored), cpu`,
  `${median(times.file).toFixed(0)} / ${median(times.index).toFixed(0)} ms = index ${whyRatio.toFixed(2)}x the file`, check(whyRatio <= 2, 'index <= 2x file')]);
rows.push(['the same, wall time', `${median(times.fileWall).toFixed(0)} / ${median(times.indexWall).toFixed(0)} ms`, '']);
// 4. introducedBy on a page of search hits: the worst case, a page of 50 hits all in the 50,000-dependency set,
// whose graph is read whole, against the search alone.
const reader = open(indexPath);
const page = { project: 'bench/big', limit: 50, offset: 0 };
const searchOnly: number[] = [];
const searchWith: number[] = [];
for (let run = 0; run < RUNS; run++) {
  searchOnly.push((await timed(() => reader.search(page))).cpu);
  searchWith.push((await timed(async () => {
    const found = await reader.search(page);
    if (!found.ok || !(await withIntroducedBy(reader, found.value)).ok) throw new Error('search failed');
  })).cpu);
}
await reader.close();
rows.push([`search page of 50 hits in the ${COMPONENTS}-dependency set: alone / with introducedBy, cpu`, `${median(searchOnly).toFixed(0)} / ${median(searchWith).toFixed(0)} ms`, '']);
rows.push(['full index file', `${(fileSize(indexPath) / 1e6).toFixed(0)} MB`, '']);
rmSync(dir, { recursive: true, force: true });

const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]?.length ?? 0)));
for (const r of [['measure', 'figure', 'budget'] as [string, string, string], ...rows]) console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd());
process.exitCode = missed ? 1 : 0;
