/**
 * Request shapes of the package metadata in Elasticsearch (src/metadata/store/elasticsearch/): what a sync sends
 * for a file, what a matching lookup sends for a scan's names, and what a scan of a store without metadata costs.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openMetadataStore } from '../../src/metadata/store/open.js';
import type { LoggedRequest } from '../store/elasticsearch/fake-elasticsearch.js';
import { startHttpFake, type HttpFake } from '../store/elasticsearch/http-fake.js';
import { generateAdvisories } from './generated-mirror.js';
import { cli } from './store-behaviour.js';
import { sharedPath, tempDir } from './support.js';

let fake: HttpFake | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

const shape = (r: LoggedRequest): string => `${r.method} ${r.path}`;
type Action = { index?: { _id?: string; routing?: string } };

describe('a sync of one file on Elasticsearch', () => {
  it('finds which advisories exist in bounded batches, bulk-writes with ids, refreshes, then the checkpoint, then the revision', async () => {
    fake = await startHttpFake();
    const dir = tempDir();
    generateAdvisories(join(dir, 'advisories'), 1, 1200);
    const run = await cli(dir, ['sync', '--source', `advisories=${join(dir, 'advisories')}`, '--store', fake.url]);
    expect(run.code).toBe(0);
    const log = fake.es.log;
    const firstWrite = log.findIndex((r) => r.path === '/depindex-metadata-state/_doc/revision');
    expect(log.slice(0, firstWrite).every((r) => r.method === 'GET' || r.path.startsWith('/_index_template/') || r.path.startsWith('/depindex-metadata-'))).toBe(true);
    const steps = log.slice(firstWrite);
    expect(steps.map(shape)).toEqual([
      'GET /depindex-metadata-state/_doc/revision',
      'POST /depindex-metadata-advisories/_search',
      'POST /depindex-metadata-advisories/_search',
      'POST /depindex-metadata-advisories/_bulk',
      'POST /depindex-metadata-advisories/_bulk',
      'POST /depindex-metadata-advisories/_bulk',
      'GET /depindex-metadata-advisories/_refresh',
      ...Array.from({ length: 5 }, () => 'POST /depindex-metadata-affected/_bulk'),
      'GET /depindex-metadata-affected/_refresh',
      'PUT /depindex-metadata-state/_doc/checkpoint:advisories:npm:v2',
      'PUT /depindex-metadata-state/_doc/revision',
    ]);
    // Terms batches of at most 1,000 ids: 1,200 ids are two requests.
    const lookups = steps.filter((r) => r.path.endsWith('/_search')).map((r) => (r.body as { query: { terms: { id: string[] } } }).query.terms.id.length);
    expect(lookups).toEqual([1000, 200]);
    // Every bulk line names its document: the advisory's own id, a hash for a package; no routing.
    const bulks = steps.filter((r) => r.path.endsWith('/_bulk')).map((r) => (r.body as unknown[]).filter((_, i) => i % 2 === 0) as Action[]);
    expect(bulks.map((b) => b.length)).toEqual([500, 500, 200, 500, 500, 500, 500, 400]);
    expect(bulks[0]?.[0]).toEqual({ index: { _id: 'adv-0-0' } });
    expect(bulks.flat().every((a) => typeof a.index?._id === 'string' && a.index.routing === undefined)).toBe(true);
    expect(bulks.slice(3).flat().every((a) => /^[0-9a-f]{64}$/.test(a.index?._id ?? ''))).toBe(true);
    // The first revision is created (nobody else may have made it), later ones compare-and-set.
    expect(steps.at(-1)?.querystring).toMatchObject({ op_type: 'create', refresh: 'true' });
    expect(steps.at(-2)?.querystring).toMatchObject({ refresh: 'true' });

    fake.es.log.length = 0;
    generateAdvisories(join(dir, 'advisories'), 2, 30);
    expect((await cli(dir, ['sync', '--source', `advisories=${join(dir, 'advisories')}`, '--store', fake.url])).code).toBe(0);
    // The second file replaces 10 advisories of the first: their packages not written again are deleted.
    const deletes = fake.es.log.filter((r) => r.path.endsWith('/_delete_by_query'));
    expect(deletes.map((r) => r.body)).toEqual([{ query: { bool: { filter: [{ terms: { advisory_id: Array.from({ length: 10 }, (_, i) => `adv-0-${i * 3}`).sort() } }], must_not: [{ term: { revision: 2 } }] } } }]);
    const cas = fake.es.log.find((r) => r.path === '/depindex-metadata-state/_doc/revision' && r.method === 'PUT');
    expect(cas?.querystring).toMatchObject({ if_seq_no: expect.any(String), if_primary_term: '1' });
  });
});

describe('a sync of a file whose advisories drop packages, on Elasticsearch', () => {
  it('records the dropped packages pending, before any package is overwritten or deleted, and settles them after the revision', async () => {
    fake = await startHttpFake();
    const dir = tempDir();
    const source = join(dir, 'advisories');
    generateAdvisories(source, 1, 30, { drop: true });
    expect((await cli(dir, ['sync', '--source', `advisories=${source}`, '--store', fake.url])).code).toBe(0);
    expect(fake.es.log.filter((r) => r.path.includes('metadata-removed/_'))).toEqual([]);
    fake.es.log.length = 0;
    // The second file's ten shared ids (adv-0-0, adv-0-3 ... adv-0-27) list pkg-(i+1) where the first listed pkg-i.
    generateAdvisories(source, 2, 30, { drop: true });
    expect((await cli(dir, ['sync', '--source', `advisories=${source}`, '--store', fake.url])).code).toBe(0);
    const log = fake.es.log.map(shape);
    const at = (s: string): number => log.indexOf(s);
    const removedBulk = at('POST /depindex-metadata-removed/_bulk');
    expect(removedBulk).toBeGreaterThan(-1);
    expect(removedBulk).toBeLessThan(at('POST /depindex-metadata-advisories/_bulk'));
    expect(removedBulk).toBeLessThan(at('POST /depindex-metadata-affected/_bulk'));
    expect(removedBulk).toBeLessThan(at('POST /depindex-metadata-affected/_delete_by_query'));
    const settle = at('POST /depindex-metadata-removed/_update_by_query');
    expect(settle).toBeGreaterThan(log.lastIndexOf('PUT /depindex-metadata-state/_doc/revision'));
    const body = fake.es.log[removedBulk]?.body as Record<string, unknown>[];
    const documents = body.filter((_, i) => i % 2 === 1);
    expect(body.filter((_, i) => i % 2 === 0).every((a) => /^[0-9a-f]{64}$/.test((a as Action).index?._id ?? ''))).toBe(true);
    const dropped = Array.from({ length: 10 }, (_, k) => ({ advisory_id: `adv-0-${k * 3}`, type: 'npm', name_key: `pkg-${k * 3}`, revision: 2, pending: true }));
    const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a['advisory_id']).localeCompare(String(b['advisory_id']));
    expect([...documents].sort(byId)).toEqual(dropped.sort(byId));
    const settled = fake.es.log[settle]?.body as { query: { bool: { filter: [{ terms: { advisory_id: string[] } }, unknown] } }; script: unknown };
    expect([...settled.query.bool.filter[0].terms.advisory_id].sort()).toEqual(dropped.map((d) => d.advisory_id));
    expect(settled.query.bool.filter[1]).toEqual({ term: { pending: true } });
    expect(settled.script).toMatchObject({ params: { set: { pending: false } } });
    expect(fake.es.docs('depindex-metadata-removed').map((d) => d['pending'])).toEqual(Array.from({ length: 10 }, () => false));
  });
});

describe('a matching lookup on Elasticsearch', () => {
  it('asks for a scan\'s names in terms batches of at most 1,000, never one request per dependency', async () => {
    fake = await startHttpFake();
    const dir = tempDir();
    generateAdvisories(join(dir, 'advisories'), 1, 30);
    expect((await cli(dir, ['sync', '--source', `advisories=${join(dir, 'advisories')}`, '--store', fake.url])).code).toBe(0);
    const opened = await openMetadataStore(fake.url, { cwd: dir, env: {}, create: false });
    if (!opened.ok) throw new Error(opened.error);
    fake.es.log.length = 0;
    const keys = [...Array.from({ length: 2400 }, (_, i) => ({ type: 'npm', key: `pkg-${i}` })), ...Array.from({ length: 5 }, (_, i) => ({ type: 'pypi', key: `p${i}` }))];
    const found = await opened.value.affectedFor(keys);
    await opened.value.close();
    // pkg-0 .. pkg-29 have one advisory each.
    expect(found.size).toBe(30);
    const requests = fake.es.log.map((r) => ({ shape: shape(r), body: r.body as { query: { bool: { filter: [{ term: { type: string } }, { terms: { name_key: string[] } }, unknown] } }; sort: unknown; size: number } }));
    expect(requests.map((r) => r.shape)).toEqual(Array.from({ length: 4 }, () => 'POST /depindex-metadata-affected/_search'));
    expect(requests.map((r) => `${r.body.query.bool.filter[0].term.type} ${r.body.query.bool.filter[1].terms.name_key.length}`).sort()).toEqual(['npm 1000', 'npm 1000', 'npm 400', 'pypi 5']);
    expect(requests[0]?.body.query.bool.filter[2]).toEqual({ term: { withdrawn: false } });
    expect(requests[0]?.body.sort).toEqual([{ doc_id: 'asc' }]);
  });
});

describe('a scan against an Elasticsearch store without metadata', () => {
  it('asks once whether metadata was synced, and goes on without it', async () => {
    fake = await startHttpFake();
    const dir = tempDir();
    copyFileSync(sharedPath('fixtures/external/cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json'), join(dir, 'bom.json'));
    const run = await cli(dir, ['scan', 'bom.json', '--store', fake.url, '--project', 'acme/shop', '--ref', 'main']);
    expect(run.code).toBe(0);
    expect(run.err).not.toContain('metadata');
    expect(fake.es.log.filter((r) => r.path.includes('-metadata-')).map(shape)).toEqual(['GET /depindex-metadata-state/_doc/revision']);
  });
});
