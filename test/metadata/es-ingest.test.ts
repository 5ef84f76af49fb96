/**
 * The Elasticsearch ingest without transactions (src/metadata/store/elasticsearch/ingest.ts): a writer whose
 * revision counter moved under it writes its rows again with the new number (the packages an advisory dropped too,
 * removed.ts), and a file written twice (a rerun after a kill before its checkpoint) leaves the same licence
 * records as once.
 */
import { describe, expect, it } from 'vitest';
import type { AdvisoryRecord, LicenseRecord } from '../../src/metadata/records/types.js';
import { openElasticsearchMetadataStore, type ElasticsearchMetadataStore } from '../../src/metadata/store/elasticsearch/store.js';
import type { ElasticsearchOptions } from '../../src/store/elasticsearch/open.js';
import { FakeElasticsearch } from '../store/elasticsearch/fake-elasticsearch.js';
import { FAKE_URL } from '../store/elasticsearch/open-fake.js';

async function open(es: FakeElasticsearch, afterRows?: () => Promise<void>): Promise<ElasticsearchMetadataStore> {
  const Connection = class extends es.mock.getConnection() {
    override async close(): Promise<void> {}
  };
  const opened = await openElasticsearchMetadataStore(FAKE_URL, {
    cwd: '/tmp',
    env: {},
    elasticsearch: { connection: Connection as unknown as ElasticsearchOptions['connection'] },
    ...(afterRows ? { afterRows } : {}),
  });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

const record = (id: string, name: string, ...more: string[]): AdvisoryRecord => ({
  advisory: { id, source: 'glad', title: id, description: null, cvssV2: null, cvssV3: null, cvssV4: null, severity: null, publishedDate: null, urls: [], identifiers: [], withdrawn: false },
  packages: [name, ...more].map((n) => ({ type: 'npm', name: n, versions: { kind: 'pmdb', range: '<1.0.0' }, fixedVersions: ['1.0.0'], solution: null, distro: null, severity: null, overrides: null })),
});
const removed = (es: FakeElasticsearch): string[] => es.docs('depindex-metadata-removed').map((d) => `${d['advisory_id']} ${d['name_key']} ${d['revision']} ${d['pending']}`).sort();
const batch = (advisories: AdvisoryRecord[], licenses: LicenseRecord[] = []) => ({ advisories, licenses, enrichment: [], checkpoint: null });

describe('Elasticsearch metadata ingest', () => {
  it('a counter raised by another writer meanwhile: the rows are written again above it, so rescan sees them', async () => {
    const es = new FakeElasticsearch();
    const other = await open(es);
    let raced = false;
    const store = await open(es, async () => {
      if (raced) return;
      raced = true;
      expect((await other.ingest(batch([record('B', 'b')]))).ok).toBe(true);
    });
    expect((await store.ingest(batch([record('A', 'a')]))).ok).toBe(true);
    expect(await store.revision()).toEqual({ ok: true, value: 2 });
    // B raised the counter to 1 while A's rows carried 1: A wrote them again at 2, so "changed since 1" has them.
    expect(await store.changedSince(1)).toEqual({ ok: true, value: [{ type: 'npm', key: 'a' }] });
    expect(es.docs('depindex-metadata-affected').map((d) => `${d['advisory_id']} ${d['revision']}`).sort()).toEqual(['A 2', 'B 1']);
    await store.close();
    await other.close();
  });

  it('a licence file written twice leaves the records of writing it once', async () => {
    const v1 = (version: string, license: string): LicenseRecord => ({ type: 'pypi', name: 'requests', lowestVersion: null, highestVersion: null, defaultLicenses: [], otherLicenses: [{ licenses: [license], versions: [version] }] });
    const file = [v1('2.0.0', 'Apache-2.0'), v1('2.1.0', 'MIT'), v1('2.0.0', 'ISC')];
    const once = await open(new FakeElasticsearch());
    const twiceEs = new FakeElasticsearch();
    const twice = await open(twiceEs);
    expect((await once.ingest(batch([], [v1('1.0.0', '0BSD')]))).ok).toBe(true);
    expect((await once.ingest(batch([], file))).ok).toBe(true);
    expect((await twice.ingest(batch([], [v1('1.0.0', '0BSD')]))).ok).toBe(true);
    expect((await twice.ingest(batch([], file))).ok).toBe(true);
    expect((await twice.ingest(batch([], file))).ok).toBe(true);
    const read = async (s: ElasticsearchMetadataStore) => (await s.licensesFor([{ type: 'pypi', key: 'requests' }])).get('pypi\u0000requests');
    const expected = await read(once);
    expect(expected?.otherLicenses).toEqual([
      { licenses: ['0BSD'], versions: ['1.0.0'] },
      { licenses: ['MIT'], versions: ['2.1.0'] },
      { licenses: ['ISC'], versions: ['2.0.0'] },
    ]);
    expect(await read(twice)).toEqual(expected);
    expect(twiceEs.docs('depindex-metadata-licenses')).toHaveLength(1);
    await once.close();
    await twice.close();
  });

  it('a package dropped while another writer raised the counter: its removed record is raised above it too', async () => {
    const es = new FakeElasticsearch();
    const other = await open(es);
    let armed = false;
    const store = await open(es, async () => {
      if (!armed) return;
      armed = false;
      expect((await other.ingest(batch([record('B', 'c')]))).ok).toBe(true);
    });
    expect((await store.ingest(batch([record('A', 'a', 'b')]))).ok).toBe(true);
    armed = true;
    expect((await store.ingest(batch([record('A', 'a')]))).ok).toBe(true);
    expect(armed).toBe(false);
    // The first pass at 2 deleted b before losing the counter to B (2); the retry at 3 no longer sees b among A's
    // packages, and raises its pending record, then settles it.
    expect(await store.revision()).toEqual({ ok: true, value: 3 });
    expect(removed(es)).toEqual(['A b 3 false']);
    expect((await store.changedSince(2)).ok && (await store.changedSince(2))).toEqual({ ok: true, value: [{ type: 'npm', key: 'a' }, { type: 'npm', key: 'b' }] });
    await store.close();
    await other.close();
  });

  it('a pass cut short after its rows, while the counter moved: the rerun raises the dropped package it can no longer see', async () => {
    const es = new FakeElasticsearch();
    const other = await open(es);
    const first = await open(es);
    expect((await first.ingest(batch([record('A', 'a', 'b')]))).ok).toBe(true);
    const killed = await open(es, async () => {
      expect((await other.ingest(batch([record('B', 'c')]))).ok).toBe(true);
      throw new Error('killed');
    });
    expect((await killed.ingest(batch([record('A', 'a')]))).ok).toBe(false);
    // Written before the packages were touched, still pending: the pass never raised the counter.
    expect(removed(es)).toEqual(['A b 2 true']);
    expect(await first.revision()).toEqual({ ok: true, value: 2 });
    expect((await first.ingest(batch([record('A', 'a')]))).ok).toBe(true);
    expect(removed(es)).toEqual(['A b 3 false']);
    expect((await first.changedSince(2)).ok && (await first.changedSince(2))).toEqual({ ok: true, value: [{ type: 'npm', key: 'a' }, { type: 'npm', key: 'b' }] });
    // A later rewrite of A that drops nothing names nothing settled again.
    expect((await first.ingest(batch([record('A', 'a')]))).ok).toBe(true);
    expect(removed(es)).toEqual(['A b 3 false']);
    expect((await first.changedSince(3)).ok && (await first.changedSince(3))).toEqual({ ok: true, value: [{ type: 'npm', key: 'a' }] });
    for (const s of [first, killed, other]) await s.close();
  });

  it('a store set up before the removed index: read as before, and the next write makes the index', async () => {
    const es = new FakeElasticsearch();
    const before = await open(es);
    expect((await before.ingest(batch([record('A', 'a', 'b')]))).ok).toBe(true);
    await before.close();
    // As metadata schema 1 left it: no `removed` alias or index.
    const index = es.aliases.get('depindex-metadata-removed');
    expect(index).toBe('depindex-metadata-removed-v1');
    es.indices.delete(index as string);
    es.aliases.delete('depindex-metadata-removed');
    const store = await open(es);
    expect((await store.changedSince(0)).ok && (await store.changedSince(0))).toEqual({ ok: true, value: [{ type: 'npm', key: 'a' }, { type: 'npm', key: 'b' }] });
    expect((await store.ingest(batch([record('A', 'a')]))).ok).toBe(true);
    expect(es.aliases.get('depindex-metadata-removed')).toBe('depindex-metadata-removed-v1');
    expect(removed(es)).toEqual(['A b 2 false']);
    expect((await store.changedSince(1)).ok && (await store.changedSince(1))).toEqual({ ok: true, value: [{ type: 'npm', key: 'a' }, { type: 'npm', key: 'b' }] });
    await store.close();
  });
});
