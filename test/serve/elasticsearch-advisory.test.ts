import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSyncedMetadata } from '../../src/metadata/store/synced.js';
import { lazyMetadata, type MetadataSource } from '../../src/serve/metadata-source.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { startHttpFake, type HttpFake } from '../store/elasticsearch/http-fake.js';
import { tempDir } from '../metadata/support.js';
import { AFFECTED, laravelIndex, syncAdvisories, writeLaravelScans } from './advisory-fixture.js';
import { getJson, openReadOnly, startServer, type Running } from './harness.js';

/**
 * `advisory=` over an Elasticsearch store (the fake, over real HTTP, as test/metadata/store-agreement.test.ts
 * syncs into it): the same scans and the same synced metadata answer as over SQLite, with the request shapes the
 * metadata lookup needs. The server starts before the sync, so the first answer is 409 and the next finds it.
 */
let fake: HttpFake;
const cwd = tempDir();
const opened: { close(): Promise<void> }[] = [];
let overEs: Running;
let overSqlite: Running;

async function open(spec: string, readOnly: boolean): Promise<Store> {
  const store = await openStore(spec, { cwd, env: {}, readOnly });
  if (!store.ok) throw new Error(store.error);
  return store.value;
}

beforeAll(async () => {
  fake = await startHttpFake();
  const writer = await open(fake.url, false);
  await writeLaravelScans(writer);
  await writer.close();
  const esStore = await open(fake.url, true);
  const esMetadata: MetadataSource = lazyMetadata(() => openSyncedMetadata(fake.url, { cwd, env: {} }));
  overEs = await startServer(esStore, { metadata: esMetadata });
  const sqlite = await laravelIndex();
  const sqliteStore = openReadOnly(sqlite.path);
  const sqliteMetadata = lazyMetadata(() => openSyncedMetadata(sqlite.spec, { cwd: sqlite.dir, env: {} }));
  overSqlite = await startServer(sqliteStore, { metadata: sqliteMetadata });
  opened.push(esStore, esMetadata, sqliteStore, sqliteMetadata);
}, 60_000);
afterAll(async () => {
  await overEs?.close();
  await overSqlite?.close();
  for (const o of opened) await o.close();
  await fake?.close();
});

const both = async (target: string) => Promise.all([getJson(`${overEs.base}${target}`), getJson(`${overSqlite.base}${target}`)]);

describe('advisory= over Elasticsearch', () => {
  it('answers 409 not_synced before the first sync, having asked for the revision counter a sync writes', async () => {
    fake.es.log.length = 0;
    const { status, body } = await getJson(`${overEs.base}/api/v1/dependencies?advisory=CVE-2023-29197`);
    expect([status, (body as { error: { code: string } }).error.code]).toEqual([409, 'not_synced']);
    expect(fake.es.log.map((r) => `${r.method} ${r.path}`)).toContain('GET /depindex-metadata-state/_doc/revision');
  });

  it('after `depindex sync` into the same store, answers as over SQLite with the same data', async () => {
    await syncAdvisories(fake.url, cwd);
    for (const target of [
      '/api/v1/dependencies?advisory=CVE-2023-29197&introduced-by=true',
      '/api/v1/dependencies?advisory=ghsa-wxmh-65f7-jcvw&default-branch=true',
      '/api/v1/dependencies?advisory=CVE-2023-29197&limit=1&offset=1',
      '/api/v1/dependencies?advisory=CVE-1999-0000',
      '/api/v1/dependencies?advisory=CVE-2023-29197&name=x',
    ]) {
      const [fromEs, fromSqlite] = await both(target);
      expect([target, fromEs.status]).toEqual([target, fromSqlite.status]);
      expect(fromEs.body).toEqual(fromSqlite.body);
    }
    const { body } = await getJson(`${overEs.base}/api/v1/dependencies?advisory=CVE-2023-29197`);
    expect((body as { hits: { project: string; ref: string; name: string; version: string }[] }).hits.map((h) => `${h.project} ${h.ref} ${h.name}@${h.version}`)).toEqual(AFFECTED);
  }, 60_000);

  it('looks the advisory up by alias, reads its packages, then searches the index by their names', async () => {
    fake.es.log.length = 0;
    expect((await getJson(`${overEs.base}/api/v1/dependencies?advisory=cve-2023-29197`)).status).toBe(200);
    const searches = fake.es.log.filter((r) => r.path.endsWith('/_search'));
    // The id or alias, upper-cased, against every advisory's aliases; then the packages of the two records that
    // carry it (the PMDB mirror's line and the OSV record).
    expect(searches[0]).toMatchObject({ path: '/depindex-metadata-advisories/_search', body: { query: { term: { aliases: 'CVE-2023-29197' } } } });
    expect(searches[1]).toMatchObject({
      path: '/depindex-metadata-affected/_search',
      body: { query: { terms: { advisory_id: ['0c3e2f4a-8d1b-4d6e-9f6a-2b7c1e5d9a01', 'GHSA-wxmh-65f7-jcvw'] } } },
    });
    // One index search per affected package (the PMDB line's, and the OSV record's two: <1.9.1 and 2.0.0 to
    // <2.4.5), by type and canonical name, a page of 1000 from the first hit.
    const dependencySearches = searches.filter((r) => r.path === '/depindex-dependencies/_search');
    expect(dependencySearches).toHaveLength(3);
    for (const search of dependencySearches) {
      expect(search.body).toMatchObject({
        query: { bool: { filter: [{ terms: { 'package.canonical_name': ['guzzlehttp/psr7'] } }, { term: { 'package.type': 'composer' } }] } },
        from: 0,
        size: 1000,
      });
    }
  });
});
