/**
 * Checks benchmark (issue 13): `npx tsx bench/checks.ts`.
 * A generated CycloneDX SBOM of 50,000 components (licences from a 40-licence mix, sources, checksums, 150,000
 * edges) is scanned in one warmed-up process, side by side: without a policy, and with 1,000 deny rules (900
 * exact purls, some with ranges; 100 globs) and a 30-licence allow list. The checks must add at most 15% to the
 * scan (`depindex scan --no-store --sbom --json`, the TypeScript sources). Runs alternate, medians compared.
 * Prints a table; exits 1 when the budget is missed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli.js';

const root = new URL('..', import.meta.url).pathname;
const data = join(root, 'bench', '.data', 'checks');
mkdirSync(data, { recursive: true });

const COMPONENTS = 50_000;
const EDGES = 150_000;
const RUNS = 5;
const BUDGET = 1.15;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ALLOWED = [
  'MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', '0BSD', 'Unlicense', 'CC0-1.0', 'Zlib', 'BSL-1.0', 'PSF-2.0', 'Python-2.0',
  'MPL-2.0', 'EPL-2.0', 'EPL-1.0', 'CDDL-1.0', 'CDDL-1.1', 'Artistic-2.0', 'OFL-1.1', 'CC-BY-4.0', 'CC-BY-3.0', 'BlueOak-1.0.0', 'WTFPL',
  'X11', 'NCSA', 'UPL-1.0', 'Ruby', 'PHP-3.01', 'PostgreSQL', 'curl',
];
const OTHERS = ['GPL-2.0-only', 'GPL-3.0-or-later', 'LGPL-2.1-only', 'AGPL-3.0-only', 'MIT OR GPL-3.0-only', 'MIT AND GPL-2.0-only', 'Apache-2.0 WITH LLVM-exception', 'Apache 2', '(MIT OR Apache-2.0) AND ISC', 'SSPL-1.0'];

function generateSbom(): string {
  const random = lcg(7);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const components = [];
  for (let i = 0; i < COMPONENTS; i++) {
    const scoped = i % 5 === 0;
    const name = `package-${i}`;
    const version = `${i % 7}.${i % 13}.${i % 3}`;
    const licence = i % 10 === 0 ? (OTHERS[i % OTHERS.length] as string) : (ALLOWED[i % ALLOWED.length] as string);
    components.push({
      type: 'library',
      'bom-ref': `ref-${i}`,
      group: scoped ? '@scope' : undefined,
      name,
      version,
      purl: scoped ? `pkg:npm/%40scope/${name}@${version}` : `pkg:npm/${name}@${version}`,
      licenses: [licence.includes(' ') ? { expression: licence } : { license: { id: licence } }],
      hashes: [{ alg: 'SHA-512', content: hex(128) }],
      externalReferences: [{ type: 'distribution', url: `https://registry.npmjs.org/${scoped ? '@scope/' : ''}${name}/-/${name}-${version}.tgz` }],
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
  return JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, metadata: { component: { type: 'application', name: 'bench', 'bom-ref': 'root' } }, components, dependencies });
}

function policy(): string {
  const rules: string[] = [];
  for (let i = 0; i < 900; i++) {
    // Every 9th rule hits a package of the SBOM; a third of those with a range.
    const n = i % 9 === 0 ? i * 37 : 100_000 + i;
    const scoped = n % 5 === 0;
    rules.push(`    - purl: "pkg:npm/${scoped ? '%40scope/' : ''}package-${n}"${i % 27 === 0 ? `\n      range: "<${n % 7}.5.0"` : ''}\n      severity: medium`);
  }
  for (let i = 0; i < 100; i++) rules.push(`    - purl: "pkg:${i % 2 ? 'npm' : 'pypi'}/evil-${i}-*"\n      scope: runtime`);
  return `mode: warn\ndependencies:\n  deny:\n${rules.join('\n')}\nlicenses:\n  allow: [${ALLOWED.join(', ')}]\n  unknown: warn\n`;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

writeFileSync(join(data, 'sbom.cdx.json'), generateSbom());
writeFileSync(join(data, 'none.yml'), 'mode: warn\n');
writeFileSync(join(data, 'policy.yml'), policy());

const quiet = { write: () => true };
async function scan(config: string): Promise<number> {
  const io = { stdin: process.stdin, stdout: quiet, stderr: quiet, env: {}, cwd: data };
  const t0 = performance.now();
  const code = await main(['scan', 'sbom.cdx.json', '--no-store', '--sbom', 'out.cdx.json', '--json', 'out.json', '--findings', 'findings.json', '--config', config], io);
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`scan exited ${code}`);
  return ms;
}

await scan('none.yml'); // warm-up: JIT and the lazily loaded modules
await scan('policy.yml');
const without: number[] = [];
const withChecks: number[] = [];
for (let i = 0; i < RUNS; i++) {
  without.push(await scan('none.yml'));
  withChecks.push(await scan('policy.yml'));
}
const a = median(without);
const b = median(withChecks);
const ratio = b / a;
const findings = JSON.parse((await import('node:fs')).readFileSync(join(data, 'findings.json'), 'utf8')).findings.length as number;
console.log('| scan of 50,000 components | median of 5 (ms) |');
console.log('|---|---|');
console.log(`| no policy | ${a.toFixed(0)} |`);
console.log(`| 1,000 deny rules + 30-licence allow list (${findings} findings) | ${b.toFixed(0)} |`);
console.log(`| added by the checks | ${((ratio - 1) * 100).toFixed(1)}% (budget ${((BUDGET - 1) * 100).toFixed(0)}%) |`);
process.exit(ratio <= BUDGET ? 0 : 1);
