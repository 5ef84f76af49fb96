import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import type { FakeElasticsearch } from '../store/elasticsearch/fake-elasticsearch.js';
import { openFake } from '../store/elasticsearch/open-fake.js';
import { finding, fixtureIndex, writeFixture } from './fixture.js';
import { getJson, openReadOnly, startServer, type Running } from './harness.js';

/**
 * The API over the Elasticsearch store (through @elastic/elasticsearch-mock and the in-memory fake) answers what
 * it answers over SQLite for the same scans, and sends the request shapes the listing needs.
 */
let es: FakeElasticsearch;
let esStore: Store;
let sqlite: Store;
let overEs: Running;
let overSqlite: Running;
beforeAll(async () => {
  ({ es, store: esStore } = await openFake());
  await writeFixture(esStore);
  sqlite = openReadOnly(await fixtureIndex());
  overEs = await startServer(esStore);
  overSqlite = await startServer(sqlite);
});
afterAll(async () => {
  await overEs.close();
  await overSqlite.close();
  await esStore.close();
  await sqlite.close();
});

const both = async (target: string) => Promise.all([getJson(`${overEs.base}${target}`), getJson(`${overSqlite.base}${target}`)]);

describe('the index API over Elasticsearch', () => {
  it.each([
    '/api/v1/dependencies?name=lodash',
    '/api/v1/dependencies?type=npm&limit=2&offset=1&exclude-development=true',
    '/api/v1/dependencies?group=acme&file=package-lock.json',
    '/api/v1/package?type=npm&name=lodash',
    '/api/v1/projects',
    '/api/v1/projects?group=acme&limit=1&offset=1',
    '/api/v1/projects/acme%2Fweb%2Fshop/refs/main/sets',
    '/api/v1/projects/acme%2Fweb%2Fshop/refs/nope/sets',
    '/api/v1/dependencies?range=x',
  ])('answers %s as over SQLite', async (target) => {
    const [fromEs, fromSqlite] = await both(target);
    expect(fromEs.status).toBe(fromSqlite.status);
    expect(fromEs.body).toEqual(fromSqlite.body);
  });

  it('builds the same SBOM components from either store', async () => {
    const [fromEs, fromSqlite] = await both('/api/v1/projects/acme%2Fapi/refs/main/sbom');
    expect(fromEs.status).toBe(200);
    const { components } = fromEs.body as { components: unknown[] };
    expect(components).toHaveLength(3);
    expect(components).toEqual((fromSqlite.body as { components: unknown[] }).components);
  });

  it('lists projects by a composite aggregation on the sets index, then reads their written sets', async () => {
    es.log.length = 0;
    expect((await getJson(`${overEs.base}/api/v1/projects?group=acme`)).status).toBe(200);
    const searches = es.log.filter((r) => r.path.endsWith('/_search'));
    expect(searches.map((r) => r.path)).toEqual(['/depindex-sets/_search', '/depindex-sets/_search']);
    expect(searches[0]?.body).toEqual({
      size: 0,
      query: { bool: { filter: [{ term: { project_namespaces: 'acme' } }, { exists: { field: 'generation' } }] } },
      aggs: { projects: { composite: { size: 1000, sources: [{ project: { terms: { field: 'project' } } }] } } },
    });
    expect(searches[1]?.body).toMatchObject({
      query: { bool: { filter: [{ terms: { project: ['acme/api', 'acme/web/shop'] } }, { exists: { field: 'generation' } }] } },
      sort: [{ project: 'asc' }, { ref: 'asc' }, { file: 'asc' }],
    });
  });

  it('reads the sets of a ref routed to the project', async () => {
    es.log.length = 0;
    await getJson(`${overEs.base}/api/v1/projects/acme%2Fapi/refs/main/sets`);
    expect(es.log.map((r) => [r.path, r.querystring['routing']])).toEqual([['/depindex-sets/_search', 'acme/api']]);
  });

  it('searches findings with the filters of the request, routed to the project, and answers the stored finding', async () => {
    // The fake knows no findings index: the request is answered here, and its shape checked.
    const stored = finding({ id: 'f-1', kind: 'vulnerability', severity: 'high', file: 'pom.xml', purl: 'pkg:maven/a/b@1', name: 'b', version: '1' });
    const requests: { querystring: Record<string, string>; body: unknown }[] = [];
    es.intercept = (request) => {
      if (request.path !== '/depindex-findings/_search') return undefined;
      requests.push(request);
      const source = { project: 'acme/api', ref: 'main', first_seen_at: '2026-11-01T08:00:00.000Z', first_commit_sha: 'cccc333', last_seen_at: '2026-11-02T08:00:00.000Z', finding: stored };
      return { hits: { total: { value: 3, relation: 'eq' }, hits: [{ _source: source }] } };
    };
    const { status, body } = await getJson(`${overEs.base}/api/v1/findings?project=acme%2Fapi&default-branch=true&kind=vulnerability&severity=high&limit=1&offset=2`).finally(() => {
      es.intercept = null;
    });
    expect(status).toBe(200);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.querystring['routing']).toBe('acme/api');
    expect(requests[0]?.body).toMatchObject({
      query: { bool: { filter: [
        { term: { project: 'acme/api' } }, { term: { default_branch: true } }, { term: { kind: 'vulnerability' } },
        { range: { severity_rank: { lte: 1 } } }, { term: { suppressed: false } },
      ] } },
      from: 2,
      size: 1,
    });
    expect(body).toMatchObject({ total: 3, limit: 1, offset: 2, hits: [{ project: 'acme/api', ref: 'main', id: 'f-1', severity: 'high', firstSeenAt: '2026-11-01T08:00:00.000Z', lastSeenAt: '2026-11-02T08:00:00.000Z' }] });
  });
});
