import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { hasSyncedMetadata } from '../../src/metadata/store/open.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { memoryIO } from '../cli/io.js';
import { externalSets } from './inputs.js';
import { mirrorPath, sharedPath, tempDir } from './support.js';

const dir = tempDir();
const store = `sqlite:${join(dir, 'index.db')}`;

beforeAll(async () => {
  const opened = openSqliteStore(join(dir, 'index.db'));
  if (!opened.ok) throw new Error(opened.error);
  const laravel = await externalSets('cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json');
  const context = (project: string, ref: string) => ({ project, ref, refType: 'branch' as const, defaultBranch: ref === 'main', commitSha: 'c0ffee', pipelineUrl: null, scannedAt: new Date('2026-11-01T08:00:00Z') });
  const toWrite = (sets: typeof laravel, psr7: string) =>
    sets.map((s) => ({ file: s.file, packageManager: s.packageManager, format: s.format, dependencies: s.dependencies.map((d) => (d.name === 'guzzlehttp/psr7' ? { ...d, version: psr7, purl: d.purl.replace('@1.9.0', `@${psr7}`) } : d)) }));
  const a = await opened.value.writeScan(context('acme/shop', 'main'), toWrite(laravel, '1.9.0'));
  const b = await opened.value.writeScan(context('acme/blog', 'main'), toWrite(laravel, '1.9.1'));
  const c = await opened.value.writeScan(context('acme/blog', 'old'), toWrite(laravel, '2.4.4'));
  if (!a.ok || !b.ok || !c.ok) throw new Error('cannot write the index');
  await opened.value.close();
  const io = memoryIO(dir);
  const synced = await main(['sync', '--source', mirrorPath, '--source', `osv=${sharedPath('fixtures/advisories/osv/Packagist')}`, '--store', store], io);
  if (synced !== 0) throw new Error(io.err());
});

async function search(args: string[]) {
  const io = memoryIO(dir);
  const code = await main(['search', ...args, '--store', store], io);
  return { code, out: io.out(), err: io.err() };
}

describe('depindex search --advisory', () => {
  it.each([
    ['CVE-2023-29197'], // alias of both the PMDB line and the OSV record
    ['GHSA-wxmh-65f7-jcvw'],
    ['0c3e2f4a-8d1b-4d6e-9f6a-2b7c1e5d9a01'], // the PMDB advisory's own id
  ])('%s: psr7 1.9.0 and 2.4.4 are affected, 1.9.1 is not', async (id) => {
    const { code, out, err } = await search(['--advisory', id, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { total: number; hits: { project: string; ref: string; name: string; version: string }[] };
    expect(json.hits.map((h) => `${h.project} ${h.ref} ${h.name}@${h.version}`)).toEqual(['acme/blog old guzzlehttp/psr7@2.4.4', 'acme/shop main guzzlehttp/psr7@1.9.0']);
    expect(json.total).toBe(2);
  });

  it('scope flags apply', async () => {
    const { out } = await search(['--advisory', 'cve-2023-29197', '--default-branch', '--json']);
    expect((JSON.parse(out) as { hits: { project: string }[] }).hits.map((h) => h.project)).toEqual(['acme/shop']);
  });

  it('an index never synced is an error saying so, and is not given metadata tables by the search', async () => {
    const bare = join(dir, 'bare.db');
    const opened = openSqliteStore(bare);
    if (!opened.ok) throw new Error(opened.error);
    await opened.value.close();
    const io = memoryIO(dir);
    expect(await main(['search', '--advisory', 'CVE-2023-29197', '--store', `sqlite:${bare}`], io)).toBe(3);
    expect(io.err()).toBe(`depindex search: --advisory: no package metadata is synced into this store yet: \`depindex sync\` brings advisories in (sqlite:${bare})\n`);
    expect(hasSyncedMetadata(bare)).toBe(false);
  });

  it('an unknown advisory is an error naming it', async () => {
    const { code, err } = await search(['--advisory', 'CVE-1999-0000']);
    expect(code).toBe(3);
    expect(err).toContain('no advisory "CVE-1999-0000"');
  });
});
