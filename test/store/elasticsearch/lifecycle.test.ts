import { describe, expect, it } from 'vitest';
import type { ScanContext, SetToWrite } from '../../../src/store/store.js';
import { ES_SCHEMA_VERSION } from '../../../src/store/elasticsearch/schema-version.js';
import { dep } from '../behaviour.js';
import { fail } from './fake-elasticsearch.js';
import { openFake } from './open-fake.js';

// Request shapes of retirement, prune and the store schema version (issue #15); the behaviour itself is in the
// shared suite (lifecycle-behaviour.ts).

const at = (scannedAt: string, commitSha: string): ScanContext => ({
  project: 'acme/web/shop', ref: 'main', refType: 'branch', defaultBranch: true, commitSha, pipelineUrl: null, scannedAt: new Date(scannedAt),
});
const lock = (file: string, name: string): SetToWrite => ({ file, packageManager: 'npm', format: 'npm-package-lock', dependencies: [dep({ type: 'npm', name, version: '1.0.0' })] });
const JAN = at('2026-01-05T10:00:00Z', 'c1');
const FEB = at('2026-02-05T10:00:00Z', 'c2');

describe('retiring a set on Elasticsearch', () => {
  it('hides its generation on the set document first, then deletes that generation, then the set document', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lock('package-lock.json', 'a'), lock('web/package-lock.json', 'b')]);
    const old = es.docs('depindex-sets').find((d) => d['file'] === 'web/package-lock.json');
    es.log.length = 0;
    const written = await store.writeScan(FEB, [lock('package-lock.json', 'a')], { complete: true });
    expect(written).toEqual({ ok: true, value: { sets: 1, added: 0, kept: 1, removed: 0, retired: ['web/package-lock.json'] } });

    const setId = String(old?.['set_id']);
    const steps = es.log.filter((r) => (r.method !== 'GET' && decodeURIComponent(r.path).includes(setId)) || (r.path.endsWith('_delete_by_query') && JSON.stringify(r.body).includes(setId)));
    expect(steps.map((r) => `${r.method} ${r.path.replace(/_doc\/.*/, '_doc/ID')}`)).toEqual([
      'PUT /depindex-sets/_doc/ID',
      'POST /depindex-dependencies/_delete_by_query',
      'DELETE /depindex-sets/_doc/ID',
    ]);
    // 1: readers stop seeing it at one step (no current generation, the old one hidden, a write counted).
    expect(steps[0]?.body).toMatchObject({ generation: null, hidden_generations: [old?.['generation']], write_count: Number(old?.['write_count']) + 1 });
    expect(steps[0]?.querystring).toMatchObject({ routing: 'acme/web/shop', if_seq_no: expect.any(String) as unknown });
    // 2: only the retired generation, routed to the project's shard.
    expect(steps[1]?.body).toMatchObject({ query: { bool: { filter: [{ term: { set_id: setId } }, { term: { generation: old?.['generation'] } }] } } });
    expect(steps[1]?.querystring).toMatchObject({ routing: 'acme/web/shop', refresh: 'true' });
    // 3: compare-and-set, so a write of the same file that started meanwhile is not deleted with it.
    expect(steps[2]?.querystring).toMatchObject({ routing: 'acme/web/shop', if_seq_no: expect.any(String) as unknown, if_primary_term: '1' });
    expect(es.docs('depindex-dependencies').map((d) => d['file'])).toEqual(['package-lock.json']);
    expect(es.docs('depindex-sets').map((d) => d['file'])).toEqual(['package-lock.json']);
  });

  it('leaves a set document that a concurrent write made current again', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lock('package-lock.json', 'a'), lock('web/package-lock.json', 'b')]);
    // The set document changes between the retirement's hiding step and its last step (another writer's flip).
    es.intercept = (request) => {
      if (request.method !== 'DELETE') return undefined;
      es.intercept = null;
      return fail(409, 'version_conflict_engine_exception', 'required seqNo mismatch');
    };
    const written = await store.writeScan(FEB, [lock('package-lock.json', 'a')], { complete: true });
    expect(written.ok).toBe(true);
    const left = es.docs('depindex-sets').find((d) => d['file'] === 'web/package-lock.json');
    expect(left).toMatchObject({ generation: null, hidden_generations: [] });
  });
});

