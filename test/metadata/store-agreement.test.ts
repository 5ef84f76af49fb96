/**
 * The same real data synced into SQLite and into Elasticsearch (the fake, over HTTP) gives the same answers:
 * `sync --status`, checkpoints, revision and changedSince, the findings of a scan of a real SBOM, `search
 * --advisory`, the licences filled in, and what a rescan notifies after one more file.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillLicenses, licensedFromMetadata } from '../../src/metadata/match/licenses.js';
import { packageKeyText, type MetadataStore } from '../../src/metadata/store/types.js';
import { startHttpFake, type HttpFake } from '../store/elasticsearch/http-fake.js';
import { externalSets } from './inputs.js';
import { cli, openMetadata, status } from './store-behaviour.js';
import { mirrorPath, sharedPath, tempDir } from './support.js';

const SOURCES = [
  mirrorPath,
  `osv=${sharedPath('fixtures/advisories/osv/Packagist')}`,
  `osv=${sharedPath('fixtures/advisories/osv/PyPI')}`,
  `osv=${sharedPath('fixtures/advisories/osv/npm')}`,
  `osv=${sharedPath('fixtures/advisories/osvdev/Packagist')}`,
].flatMap((s) => ['--source', s]);

let fake: HttpFake;
const cwd = tempDir();
const stores: Record<'sqlite' | 'elasticsearch', string> = { sqlite: `sqlite:${join(cwd, 'index.db')}`, elasticsearch: '' };
const both = async <T>(run: (spec: string) => Promise<T>): Promise<[T, T]> => [await run(stores.sqlite), await run(stores.elasticsearch)];

async function withStore<T>(spec: string, use: (store: MetadataStore) => Promise<T>): Promise<T> {
  const store = await openMetadata(spec, cwd);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

interface FindingsFile {
  findings: { id: string; kind: string; name: string; version: string; severity: string; advisory: { id: string; identifiers: { value: string }[] } | null; fixedVersions: string[] }[];
}

beforeAll(async () => {
  fake = await startHttpFake();
  stores.elasticsearch = fake.url;
  copyFileSync(sharedPath('fixtures/external/cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json'), join(cwd, 'bom.json'));
  for (const spec of Object.values(stores)) {
    const run = await cli(cwd, ['sync', ...SOURCES, '--store', spec]);
    if (run.code !== 0) throw new Error(run.err);
  }
}, 120_000);
afterAll(async () => fake.close());

describe('the same metadata in SQLite and Elasticsearch', () => {
  it('sync --status: same counts and checkpoints', async () => {
    const [sqlite, es] = await both((spec) => status(spec, cwd));
    expect(es).toEqual(sqlite);
    expect(sqlite.counts.advisories).toBeGreaterThan(300);
    expect(sqlite.checkpoints).toHaveLength(6);
  });

  it('same revision and changedSince', async () => {
    const [sqlite, es] = await both((spec) =>
      withStore(spec, async (store) => {
        const revision = await store.revision();
        const changed = await store.changedSince(0);
        const later = await store.changedSince(revision.ok ? revision.value - 1 : 0);
        const sorted = (r: typeof changed) => (r.ok ? r.value.map(packageKeyText).sort() : r.error);
        return { revision, changed: sorted(changed), later: sorted(later) };
      }),
    );
    expect(es).toEqual(sqlite);
    expect(sqlite.changed.length).toBeGreaterThan(100);
    expect(sqlite.changed).toContain('composer\u0000guzzlehttp/psr7');
  });

  it('a scan of the Laravel SBOM gives the same vulnerability findings', async () => {
    const [sqlite, es] = await both(async (spec) => {
      const out = spec === stores.sqlite ? 'findings-sqlite.json' : 'findings-es.json';
      const run = await cli(cwd, ['scan', 'bom.json', '--store', spec, '--project', 'acme/shop', '--ref', 'main', '--findings', out]);
      // The verdict fails on the vulnerabilities found (exit 1), on both stores.
      expect(run.code).toBe(1);
      expect(run.err).not.toContain('package metadata');
      const file = JSON.parse(readFileSync(join(cwd, out), 'utf8')) as FindingsFile;
      return file.findings
        .filter((f) => f.kind === 'vulnerability')
        .map((f) => `${f.id} ${f.name}@${f.version} ${f.advisory?.id} [${f.advisory?.identifiers.map((i) => i.value).join(' ')}] ${f.severity} ${f.fixedVersions.join(',')}`)
        .sort();
    });
    expect(es).toEqual(sqlite);
    // CVE-2023-29197 on psr7 1.9.0 comes from the PMDB mirror and from the OSV record GHSA-wxmh-65f7-jcvw (its alias):
    // one finding naming both.
    const psr7 = sqlite.filter((f) => f.includes('guzzlehttp/psr7@1.9.0 ') && f.includes('CVE-2023-29197'));
    expect(psr7).toHaveLength(1);
    expect(psr7[0]).toContain('GHSA-wxmh-65f7-jcvw');
  });

  it('search --advisory gives the same answer', async () => {
    const [sqlite, es] = await both(async (spec) => {
      const run = await cli(cwd, ['search', '--advisory', 'CVE-2023-29197', '--json', '--store', spec]);
      expect(run.err).toBe('');
      const json = JSON.parse(run.out) as { total: number; hits: { project: string; name: string; version: string; createdAt?: string; scannedAt?: string }[] };
      // The times of each store's own scan (a tenth of a second apart) are all that may differ.
      return { ...json, hits: json.hits.map(({ createdAt: _c, scannedAt: _s, ...hit }) => hit) };
    });
    expect(es).toEqual(sqlite);
    expect(sqlite.hits.map((h) => `${h.project} ${h.name}@${h.version}`)).toEqual(['acme/shop guzzlehttp/psr7@1.9.0']);
  });

  it('the same licences are filled in', async () => {
    const sets = await externalSets('create-react-app/package-lock.json');
    const [sqlite, es] = await both((spec) =>
      withStore(spec, async (store) => (await fillLicenses(sets, store)).flatMap((s) => s.dependencies.filter(licensedFromMetadata).map((d) => `${d.name}@${d.version} ${d.licenses?.join(' ')}`)).sort()),
    );
    expect(es).toEqual(sqlite);
    expect(sqlite.some((d) => d.startsWith('lodash@') && d.endsWith(' MIT'))).toBe(true);
  });

  it('a rescan after one more advisory notifies the same, and nothing the second time', async () => {
    const root = join(cwd, 'more');
    mkdirSync(join(root, 'v2/packagist/1800000000'), { recursive: true });
    const line = { advisory: { id: 'TEST-2026-1', source: 'glad', title: 'test', cvss_v3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', identifiers: [] }, packages: [{ name: 'guzzlehttp/psr7', purl_type: 'packagist', affected_range: '<99.0.0', fixed_versions: ['99.0.0'] }] };
    writeFileSync(join(root, 'v2/packagist/1800000000/00000001.ndjson'), JSON.stringify(line) + '\n');
    const [sqlite, es] = await both(async (spec) => {
      const logged = fake.es.log.length;
      const first = await cli(cwd, ['rescan', '--store', spec]);
      expect(first.code).toBe(0);
      if (spec === fake.url) {
        // The progress of the evaluated sets goes in one bulk request, not a request per set.
        const progress = fake.es.log.slice(logged).filter((r) => r.path.includes('metadata-rescan'));
        const bulks = progress.filter((r) => r.path.endsWith('/_bulk'));
        expect(bulks).toHaveLength(1);
        expect(progress.filter((r) => r.method === 'PUT' && r.path.includes('/_doc/'))).toHaveLength(0);
        expect((bulks[0]?.body as unknown[]).length).toBeGreaterThanOrEqual(2);
      }
      expect((await cli(cwd, ['sync', '--source', `advisories=${root}`, '--store', spec])).code).toBe(0);
      const second = await cli(cwd, ['rescan', '--store', spec]);
      const third = await cli(cwd, ['rescan', '--store', spec]);
      expect(third.out).toBe('');
      return { first: first.out, second: second.out };
    });
    expect(es).toEqual(sqlite);
    expect(sqlite.second.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>).map((n) => `${n.kind} ${n.purl} ${n.advisory} ${n.severity}`)).toEqual([
      'new pkg:composer/guzzlehttp/psr7@1.9.0 TEST-2026-1 critical',
    ]);
  });
  it('a rescan after an advisory stops listing a package: the sets holding it are evaluated again and lose its finding', async () => {
    // One advisory listing a package of the Laravel SBOM (guzzle) and one no set holds; then rewritten to list
    // only the latter. The Laravel set holds none of what it lists after the rewrite: only the dropped package
    // (changedSince) brings it to be evaluated again.
    const root = join(cwd, 'dropping');
    const pkg = (name: string) => ({ name, purl_type: 'packagist', affected_range: '<99.0.0', fixed_versions: ['99.0.0'] });
    const advisory = { id: 'TEST-2026-2', source: 'glad', title: 'test', cvss_v3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', identifiers: [] };
    const publish = (sequence: number, names: string[]) => {
      mkdirSync(join(root, `v2/packagist/${sequence}`), { recursive: true });
      writeFileSync(join(root, `v2/packagist/${sequence}/00000001.ndjson`), JSON.stringify({ advisory, packages: names.map(pkg) }) + '\n');
    };
    const findingsOf = async (spec: string) => {
      const run = await cli(cwd, ['findings', '--project', 'acme/shop', '--ref', 'main', '--kind', 'vulnerability', '--json', '--limit', '1000', '--store', spec]);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.out) as { hits: { name: string; version: string; advisory: { id: string } | null }[] };
      return json.hits.filter((f) => f.advisory?.id === 'TEST-2026-2').map((f) => `${f.name}@${f.version}`);
    };
    publish(1900000000, ['acme/never-installed', 'guzzlehttp/guzzle']);
    const [sqlite, es] = await both(async (spec) => {
      expect((await cli(cwd, ['sync', '--source', `advisories=${root}`, '--store', spec])).code).toBe(0);
      const listed = await cli(cwd, ['rescan', '--store', spec]);
      expect(listed.code).toBe(0);
      const before = await findingsOf(spec);
      return { notified: listed.out, before };
    });
    publish(1900000100, ['acme/never-installed']);
    const [sqliteAfter, esAfter] = await both(async (spec) => {
      expect((await cli(cwd, ['sync', '--source', `advisories=${root}`, '--store', spec])).code).toBe(0);
      const dropped = await cli(cwd, ['rescan', '--store', spec]);
      expect(dropped.code).toBe(0);
      // A finding that went away is not notified (no such kind): only the stored findings change.
      return { notified: dropped.out, after: await findingsOf(spec) };
    });
    expect(es).toEqual(sqlite);
    expect(esAfter).toEqual(sqliteAfter);
    expect(sqlite.notified.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>).map((n) => `${n.kind} ${n.purl} ${n.advisory}`)).toEqual([
      'new pkg:composer/guzzlehttp/guzzle@6.5.8 TEST-2026-2',
    ]);
    expect(sqlite.before).toEqual(['guzzlehttp/guzzle@6.5.8']);
    expect(sqliteAfter).toEqual({ notified: '', after: [] });
  });
  it('a rescan after an advisory is withdrawn: the sets holding its packages are evaluated again and lose its finding', async () => {
    const root = join(cwd, 'withdrawing');
    mkdirSync(root, { recursive: true });
    const record = (withdrawn: boolean) => ({
      schema_version: '1.6.0', id: 'TEST-OSV-2026-3', modified: withdrawn ? '2026-02-01T00:00:00Z' : '2026-01-01T00:00:00Z', ...(withdrawn ? { withdrawn: '2026-02-01T00:00:00Z' } : {}),
      summary: 'test', affected: [{ package: { ecosystem: 'Packagist', name: 'guzzlehttp/guzzle' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '99.0.0' }] }] }],
    });
    const findingsOf = async (spec: string) => {
      const run = await cli(cwd, ['findings', '--project', 'acme/shop', '--ref', 'main', '--kind', 'vulnerability', '--json', '--limit', '1000', '--store', spec]);
      expect(run.code).toBe(0);
      return (JSON.parse(run.out) as { hits: { name: string; version: string; advisory: { id: string } | null }[] }).hits.filter((f) => f.advisory?.id === 'TEST-OSV-2026-3').map((f) => `${f.name}@${f.version}`);
    };
    const step = async (withdrawn: boolean) => {
      writeFileSync(join(root, 'TEST-OSV-2026-3.json'), JSON.stringify(record(withdrawn)));
      return both(async (spec) => {
        expect((await cli(cwd, ['sync', '--source', `osv=${root}`, '--store', spec])).code).toBe(0);
        const run = await cli(cwd, ['rescan', '--store', spec]);
        expect(run.code).toBe(0);
        return { notified: run.out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>).map((n) => `${n.kind} ${n.purl} ${n.advisory}`), findings: await findingsOf(spec) };
      });
    };
    const [sqlite, es] = await step(false);
    expect(es).toEqual(sqlite);
    expect(sqlite).toEqual({ notified: ['new pkg:composer/guzzlehttp/guzzle@6.5.8 TEST-OSV-2026-3'], findings: ['guzzlehttp/guzzle@6.5.8'] });
    const [sqliteAfter, esAfter] = await step(true);
    expect(esAfter).toEqual(sqliteAfter);
    expect(sqliteAfter).toEqual({ notified: [], findings: [] });
  });
});
