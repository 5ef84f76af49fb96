/**
 * What a `.depindex.yml` costs a scan: `npx tsx bench/config.ts`. The README's small sample scanned by the committed
 * bundle (bin/depindex.js: `npm run build` first after changing src/), one process each, with and without a
 * configuration file, alternating which runs first; and, in process, validating the configuration with the
 * validator generated ahead of time (src/config/validate-config.generated.ts) against Ajv compiling the schema, as
 * every scan with a configuration did before. Reported, no budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { AJV_OPTIONS } from '../scripts/config-validator/source.js';
import { configSchema } from '../src/config/schema.js';
import { validate as generated } from '../src/config/validate-config.generated.js';

const dir = mkdtempSync(join(tmpdir(), 'depindex-bench-config-'));
const config = join(dir, 'depindex.yml');
// Settings that ask for no extra check: what is timed is reading and validating the file, not a policy.
writeFileSync(config, 'fail-on: high\nchecks:\n  vulnerability: true\n');
const root = join(import.meta.dirname, '..');
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const scan = (extra: readonly string[]): number => {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'depindex.js'), 'scan', join(root, 'fixtures/sample/package-lock.json'), '--no-store', ...extra], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`bench: depindex scan exited ${run.status}: ${run.stderr.slice(0, 300)}`);
  return performance.now() - t0;
};
const without: number[] = [];
const withConfig: number[] = [];
for (let i = 0; i < 15; i++) {
  if (i % 2 === 0) without.push(scan([]));
  withConfig.push(scan(['--config', config]));
  if (i % 2 === 1) without.push(scan([]));
}

// In process, first use as a scan meets it: compiling is paid once per process.
const value = { 'fail-on': 'high', checks: { vulnerability: true } };
let t0 = performance.now();
(generated as unknown as (data: unknown) => boolean)(structuredClone(value));
const generatedMs = performance.now() - t0;
t0 = performance.now();
new Ajv({ ...AJV_OPTIONS, validateSchema: false }).compile(configSchema)(structuredClone(value));
const compiledMs = performance.now() - t0;
rmSync(dir, { recursive: true, force: true });

const rows: [string, string][] = [
  ['depindex scan of the sample (4 dependencies), no configuration: median of 15', `${median(without).toFixed(0)} ms`],
  ['  the same with a .depindex.yml', `${median(withConfig).toFixed(0)} ms`],
  ['  the configuration adds', `${(median(withConfig) - median(without)).toFixed(0)} ms`],
  ['in process, first validation: the generated validator', `${generatedMs.toFixed(1)} ms`],
  ['  Ajv compiling the schema, then validating (before)', `${compiledMs.toFixed(1)} ms`],
];
for (const [what, v] of rows) console.log(`${what.padEnd(90)} ${v.padStart(10)}`);
