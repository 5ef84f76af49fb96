// `depindex search` over real inputs scanned through the CLI (issue #15): --file globs and manifests, Maven
// artifact ids, names as written, and the scan's commit / pipeline / time on each hit.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { sharedPath } from '../metadata/support.js';
import { memoryIO } from './io.js';

const work = mkdtempSync(join(tmpdir(), 'depindex-search-real-'));
const store = `sqlite:${join(work, 'index.db')}`;
const CI = { commit: 'c0ffee1234567890', pipelineUrl: 'https://gitlab.example/acme/shop/-/pipelines/42' };

/** The checkout: real files from ../shared/fixtures/external laid out as one repository (copied to a temp folder). */
const LAYOUT: readonly [string, string][] = [
  ['external/gitlab-com-runbooks/Gemfile.lock', 'Gemfile.lock'],
  ['external/gitlab-com-runbooks/package-lock.json', 'web/package-lock.json'],
  ['external/gitlab-com-runbooks/requirements.txt', 'tools/requirements.txt'],
  ['external/poetry/poetry.lock', 'py/poetry.lock'],
  ['external/cyclonedx-bom-examples/SBOM/dropwizard-1.3.15/bom.json', 'java/bom.json'],
];

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(work, env);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

async function json(args: string[]): Promise<{ total: number; hits: Record<string, unknown>[] }> {
  const { code, out, err } = await run(['search', ...args, '--json', '--limit', '1000', '--store', store]);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as { total: number; hits: Record<string, unknown>[] };
}

const filesOf = (hits: readonly Record<string, unknown>[]): string[] => [...new Set(hits.map((h) => String(h['file'])))].sort();

