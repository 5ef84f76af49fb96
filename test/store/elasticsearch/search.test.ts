import { beforeAll, describe, expect, it } from 'vitest';
import type { Dependency } from '../../../src/model/dependency.js';
import type { ElasticsearchStore } from '../../../src/store/elasticsearch/open.js';
import type { ScanContext, SearchQuery } from '../../../src/store/store.js';
import type { FakeElasticsearch } from './fake-elasticsearch.js';
import { openFake } from './open-fake.js';

const dep = (type: string, name: string, version: string, extra: Partial<Dependency> = {}): Dependency => ({
  purl: `pkg:${type}/${name}@${version}`,
  type,
  namespace: null,
  name,
  version,
  introduced: true,
  development: false,
  licenses: null,
  checksums: null,
  source: null,
  ...extra,
});

const scan = (project: string, ref: string, scannedAt: string, defaultBranch = ref === 'main'): ScanContext => ({
  project,
  ref,
  refType: 'branch',
  defaultBranch,
  commitSha: null,
  pipelineUrl: null,
  scannedAt: new Date(scannedAt),
});

let store: ElasticsearchStore;
let es: FakeElasticsearch;

beforeAll(async () => {
  ({ store, es } = await openFake());
  const write = async (context: ScanContext, file: string, dependencies: Dependency[]): Promise<void> => {
    const written = await store.writeScan(context, [{ file, packageManager: null, format: 'test', dependencies }]);
    if (!written.ok) throw new Error(written.error);
  };
  await write(scan('acme/web/shop', 'main', '2026-11-01T00:00:00Z'), 'requirements.txt', [
    dep('pypi', 'Django', '4.2.1', { licenses: ['BSD-3-Clause'] }),
    dep('pypi', 'requests_oauthlib', '1.3.1', { licenses: ['ISC'], development: null }),
    dep('pypi', 'pytest', '8.0.0', { development: true, licenses: ['MIT'] }),
  ]);
  await write(scan('acme/web/shop', 'feature/x', '2026-11-10T00:00:00Z'), 'requirements.txt', [dep('pypi', 'django', '5.0.0')]);
  await write(scan('acme/api', 'main', '2026-11-20T00:00:00Z'), 'package-lock.json', [
    dep('npm', 'lodash', '4.17.21', { licenses: ['MIT OR Apache-2.0'] }),
    dep('npm', 'lodash', '3.10.1', { licenses: ['MIT'] }),
    dep('npm', 'left-pad', '1.3.0', { development: true }),
  ]);
  await write(scan('other/tool', 'main', '2026-11-21T00:00:00Z'), 'package-lock.json', [dep('npm', 'lodash', '4.17.20')]);
});

const purls = async (filters: Partial<SearchQuery>): Promise<string[]> => {
  const result = await store.search({ limit: 100, offset: 0, ...filters });
  if (!result.ok) throw new Error(result.error);
  return result.value.hits.map((h) => `${h.project}@${h.ref} ${h.purl}`);
};

