/**
 * Scan benchmark (issue "The scan path"): `npx tsx bench/scan.ts`.
 * - A generated CycloneDX SBOM of 50,000 components and 150,000 edges: `depindex scan --sbom --json` (the built CLI,
 *   run as a user runs it, start-up and exit included) must take at most 3x what the same run spends on JSON.parse
 *   of the input plus JSON.stringify of the parsed object; peak memory under 1 GB.
 *   "The same run" is a fresh process, as the scan is: the baseline is timed in fresh processes too (the parse and
 *   stringify only, not start-up or reading). The figure against the older, stricter baseline (the same work
 *   repeated in one warmed-up process, reading included) is printed beside it.
 * - `depindex --version` starts in under 300 ms.
 * Prints a table; exits 1 when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const data = join(root, 'bench', '.data');
mkdirSync(data, { recursive: true });

const COMPONENTS = 50_000;
const EDGES = 150_000;

/** Deterministic generator, so every run measures the same input. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function generateSbom(): string {
  const random = lcg(42);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const components = [];
  for (let i = 0; i < COMPONENTS; i++) {
    const scoped = i % 5 === 0;
    const name = `package-${i}`;
    const version = `${i % 7}.${i % 13}.${i % 3}`;
    components.push({
      type: 'library',
      'bom-ref': `ref-${i}`,
      group: scoped ? '@scope' : undefined,
      name,
      version,
      purl: scoped ? `pkg:npm/%40scope/${name}@${version}` : `pkg:npm/${name}@${version}`,
      licenses: [{ license: { id: i % 2 ? 'MIT' : 'Apache-2.0' } }],
      hashes: [{ alg: 'SHA-512', content: hex(128) }],
      externalReferences: [{ type: 'distribution', url: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz` }],
      scope: i % 10 === 0 ? 'optional' : 'required',
    });
  }
  const dependsOn = new Map<number, Set<number>>();
  let edges = 0;
  while (edges < EDGES) {
    const from = Math.floor(random() * COMPONENTS);
    const to = Math.floor(random() * COMPONENTS);
    if (from === to) continue;
    const set = dependsOn.get(from) ?? new Set<number>();
    if (set.has(to)) continue;
    set.add(to);
    dependsOn.set(from, set);
    edges++;
  }
  const dependencies = [
    { ref: 'root', dependsOn: Array.from({ length: 200 }, (_, i) => `ref-${i * 7}`) },
    ...[...dependsOn].map(([from, tos]) => ({ ref: `ref-${from}`, dependsOn: [...tos].map((t) => `ref-${t}`) })),
  ];
  return JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: { component: { type: 'application', name: 'bench', 'bom-ref': 'root' } },
    components,
    dependencies,
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const sbomPath = join(data, 'sbom-50k.cdx.json');
const text = generateSbom();
writeFileSync(sbomPath, text);

const warmBaselines: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const raw = readFileSync(sbomPath, 'utf8');
  JSON.stringify(JSON.parse(raw));
  warmBaselines.push(performance.now() - t0);
}
const warmBaseline = median(warmBaselines);

const baselineChild = join(data, 'measure-baseline.mjs');
writeFileSync(
  baselineChild,
  `import { readFileSync } from 'node:fs';\n` +
    `const raw = readFileSync(process.argv[2], 'utf8');\n` +
    `const t0 = performance.now();\nJSON.stringify(JSON.parse(raw));\n` +
    `process.stdout.write(String(performance.now() - t0));\n`,
);
const coldBaselines: number[] = [];
for (let i = 0; i < 5; i++) coldBaselines.push(Number(spawnSync(process.execPath, [baselineChild, sbomPath], { encoding: 'utf8' }).stdout));
const baseline = median(coldBaselines);

// The child reports its own peak RSS; the CLI bundle is what users run.
const child = join(data, 'measure-cli.mjs');
writeFileSync(
  child,
  `process.on('exit', () => process.stderr.write('maxrss=' + process.resourceUsage().maxRSS + '\\n'));\n` +
    `const { runCli } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});\nawait runCli(process.argv.slice(2));\n`,
);
const scans: number[] = [];
let peakKb = 0;
for (let i = 0; i < 5; i++) {
  // Fresh output files, as in a CI job.
  rmSync(join(data, 'out.cdx.json'), { force: true });
  rmSync(join(data, 'out.json'), { force: true });
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [child, 'scan', sbomPath, '--sbom', join(data, 'out.cdx.json'), '--json', join(data, 'out.json')], {
    encoding: 'utf8',
  });
  scans.push(performance.now() - t0);
  if (run.status !== 0) throw new Error(`scan failed (${run.status}): ${run.stderr}${run.stdout}`);
  peakKb = Math.max(peakKb, Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? 0));
}
const scan = median(scans);

const starts: number[] = [];
for (let i = 0; i < 9; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, [join(root, 'bin', 'depindex.js'), '--version']);
  starts.push(performance.now() - t0);
}
const start = median(starts);

const rows: [string, string, string][] = [
  ['input', `${(text.length / 1024 / 1024).toFixed(1)} MiB, ${COMPONENTS} components, ${EDGES} edges`, ''],
  ['baseline: JSON.parse + stringify, fresh process', `${baseline.toFixed(0)} ms`, 'median of 5 processes'],
  ['older baseline: read + parse + stringify, warm', `${warmBaseline.toFixed(0)} ms`, 'median of 5 in one process'],
  ['depindex scan --sbom --json (median of 5)', `${scan.toFixed(0)} ms`, `${(scan / baseline).toFixed(2)}x baseline (budget 3x); ${(scan / warmBaseline).toFixed(2)}x the older one`],
  ['peak memory of the scan', `${(peakKb / 1024).toFixed(0)} MiB`, 'budget 1024 MiB'],
  ['depindex --version (median of 9)', `${start.toFixed(0)} ms`, 'budget 300 ms'],
];
console.log('scan benchmark');
for (const [what, value, budget] of rows) console.log(`  ${(what ?? "").padEnd(48)} ${(value ?? "").padEnd(14)} ${budget ?? ""}`);
const ok = scan <= 3 * baseline && peakKb < 1024 * 1024 && start < 300;
if (!ok) {
  console.log('  BUDGET MISSED');
  process.exitCode = 1;
}