describe('the store schema version in the mappings', () => {
  it('is recorded in new indices through the templates', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lock('package-lock.json', 'a')]);
    expect(es.meta.get('depindex-dependencies-v1')).toEqual({ depindex_schema: ES_SCHEMA_VERSION });
    expect(es.meta.get('depindex-sets-v1')).toEqual({ depindex_schema: ES_SCHEMA_VERSION });
    expect(es.log.filter((r) => r.method === 'PUT' && r.path.endsWith('/_mapping'))).toEqual([]);
  });

  it('migrates indices written before versions were recorded, keeping their other _meta', async () => {
    const { es, store } = await openFake();
    await store.setup();
    // What an earlier depindex left: no depindex_schema in the index mappings.
    es.meta.set('depindex-dependencies-v1', { owner: 'ops' });
    es.meta.delete('depindex-sets-v1');
    const written = await store.writeScan(JAN, [lock('package-lock.json', 'a')]);
    expect(written.ok).toBe(true);
    const puts = es.log.filter((r) => r.method === 'PUT' && r.path.endsWith('/_mapping'));
    expect(puts.map((r) => [r.path, r.body])).toEqual([
      ['/depindex-dependencies-v1/_mapping', { _meta: { owner: 'ops', depindex_schema: ES_SCHEMA_VERSION } }],
      ['/depindex-sets-v1/_mapping', { _meta: { depindex_schema: ES_SCHEMA_VERSION } }],
    ]);
  });

  it('is upgraded by es setup\'s upgradeSchema, which says from which version (null when already current)', async () => {
    const { es, store } = await openFake();
    await store.setup();
    es.meta.delete('depindex-dependencies-v1');
    es.meta.delete('depindex-sets-v1');
    expect(await store.upgradeSchema()).toEqual({ ok: true, value: 1 });
    const { store: again } = await openFake({}, es);
    expect(await again.upgradeSchema()).toEqual({ ok: true, value: null });
  });

  it('refuses indices from a newer depindex, naming both versions, before writing anything', async () => {
    const { es, store } = await openFake();
    await store.setup();
    es.meta.set('depindex-sets-v1', { depindex_schema: ES_SCHEMA_VERSION + 7 });
    const written = await store.writeScan(JAN, [lock('package-lock.json', 'a')]);
    expect(written).toEqual({
      ok: false,
      error: `http://es.test:9200 was written by a newer depindex (index depindex-sets-v1 has store schema ${ES_SCHEMA_VERSION + 7}; this version reads up to ${ES_SCHEMA_VERSION}); upgrade depindex`,
    });
    expect(es.log.filter((r) => r.path.endsWith('/_bulk') || r.path.includes('/_doc/'))).toEqual([]);
    expect((await store.prune({ project: 'acme/web/shop', ref: 'main' })).ok).toBe(false);
  });

  it('readers (search, listings, loads, findings) refuse indices from a newer depindex too, and read older ones', async () => {
    const { es, store } = await openFake();
    await store.writeScan(JAN, [lock('package-lock.json', 'a')]);
    es.meta.set('depindex-dependencies-v1', { depindex_schema: ES_SCHEMA_VERSION + 1 });
    const { store: reader } = await openFake({}, es);
    const refusal = `http://es.test:9200 was written by a newer depindex (index depindex-dependencies-v1 has store schema ${ES_SCHEMA_VERSION + 1}; this version reads up to ${ES_SCHEMA_VERSION}); upgrade depindex`;
    es.log.length = 0;
    expect(await reader.search({ name: 'a', limit: 50, offset: 0 })).toEqual({ ok: false, error: refusal });
    expect(await reader.loadSets('acme/web/shop', 'main')).toEqual({ ok: false, error: refusal });
    expect(await reader.loadFindings('acme/web/shop', 'main')).toEqual({ ok: false, error: refusal });
    expect(await reader.listProjects({ limit: 50, offset: 0 })).toEqual({ ok: false, error: refusal });
    // Nothing but the mapping was read.
    expect(es.log.filter((r) => !r.path.endsWith('/_mapping'))).toEqual([]);

    es.meta.set('depindex-dependencies-v1', {});
    const { store: older } = await openFake({}, es);
    const found = await older.search({ name: 'a', limit: 50, offset: 0 });
    expect(found.ok ? found.value.total : found.error).toBe(1);
  });
});
