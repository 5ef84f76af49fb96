/**
 * Rescan benchmark (issue "Package metadata"): `npx tsx bench/rescan.ts [--quick]`.
 * Rescanning 1,000 stored sets of 500 dependencies costs no more than scanning them again, in the same run:
 * - scan again: per set, what a pipeline does with it: read and parse its CycloneDX SBOM, build the graph,
 *   enrich (licences and advisories from the synced metadata), run the checks, write sets and findings (one
 *   transaction per scan, as each pipeline commits its own);
 * - rescan after new advisory data touching every set (the worst case: every set is evaluated whole, its
 *   findings written to the findings store), after nothing changed (every set skipped), and after an advisory for
 *   one package a tenth of the sets hold (the others told apart without being read).
 * Prints a table; exits 1 when the budget is missed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecks } from '../src/checks/run.js';
import { parseConfig } from '../src/config/parse.js';
import { buildSet } from '../src/graph/build.js';
import { loadInput } from '../src/ingest/load.js';
import { rescan } from '../src/metadata/rescan/rescan.js';
import { openSqliteRescanState } from '../src/metadata/rescan/sqlite-state.js';
import { storeFindingSink } from '../src/metadata/rescan/store-sink.js';
import type { AdvisoryRecord } from '../src/metadata/records/types.js';
import { openSqliteMetadata } from '../src/metadata/store/sqlite-store.js';
import { enrich } from '../src/run/enrich.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';

const quick = process.argv.includes('--quick');
const SETS = quick ? 100 : 1_000;
const PER_SET = 500;
/** Distinct packages the sets draw from: sets share most of their packages, as a company's projects do. */
const PACKAGES = 5_000;
const dir = mkdtempSync(join(tmpdir(), 'depindex-bench-rescan-'));
const path = join(dir, 'index.db');

const versionOf = (n: number): string => `${n % 3}.${n % 13}.${n % 5}`;

/** Advisories on old versions of every tenth package (a few percent of dependencies affected); `round` shifts ids. */
function advisories(round: number): AdvisoryRecord[] {
  const out: AdvisoryRecord[] = [];
  for (let p = 0; p < PACKAGES; p += 10) {
    const i = round * PACKAGES + p;
    out.push({
      advisory: {
        id: `bench-${i}`, source: 'glad', title: `Advisory ${i}`, description: null, cvssV2: null,
        cvssV3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', cvssV4: null, severity: null, publishedDate: '2024-01-01', urls: [],
        identifiers: [{ type: 'cve', name: `CVE-2024-${i}`, value: `CVE-2024-${i}`, url: null }], withdrawn: false,
      },
      packages: [{ type: 'npm', name: `package-${p}`, versions: { kind: 'pmdb' as const, range: `<1.${(p + round) % 13}.0` }, fixedVersions: [`1.${(p + round) % 13}.0`], solution: null, distro: null, severity: null, overrides: null }],
    });
  }
  return out;
}

async function ingest(round: number, only?: number): Promise<void> {
  const store = openSqliteMetadata(path);
  if (!store.ok) throw new Error(store.error);
  const records = advisories(round).filter((a) => only === undefined || a.packages[0]?.name === `package-${only}`);
  const done = await store.value.ingest({ advisories: records, licenses: [], enrichment: [], checkpoint: null });
  if (!done.ok) throw new Error(done.error);
  await store.value.close();
}

// One SBOM per set: set s holds PER_SET consecutive packages from a rotating start.
const files: string[] = [];
mkdirSync(join(dir, 'sboms'), { recursive: true });
for (let s = 0; s < SETS; s++) {
  const components = Array.from({ length: PER_SET }, (_, k) => {
    const n = (s * 37 + k) % PACKAGES;
    return { type: 'library', 'bom-ref': `c${n}`, name: `package-${n}`, version: versionOf(n), purl: `pkg:npm/package-${n}@${versionOf(n)}` };
  });
  const file = join(dir, 'sboms', `set-${s}.cdx.json`);
  writeFileSync(file, JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components }));
  files.push(file);
}