beforeAll(async () => {
  for (const [from, to] of LAYOUT) {
    mkdirSync(join(work, 'repo', to, '..'), { recursive: true });
    cpSync(sharedPath(`fixtures/${from}`), join(work, 'repo', to));
  }
  const scanned = await run(
    ['scan', 'repo/Gemfile.lock', 'repo/web/package-lock.json', 'repo/tools/requirements.txt', 'repo/py/poetry.lock', 'repo/java/bom.json',
      '--project', 'acme/shop', '--ref', 'main', '--commit', CI.commit, '--pipeline-url', CI.pipelineUrl, '--store', store],
  );
  expect(scanned.err).not.toContain('error');
  expect(scanned.code).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('search --file', () => {
  it.each([
    ['repo/Gemfile', ['repo/Gemfile.lock']],
    ['repo/web/package.json', ['repo/web/package-lock.json']],
    ['repo/py/pyproject.toml', ['repo/py/poetry.lock']],
    ['**/package.json', ['repo/web/package-lock.json']],
    ['repo/*/*.txt', ['repo/tools/requirements.txt']],
    ['**/*.lock', ['repo/Gemfile.lock', 'repo/py/poetry.lock']],
  ])('%s finds the dependency files %j', async (file, files) => {
    expect(filesOf((await json(['--file', file])).hits)).toEqual(files);
  });

  it('a glob or manifest matching nothing is an empty answer with exit 0', async () => {
    for (const file of ['**/Cargo.toml', 'nowhere/*.lock', 'repo/Gemfile.lock.old']) {
      expect((await json(['--file', file])).total).toBe(0);
      const table = await run(['search', '--file', file, '--store', store]);
      expect([table.code, table.out]).toEqual([0, 'no dependencies match.\n']);
    }
  });
});

describe('search by name', () => {
  it('finds a Maven dependency of a real SBOM by artifact id, group:artifact and group/artifact', async () => {
    for (const name of ['log4j-over-slf4j', 'org.slf4j:log4j-over-slf4j', 'org.slf4j/log4j-over-slf4j']) {
      const { hits } = await json([name]);
      expect(hits.map((h) => `${String(h['file'])} ${String(h['purl'])}`)).toEqual(['repo/java/bom.json pkg:maven/org.slf4j/log4j-over-slf4j@1.7.26?type=jar']);
    }
  });

  it("carries the scan's commit, pipeline and time on every hit, in JSON and the table", async () => {
    const { hits } = await json(['--file', 'repo/Gemfile']);
    expect(hits.length).toBeGreaterThan(100);
    for (const hit of hits) expect(hit).toMatchObject({ commit: CI.commit, pipelineUrl: CI.pipelineUrl });
    expect(new Set(hits.map((h) => h['scannedAt'])).size).toBe(1);
    const table = await run(['search', 'rake', '--store', store]);
    const [header, row] = table.out.split('\n');
    expect(header?.split(/\s{2,}/).slice(-3)).toEqual(['COMMIT', 'SCANNED', 'PIPELINE']);
    expect(row?.split(/\s{2,}/).slice(-3)).toEqual(['c0ffee123456', `${String(hits[0]?.['scannedAt']).slice(0, 16).replace('T', ' ')}Z`, CI.pipelineUrl]);
  });
});

describe('SBOM components without a purl', () => {
  const cbom = 'external/cyclonedx-bom-examples/CBOM/Example-With-Dependencies/bom.json';
  const spec = 'external/cyclonedx-specification/tools/src/test/resources/1.5/valid-bom-1.5.json';

  it('are indexed under pkg:generic when they are libraries, found by name, and kept in the SBOM written', async () => {
    cpSync(sharedPath(`fixtures/${cbom}`), join(work, 'cbom.json'));
    cpSync(sharedPath(`fixtures/${spec}`), join(work, 'spec.json'));
    const scanned = await run(['scan', 'cbom.json', 'spec.json', '--project', 'acme/crypto', '--ref', 'main', '--store', store, '--sbom', join(work, 'out.cdx.json')]);
    expect(scanned.code).toBe(0);
    expect(scanned.out).toContain('2 components without a purl (libraries, frameworks, applications) are kept as pkg:generic');
    expect(scanned.out).toContain('skipped 1 components without a purl (files, operating systems, crypto assets and the like)');
    for (const [name, purl] of [
      ['crypto library', 'pkg:generic/Crypto%20library@1.0.0'],
      ['Some library', 'pkg:generic/Some%20library@1.0.0'],
      ['mylibrary', 'pkg:generic/org.example/mylibrary@1.0.0'],
      ['org.example/mylibrary', 'pkg:generic/org.example/mylibrary@1.0.0'],
    ]) {
      expect((await json([name!, '--project', 'acme/crypto'])).hits.map((h) => h['purl'])).toEqual([purl]);
    }
    // The cryptographic asset stays out, as before.
    expect((await json(['AES', '--project', 'acme/crypto'])).total).toBe(0);
    const sbom = JSON.parse(readFileSync(join(work, 'out.cdx.json'), 'utf8')) as { components: { purl?: string }[] };
    expect(sbom.components.map((c) => c.purl).filter((p) => p?.startsWith('pkg:generic/')).sort()).toEqual([
      'pkg:generic/Crypto%20library@1.0.0', 'pkg:generic/Some%20library@1.0.0', 'pkg:generic/org.example/mylibrary@1.0.0',
    ]);
  });
});

describe('names as written', () => {
  it('shows a package as the dependency file writes it and matches it by its canonical name', async () => {
    // GitLab's pip SBOM names "PyYAML" and "MarkupSafe"; their canonical names are pyyaml and markupsafe.
    cpSync(sharedPath('fixtures/external/gitlab-com-runbooks/gl-sbom-pypi-pip.cdx.json'), join(work, 'gl-sbom-pypi-pip.cdx.json'));
    const scanned = await run(['scan', 'gl-sbom-pypi-pip.cdx.json', '--project', 'acme/py', '--ref', 'main', '--store', store]);
    expect(scanned.code).toBe(0);
    for (const name of ['pyyaml', 'PyYAML', 'PYYAML']) {
      const { hits } = await json([name, '--project', 'acme/py']);
      expect(hits.map((h) => [h['name'], h['canonicalName'], h['purl']])).toEqual([['PyYAML', 'pyyaml', 'pkg:pypi/pyyaml@6.0.2']]);
    }
    const table = await run(['search', 'markupsafe', '--project', 'acme/py', '--store', store]);
    const [header, row] = table.out.split('\n');
    expect(header?.split(/\s{2,}/).slice(3, 5)).toEqual(['NAME', 'CANONICAL']);
    expect(row?.split(/\s{2,}/).slice(3, 5)).toEqual(['MarkupSafe', 'markupsafe']);
  });
});
