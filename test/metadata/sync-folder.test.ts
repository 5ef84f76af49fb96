import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import { memoryIO } from '../cli/io.js';
import { mirrorPath, tempDir } from './support.js';

async function sync(args: string[], cwd: string) {
  const io = memoryIO(cwd);
  const code = await main(['sync', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('depindex sync from an offline mirror', () => {
  it('reads both layouts, v1 CSV, CVE enrichment; reports bad lines with file and line; reruns read nothing', async () => {
    const dir = tempDir();
    const store = `sqlite:${join(dir, 'index.db')}`;
    const first = await sync(['--source', mirrorPath, '--store', store], dir);
    expect(first.code).toBe(0);
    const evaluated = first.out.split('\n').filter((l) => l.startsWith('Evaluating data for'));
    // Data types in turn; within one, files in (sequence, chunk) order whatever the layout.
    expect(evaluated).toEqual([
      `Evaluating data for advisories:${mirrorPath}/advisories/v2/deb/1700000000/00000001.ndjson`,
      `Evaluating data for advisories:${mirrorPath}/advisories/v2/maven/advisories/1700000000/00000001.ndjson`,
      `Evaluating data for advisories:${mirrorPath}/advisories/v2/packagist/1700000000/00000001.ndjson`,
      `Evaluating data for advisories:${mirrorPath}/advisories/v2/packagist/1700000100/00000001.ndjson`,
      `Evaluating data for licenses:${mirrorPath}/licenses/v1/pypi/1600000000/00000001.csv`,
      `Evaluating data for licenses:${mirrorPath}/licenses/v2/npm/1700000000/00000001.ndjson`,
      `Evaluating data for cve_enrichment:${mirrorPath}/cve_enrichment/v2/cve_enrichment/1700000000/00000001.ndjson`,
    ]);
    const problems = first.err.split('\n').filter((l) => l !== '');
    expect(problems).toHaveLength(3);
    expect(problems.some((l) => l.startsWith(`depindex sync: ${mirrorPath}/advisories/v2/packagist/1700000000/00000001.ndjson:2: not JSON`))).toBe(true);
    expect(problems.some((l) => l.startsWith(`depindex sync: ${mirrorPath}/licenses/v2/npm/1700000000/00000001.ndjson:5: not JSON`))).toBe(true);
    expect(problems.some((l) => l.startsWith(`depindex sync: ${mirrorPath}/licenses/v1/pypi/1600000000/00000001.csv:4:`))).toBe(true);

    const status = await sync(['--status', '--json', '--store', store], dir);
    expect(status.code).toBe(0);
    const json = JSON.parse(status.out) as { checkpoints: { dataType: string; registry: string; sequence: number; chunk: number }[]; counts: Record<string, number> };
    // Six advisories (the guzzle one twice, the later replacing it), eight affected packages (openssl twice, twice).
    expect(json.counts).toEqual({ advisories: 6, affectedPackages: 8, licenses: 7, cveEnrichment: 2 });
    expect(json.checkpoints.map((c) => `${c.dataType} ${c.registry} ${c.sequence} ${c.chunk}`).sort()).toEqual([
      'advisories composer 1700000100 1',
      'advisories deb 1700000000 1',
      'advisories maven 1700000000 1',
      'cve_enrichment cve_enrichment 1700000000 1',
      'licenses npm 1700000000 1',
      'licenses pypi 1600000000 1',
    ]);

    const again = await sync(['--source', mirrorPath, '--store', store], dir);
    expect(again.code).toBe(0);
    expect(again.out).not.toContain('Evaluating data for');
    expect(again.out).toContain('Synced 0 files');
    const after = JSON.parse((await sync(['--status', '--json', '--store', store], dir)).out) as typeof json;
    expect(after.counts).toEqual(json.counts);

    const opened = openSqliteMetadata(join(dir, 'index.db'));
    if (!opened.ok) throw new Error(opened.error);
    const guzzle = await opened.value.advisoriesById('ghsa-25mq-v84q-4j7r');
    expect(guzzle.ok && guzzle.value.map((r) => [r.advisory.source, r.packages.map((p) => p.versions)])).toEqual([
      ['glad', [{ kind: 'pmdb', range: '<6.5.8||>=7.0.0,<7.4.5' }]],
    ]);
    const openssl = await opened.value.advisoriesById('CVE-2023-0286');
    expect(openssl.ok && openssl.value[0]?.packages.map((p) => [p.type, p.distro, p.severity])).toEqual([
      ['deb', 'debian 12', 'high'],
      ['deb', 'debian 11', 'high'],
    ]);
    await opened.value.close();
  });

  it('the two v2 layouts keep their own checkpoints: a file of the second with the same (sequence, chunk) is read after the first', async () => {
    const dir = tempDir();
    const root = join(dir, 'advisories');
    const store = `sqlite:${join(dir, 'index.db')}`;
    const write = (name: string, id: string): void => {
      mkdirSync(join(root, name, '..'), { recursive: true });
      const line = { advisory: { id, source: 'glad', title: id, identifiers: [] }, packages: [{ name: 'left-pad', purl_type: 'npm', affected_range: '<1.0.0', fixed_versions: ['1.0.0'] }] };
      writeFileSync(join(root, name), `${JSON.stringify(line)}\n`);
    };
    write('v2/npm/10/00000001.ndjson', 'adv-export');
    expect((await sync(['--source', `advisories=${root}`, '--store', store], dir)).code).toBe(0);
    write('v2/npm/advisories/10/00000001.ndjson', 'adv-typed');
    const second = await sync(['--source', `advisories=${root}`, '--store', store], dir);
    expect(second.code).toBe(0);
    expect(second.out.split('\n').filter((l) => l.startsWith('Evaluating data for'))).toEqual([`Evaluating data for advisories:${root}/v2/npm/advisories/10/00000001.ndjson`]);
    const status = JSON.parse((await sync(['--status', '--json', '--store', store], dir)).out) as { checkpoints: { versionFormat: string; sequence: number; chunk: number }[]; counts: Record<string, number> };
    expect(status.counts.advisories).toBe(2);
    expect(status.checkpoints.map((c) => `${c.versionFormat} ${c.sequence} ${c.chunk}`).sort()).toEqual(['v2 10 1', 'v2-typed 10 1']);
    const third = await sync(['--source', `advisories=${root}`, '--store', store], dir);
    expect(third.out).not.toContain('Evaluating data for');
  });

  it('--registry limits the sync to the named registries (ids or purl types)', async () => {
    const dir = tempDir();
    const store = `sqlite:${join(dir, 'index.db')}`;
    const run = await sync(['--source', mirrorPath, '--registry', 'packagist', '--store', store], dir);
    expect(run.code).toBe(0);
    const json = JSON.parse((await sync(['--status', '--json', '--store', store], dir)).out) as { counts: Record<string, number> };
    expect(json.counts).toEqual({ advisories: 2, affectedPackages: 2, licenses: 0, cveEnrichment: 2 });
  });

  it.each([
    [['--source', 'nowhere=/tmp'], 'unknown data type "nowhere"'],
    [['--source', '/definitely/not/here'], 'holds none of advisories/'],
    [['--registry', 'cobol', '--source', mirrorPath], 'unknown registry "cobol"'],
    [[], 'give at least one --source'],
  ])('refuses %j', async (args, message) => {
    const run = await sync(args, tempDir());
    expect(run.code).toBe(64);
    expect(run.err).toContain(message);
  });
});