const config = parseConfig('', '.depindex.yml').config;
if (!config) throw new Error('no default configuration');
await ingest(0);

/** Every set scanned as a pipeline would: read, graph, enrich, check, write sets and findings. */
async function scanAll(at: Date): Promise<number> {
  const index = openSqliteStore(path);
  const metadata = openSqliteMetadata(path);
  if (!index.ok || !metadata.ok) throw new Error('cannot open the index');
  const t0 = performance.now();
  for (let s = 0; s < SETS; s++) {
    const loaded = await loadInput(files[s] as string, { maxInputBytes: 1 << 30 });
    if (!loaded.ok) throw new Error(loaded.message);
    const sets = loaded.result.sets.map((x) => ({ ...buildSet(x, loaded.parser.id).set, file: 'sbom.cdx.json' }));
    const enriched = await enrich(sets, metadata.value, { vulnerabilities: true });
    const matched = await enriched.vulnerabilities;
    const findings = runChecks({ sets: enriched.sets, config: config as NonNullable<typeof config>, reported: [], previous: null, now: at }, null, [() => matched.findings]);
    const context = { project: `bench/p${s}`, ref: 'main', refType: 'branch' as const, defaultBranch: true, commitSha: 'x', pipelineUrl: null, scannedAt: at };
    const written = await index.value.writeScan(context, enriched.sets, { complete: true, findings });
    if (!written.ok) throw new Error(written.error);
  }
  const ms = performance.now() - t0;
  await metadata.value.close();
  await index.value.close();
  return ms;
}

async function rescanAll(): Promise<{ ms: number; evaluated: number; findings: number }> {
  const index = openSqliteStore(path);
  const metadata = openSqliteMetadata(path);
  const state = openSqliteRescanState(path);
  if (!index.ok || !metadata.ok || !state.ok) throw new Error('cannot open the index');
  const t0 = performance.now();
  const outcome = await rescan(index.value, metadata.value, state.value, storeFindingSink(index.value, state.value), { scope: {}, includeDevelopment: true });
  const ms = performance.now() - t0;
  if (!outcome.ok) throw new Error(outcome.error);
  state.value.close();
  await metadata.value.close();
  await index.value.close();
  return { ms, evaluated: outcome.value.evaluated, findings: outcome.value.findings };
}

await scanAll(new Date('2026-11-01T00:00:00Z')); // the stored state
const scanMs = await scanAll(new Date('2026-11-02T00:00:00Z')); // scanning them again, timed
await rescanAll(); // first rescan: records how far each set was evaluated
await ingest(1); // new advisories for packages every set holds
const changed = await rescanAll();
const idle = await rescanAll();
await ingest(2, 770); // one package, in about a tenth of the sets
const partial = await rescanAll();
rmSync(dir, { recursive: true, force: true });

const ratio = changed.ms / scanMs;
const rows: [string, string, string][] = [
  [`scan again: ${SETS} sets x ${PER_SET} dependencies (read, graph, enrich, checks, write)`, `${scanMs.toFixed(0)} ms`, ''],
  [`rescan after new advisories for every set (${changed.evaluated} evaluated, ${changed.findings} findings)`, `${changed.ms.toFixed(0)} ms`, ''],
  ['rescan / scan again', ratio.toFixed(2), ratio <= 1 ? 'ok (<= 1)' : 'MISSED (<= 1)'],
  [`rescan with nothing new (${idle.evaluated} evaluated)`, `${idle.ms.toFixed(0)} ms`, ''],
  [`rescan after an advisory for one package (${partial.evaluated} evaluated)`, `${partial.ms.toFixed(0)} ms`, ''],
];
for (const [what, value, verdict] of rows) console.log(`${what.padEnd(90)} ${value.padStart(10)}  ${verdict}`);
process.exit(ratio <= 1 ? 0 : 1);
