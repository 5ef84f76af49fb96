import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { validateLargeSbom } from '../report/cyclonedx/large-sbom-validation.js';
import { memoryIO } from './io.js';

// Every real file in ../shared/fixtures/external must scan (the spec's invalid-* vector may be refused).
const external = new URL('../../../shared/fixtures/external/', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const inputs = walk(external)
  .map((p) => relative(external, p))
  .filter((p) => p !== 'PROVENANCE.md')
  .sort();

/** The format each file is, by what it is (from PROVENANCE.md), not by what our detection says. */
function expectedFormat(path: string): string {
  const name = path.split('/').pop() as string;
  const byName: Record<string, string> = {
    'package-lock.json': 'npm-lock',
    'yarn.lock': 'yarn-lock',
    'pnpm-lock.yaml': 'pnpm-lock',
    'Gemfile.lock': 'gemfile-lock',
    'go.mod': 'go-mod',
    'go.sum': 'go-sum',
    'poetry.lock': 'poetry-lock',
    'Pipfile.lock': 'pipfile-lock',
    'requirements.txt': 'requirements-txt',
    'Cargo.lock': 'cargo-lock',
    'composer.lock': 'composer-lock',
    'packages.lock.json': 'nuget-lock',
    'gradle.lockfile': 'gradle-lockfile',
    'conan.lock': 'conan-lock',
    'package.json': 'package-json',
    'composer.json': 'composer-json',
    'pyproject.toml': 'pyproject',
    Pipfile: 'pipfile',
  };
  if (byName[name]) return byName[name];
  if (path.startsWith('defectdojo')) return 'gitlab-ds';
  if (name.endsWith('.cdx.json') || path.startsWith('cyclonedx-') || path.includes('/cyclonedx/')) return 'cyclonedx';
  if (path.includes('/spdx/')) return 'spdx';
  return `unknown: ${name}`;
}

interface ScanJson {
  sets: { file: string; format: string; dependencies: { purl: string; introduced: boolean | null }[] }[];
  errors: { file: string; message: string }[];
  warnings: { file: string; place: string; message: string }[];
  inputs: { file: string; format: string; sets: number }[];
}

describe('scanning every external fixture in one run', () => {
  const out = mkdtempSync(join(tmpdir(), 'depindex-ext-'));
  let code = -1;
  let json: ScanJson;
  let summary = '';
  beforeAll(async () => {
    const io = memoryIO(external);
    // This run is about reading: the DefectDojo reports' vulnerabilities would make the verdict fail (exit 1),
    // which test/checks/pipeline.test.ts covers; here the verdict only warns.
    writeFileSync(join(out, 'depindex.yml'), 'mode: warn\n');
    code = await main(['scan', ...inputs, '--json', join(out, 'deps.json'), '--sbom', join(out, 'sbom.cdx.json'), '--config', join(out, 'depindex.yml')], io);
    json = JSON.parse(readFileSync(join(out, 'deps.json'), 'utf8')) as ScanJson;
    summary = io.out();
  });

  it('reads every file except the invalid CycloneDX test vector', () => {
    const refused = json.errors.map((e) => e.file);
    expect(refused.filter((f) => !f.includes('/invalid-'))).toEqual([]);
    expect(code === 0 || refused.length === 1).toBe(true);
    expect(summary).toMatch(/^depindex: \d+ input\(s\) read/);
  });

  it.each(inputs.filter((p) => !p.includes('/invalid-')))('detects %s as its format', (path) => {
    const input = json.inputs.find((i) => i.file === path);
    const expected = expectedFormat(path);
    expect(input?.format).toBe(expected);
    // Manifests alone give no set (they declare ranges, not versions); everything else gives at least one, unless
    // an earlier input already described the same dependency file (the DefectDojo reports all describe go.sum).
    const preempted = json.warnings.some((w) => w.file === path && w.message.includes(' is taken from '));
    if (!['package-json', 'composer-json', 'pyproject', 'pipfile'].includes(expected) && !preempted) expect(input?.sets).toBeGreaterThan(0);
  });

  it('writes an SBOM of everything that validates against CycloneDX 1.6', async () => {
    const sbom = readFileSync(join(out, 'sbom.cdx.json'), 'utf8');
    expect(validateLargeSbom(sbom)).toBeNull();
    const components = (JSON.parse(sbom) as { components: unknown[] }).components.length;
    expect(components).toBe(json.sets.reduce((n, s) => n + s.dependencies.length, 0));
  });
});
