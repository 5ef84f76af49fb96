/**
 * Rescan benchmark (issue "Package metadata"): `npx tsx bench/rescan.ts [--quick]`.
 * 1,000 stored sets of 500 npm dependencies (names from a pool of 20,000, so sets share packages as projects do)
 * and 100,000 affected-package rows over that pool. Side by side in one process:
 *   - scanning the 1,000 SBOMs again: read, parse, graph, index write, advisory matching (what each pipeline does);
 *   - `rescan` of every stored set (each set evaluated: none was before), findings recorded.
 * Rescanning must cost no more than scanning again. Prints a table; exits 1 when the budget is missed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { buildSet } from '../src/graph/build.js';
import { loadInput } from '../src/ingest/load.js';
import { matchVulnerabilities } from '../src/metadata/match/match.js';
import type { AdvisoryRecord } from '../src/metadata/records/types.js';
import { rescan } from '../src/metadata/rescan/rescan.js';
import { openSqliteRescanState } from '../src/metadata/rescan/sqlite-state.js';
import { openSqliteMetadata } from '../src/metadata/store/sqlite-store.js';
import { openSqliteStore } from '../src/store/sqlite/store.js';

const quick = process.argv.includes('--quick');
const SETS = quick ? 100 : 1_000;
const PER_SET = 500;
const POOL = 20_000;
const ADVISORIES = quick ? 5_000 : 50_000;
const dir = mkdtempSync(join(tmpdir(), 'depindex-bench-rescan-'));
const path = join(dir, 'index.db');

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const random = lcg(5);
const sboms: string[] = [];
for (let s = 0; s < SETS; s++) {
  const picked = new Set<number>();
  while (picked.size < PER_SET) picked.add(Math.floor(POOL * random() ** 2));
  const components = [...picked].map((n) => {
    const version = `${n % 3}.${n % 11}.${(n + s) % 5}`;
    return { type: 'library', 'bom-ref': `c${n}`, name: `package-${n}`, version, purl: `pkg:npm/package-${n}@${version}` };
  });
  const file = join(dir, `sbom-${s}.cdx.json`);
  writeFileSync(file, JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components }));
  sboms.push(file);
}
const records: AdvisoryRecord[] = Array.from({ length: ADVISORIES }, (_, i) => ({
  advisory: {
    id: `bench-${i}`, source: 'glad', title: `Advisory ${i}`, description: null, cvssV2: null, cvssV3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    cvssV4: null, severity: null, publishedDate: '2024-01-01', urls: [], identifiers: [{ type: 'cve', name: `CVE-2024-${i}`, value: `CVE-2024-${i}`, url: null }], withdrawn: false,
  },
  packages: [0, 1].map((k) => ({
    type: 'npm', name: `package-${(i * 2 + k) % POOL}`, versions: { kind: 'pmdb' as const, range: `>=${k}.0.0 <${k}.${i % 11}.${i % 5}` },
    fixedVersions: [`${k}.${i % 11}.${i % 5}`], solution: null, distro: null, severity: null, overrides: null,
  })),
}));
{
  const metadata = openSqliteMetadata(path);
  if (!metadata.ok) throw new Error(metadata.error);
  for (let i = 0; i < records.length; i += 5_000) {
    const done = await metadata.value.ingest({ advisories: records.slice(i, i + 5_000), licenses: [], enrichment: [], checkpoint: null });
    if (!done.ok) throw new Error(done.error);
  }
  await metadata.value.close();
}

/** Every SBOM scanned as a pipeline does (in process): read, parse, graph, index write, matching. */
async function scanAll(): Promise<{ ms: number; findings: number }> {
  const index = openSqliteStore(path);
  const metadata = openSqliteMetadata(path);
  if (!index.ok || !metadata.ok) throw new Error('cannot open the bench index');
  let findings = 0;
  const t0 = performance.now();
  for (const [s, file] of sboms.entries()) {
    const loaded = await loadInput(file, { maxInputBytes: 1 << 30 });
    if (!loaded.ok) throw new Error(loaded.message);
    const sets = loaded.result.sets.map((p) => buildSet(p, loaded.parser.id).set);
    const written = await index.value.writeScan({ project: `bench/p${s}`, ref: 'main', refType: 'branch', defaultBranch: true, commitSha: 'x', pipelineUrl: null, scannedAt: new Date() }, sets);
    if (!written.ok) throw new Error(written.error);
    findings += (await matchVulnerabilities(sets, metadata.value)).length;
  }
  const ms = performance.now() - t0;
  await index.value.close();
  await metadata.value.close();
  return { ms, findings };
}

/** Every stored set evaluated by `rescan` (a fresh rescan state: none was evaluated before). */
async function rescanAll(): Promise<{ ms: number; findings: number; evaluated: number }> {
  const forget = new DatabaseSync(path);
  forget.exec('DELETE FROM md_rescan_sets');
  forget.close();
  const index = openSqliteStore(path);
  const metadata = openSqliteMetadata(path);
  const state = openSqliteRescanState(path);
  if (!index.ok || !metadata.ok || !state.ok) throw new Error('cannot open the bench index');
  const t0 = performance.now();
  const outcome = await rescan(index.value, metadata.value, state.value, state.value, { scope: {}, includeDevelopment: true });
  const ms = performance.now() - t0;
  if (!outcome.ok) throw new Error(outcome.error);
  await index.value.close();
  await metadata.value.close();
  state.value.close();
  return { ms, findings: outcome.value.findings, evaluated: outcome.value.evaluated };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const scans: number[] = [];
const rescans: number[] = [];
let scanFindings = 0;
let rescanFindings = 0;
let evaluated = 0;
for (let run = 0; run < 3; run++) {
  const scanned = await scanAll();
  scans.push(scanned.ms);
  scanFindings = scanned.findings;
  const rescanned = await rescanAll();
  rescans.push(rescanned.ms);
  rescanFindings = rescanned.findings;
  evaluated = rescanned.evaluated;
}
rmSync(dir, { recursive: true, force: true });
const ratio = median(rescans) / median(scans);
const rows: [string, string, string][] = [
  [`scanning ${SETS} SBOMs of ${PER_SET} dependencies again (${scanFindings} findings), median of 3`, `${median(scans).toFixed(0)} ms`, ''],
  [`rescan of the ${SETS} stored sets (${evaluated} evaluated, ${rescanFindings} findings), median of 3`, `${median(rescans).toFixed(0)} ms`, ''],
  ['rescan / scanning again', ratio.toFixed(2), ratio <= 1 ? 'ok (<= 1)' : 'MISSED (<= 1)'],
];
for (const [what, value, verdict] of rows) console.log(`${what.padEnd(96)} ${value.padStart(10)}  ${verdict}`);
process.exit(ratio <= 1 ? 0 : 1);