describe('search semantics', () => {
  it.each<[string, Partial<SearchQuery>, string[]]>([
    ['name, any case', { name: 'DJANGO' }, ['acme/web/shop@feature/x pkg:pypi/django@5.0.0', 'acme/web/shop@main pkg:pypi/Django@4.2.1']],
    ['name in another spelling (PEP 503)', { name: 'Requests-OAuthlib', type: 'pypi' }, ['acme/web/shop@main pkg:pypi/requests_oauthlib@1.3.1']],
    ['type', { type: 'npm', name: 'lodash', project: 'acme/api' }, ['acme/api@main pkg:npm/lodash@3.10.1', 'acme/api@main pkg:npm/lodash@4.17.21']],
    ['version', { version: '4.17.21' }, ['acme/api@main pkg:npm/lodash@4.17.21']],
    ['version range, npm semantics', { type: 'npm', name: 'lodash', versionRange: '>=4.17.0 <4.17.21' }, ['other/tool@main pkg:npm/lodash@4.17.20']],
    ['license id inside an expression', { license: 'apache-2.0' }, ['acme/api@main pkg:npm/lodash@4.17.21']],
    ['added since', { addedSince: new Date('2026-11-20T00:00:00Z'), name: 'lodash' }, ['acme/api@main pkg:npm/lodash@3.10.1', 'acme/api@main pkg:npm/lodash@4.17.21', 'other/tool@main pkg:npm/lodash@4.17.20']],
    ['development excluded, unknown kept', { excludeDevelopment: true, project: 'acme/web/shop', ref: 'main' }, ['acme/web/shop@main pkg:pypi/Django@4.2.1', 'acme/web/shop@main pkg:pypi/requests_oauthlib@1.3.1']],
    ['group', { group: 'acme/web', name: 'django' }, ['acme/web/shop@feature/x pkg:pypi/django@5.0.0', 'acme/web/shop@main pkg:pypi/Django@4.2.1']],
    ['group does not match a name prefix', { group: 'acme/we' }, []],
    ['default branches only', { defaultBranchOnly: true, name: 'django' }, ['acme/web/shop@main pkg:pypi/Django@4.2.1']],
  ])('%s', async (_case, filters, expected) => {
    expect(await purls(filters)).toEqual(expected);
  });

  it('pages with exact totals and counts by project', async () => {
    const first = await store.search({ type: 'npm', limit: 2, offset: 0 });
    const second = await store.search({ type: 'npm', limit: 2, offset: 2 });
    expect(first.ok && first.value.total).toBe(4);
    expect(first.ok && first.value.byProject).toEqual([
      { project: 'acme/api', count: 3 },
      { project: 'other/tool', count: 1 },
    ]);
    const all = [...(first.ok ? first.value.hits : []), ...(second.ok ? second.value.hits : [])].map((h) => h.purl);
    expect(all).toEqual(['pkg:npm/left-pad@1.3.0', 'pkg:npm/lodash@3.10.1', 'pkg:npm/lodash@4.17.21', 'pkg:npm/lodash@4.17.20']);
  });

  it('returns the fields of a hit', async () => {
    const result = await store.search({ name: 'pytest', limit: 1, offset: 0 });
    expect(result.ok && result.value.hits[0]).toEqual({
      project: 'acme/web/shop',
      ref: 'main',
      file: 'requirements.txt',
      purl: 'pkg:pypi/pytest@8.0.0',
      type: 'pypi',
      name: 'pytest',
      version: '8.0.0',
      licenses: ['MIT'],
      development: true,
      introduced: true,
      createdAt: '2026-11-01T00:00:00.000Z',
      firstCommitSha: null,
      canonicalName: 'pytest',
      commit: null,
      pipelineUrl: null,
      scannedAt: '2026-11-01T00:00:00.000Z',
    });
  });

  it('sends visibility, search, visibility: the exact request of a filtered search', async () => {
    es.log.length = 0;
    await store.search({ name: 'Django', type: 'pypi', excludeDevelopment: true, group: 'acme', limit: 5, offset: 0 });
    expect(es.log.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /depindex-sets/_search', 'POST /depindex-dependencies/_search', 'POST /depindex-sets/_search']);
    expect(es.log[0]?.body).toEqual({
      size: 10_000,
      query: { bool: { filter: [{ exists: { field: 'hidden_generations' } }] } },
      _source: ['set_id', 'hidden_generations'],
      sort: [{ set_id: 'asc' }],
      track_total_hits: true,
      aggs: { writes: { sum: { field: 'write_count' } } },
    });
    expect(es.log[1]?.body).toEqual({
      query: {
        bool: {
          filter: [
            { term: { project_namespaces: 'acme' } },
            { terms: { 'package.canonical_name': ['django'] } },
            { term: { 'package.type': 'pypi' } },
          ],
          must_not: [{ term: { development: true } }],
        },
      },
      sort: [{ project: 'asc' }, { ref: 'asc' }, { file: 'asc' }, { 'package.canonical_name': 'asc' }, { version: 'asc' }, { purl: 'asc' }],
      from: 0,
      size: 5,
      track_total_hits: true,
      aggs: { by_project: { terms: { field: 'project', size: 10_000, order: [{ _count: 'desc' }, { _key: 'asc' }] } } },
    });
  });

  it('evaluates a range on the distinct versions (composite aggregation), then filters on the matching ones', async () => {
    es.log.length = 0;
    await store.search({ name: 'lodash', type: 'npm', versionRange: '^4.17.0', limit: 5, offset: 0 });
    const [versions, hits] = es.log.filter((r) => r.path === '/depindex-dependencies/_search').map((r) => r.body as Record<string, unknown>);
    expect(versions).toEqual({
      size: 0,
      query: { bool: { filter: [{ terms: { 'package.canonical_name': ['lodash'] } }, { term: { 'package.type': 'npm' } }], must_not: [] } },
      aggs: { versions: { composite: { size: 1000, sources: [{ version: { terms: { field: 'version' } } }] } } },
    });
    expect((hits?.['query'] as { bool: { filter: unknown[] } }).bool.filter).toContainEqual({ terms: { version: ['4.17.20', '4.17.21'] } });
  });

  it('routes a project-scoped search to the project’s shard', async () => {
    es.log.length = 0;
    await store.search({ project: 'acme/api', limit: 1, offset: 0 });
    const searches = es.log.filter((r) => r.path === '/depindex-dependencies/_search');
    expect(searches.map((r) => r.querystring['routing'])).toEqual(['acme/api']);
  });

  it.each<[string, Partial<SearchQuery>, string]>([
    ['a range without a type', { versionRange: '^1' }, 'a version range needs a purl type'],
    ['a range that does not parse', { type: 'npm', versionRange: '>=>=1' }, 'invalid npm version range'],
    ['a page beyond the result window', { offset: 9_990, limit: 20 }, 'may not pass 10000'],
    ['an advisory', { advisory: 'CVE-2021-44228' }, 'the index store cannot search by advisory'],
  ])('refuses %s with a message', async (_case, filters, message) => {
    const result = await store.search({ limit: 10, offset: 0, ...filters });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });
});

describe('what a reader sees during a write', () => {
  it('does not see a generation that is still hidden, and reads again when a write changed things under it', async () => {
    const { es: fake, store: s } = await openFake();
    await s.writeScan(scan('p/q', 'main', '2026-01-01T00:00:00Z'), [{ file: 'f', packageManager: null, format: 't', dependencies: [dep('npm', 'a', '1.0.0')] }]);
    // Between the visibility reads, a writer announces a new generation: the first attempt must be discarded.
    let setSearches = 0;
    fake.intercept = (r) => {
      if (r.path !== '/depindex-sets/_search') return undefined;
      setSearches++;
      if (setSearches === 2) {
        const setDoc = [...fake.indices.get('depindex-sets-v1')!.values()][0]!;
        setDoc.source = { ...setDoc.source, hidden_generations: ['zzz-new'], write_count: 2 };
        const doc = { ...fake.docs('depindex-dependencies')[0]!, generation: 'zzz-new', purl: 'pkg:npm/b@1.0.0', version: '1.0.0' };
        fake.indices.get('depindex-dependencies-v1')!.set('half-written', { source: doc, seqNo: 99, routing: 'p/q' });
      }
      return undefined;
    };
    const result = await s.search({ limit: 10, offset: 0 });
    expect(result.ok && result.value.hits.map((h) => h.purl)).toEqual(['pkg:npm/a@1.0.0']);
    expect(setSearches).toBe(4);
    const searches = fake.log.filter((r) => r.path === '/depindex-dependencies/_search');
    expect((searches[1]?.body as { query: { bool: { must_not: unknown[] } } }).query.bool.must_not).toEqual([{ terms: { generation: ['zzz-new'] } }]);
  });

  it('loadSets reads again when a set flipped to a new generation while it read', async () => {
    const { es: fake, store: s } = await openFake();
    const context = scan('p/q', 'main', '2026-01-01T00:00:00Z');
    await s.writeScan(context, [{ file: 'f', packageManager: null, format: 't', dependencies: [dep('npm', 'a', '1.0.0')] }]);
    let setSearches = 0;
    fake.intercept = (r) => {
      if (r.path === '/depindex-sets/_search' && ++setSearches === 2) {
        // A whole write of the set lands between the first look at the set documents and the second.
        const setDoc = [...fake.indices.get('depindex-sets-v1')!.values()][0]!;
        const old = setDoc.source['generation'] as string;
        const docs = fake.indices.get('depindex-dependencies-v1')!;
        for (const [id, d] of [...docs]) if (d.source['generation'] === old) docs.set(id, { ...d, source: { ...d.source, generation: 'g-new', purl: 'pkg:npm/b@2.0.0' } });
        setDoc.source = { ...setDoc.source, generation: 'g-new' };
      }
      return undefined;
    };
    const loaded = await s.loadSets('p/q', 'main');
    expect(loaded.ok && loaded.value[0]?.dependencies.map((d) => d.purl)).toEqual(['pkg:npm/b@2.0.0']);
    expect(setSearches).toBe(4);
  });

  it('gives up with a message when writes keep changing the index under every attempt', async () => {
    const { es: fake, store: s } = await openFake();
    await s.writeScan(scan('p/q', 'main', '2026-01-01T00:00:00Z'), [{ file: 'f', packageManager: null, format: 't', dependencies: [] }]);
    fake.intercept = (r) => {
      if (r.path === '/depindex-sets/_search') {
        const setDoc = [...fake.indices.get('depindex-sets-v1')!.values()][0]!;
        setDoc.source = { ...setDoc.source, hidden_generations: ['busy'], write_count: (setDoc.source['write_count'] as number) + 1 };
      }
      return undefined;
    };
    const result = await s.search({ limit: 1, offset: 0 });
    expect(result).toEqual({ ok: false, error: `cannot search Elasticsearch at http://es.test:9200: the index changed under 5 attempts to read it consistently (many writes at once); try again` });
  });

  it('answers empty before anything was written (no indices yet)', async () => {
    const { store: s } = await openFake();
    expect(await s.search({ limit: 10, offset: 0, name: 'x' })).toEqual({ ok: true, value: { total: 0, hits: [], byProject: [] } });
    expect(await s.loadSets('p/q', 'main')).toEqual({ ok: true, value: [] });
  });
});
