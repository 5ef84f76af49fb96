import { describe, expect, it } from 'vitest';
import { searchBody } from '../../../src/store/elasticsearch/query.js';
import type { SearchQuery } from '../../../src/store/store.js';

const page = { limit: 20, offset: 40 };

describe('searchBody', () => {
  it.each<[string, Partial<SearchQuery>, unknown]>([
    ['project', { project: 'acme/web/shop' }, { term: { project: 'acme/web/shop' } }],
    ['group, trailing slash dropped', { group: 'acme/web/' }, { term: { project_namespaces: 'acme/web' } }],
    ['ref', { ref: 'release/1.x' }, { term: { ref: 'release/1.x' } }],
    ['default branches', { defaultBranchOnly: true }, { term: { default_branch: true } }],
    ['type', { type: 'maven' }, { term: { 'package.type': 'maven' } }],
    ['version', { version: '2.17.0' }, { term: { version: '2.17.0' } }],
    ['license, as its lower-case key', { license: 'Apache-2.0' }, { term: { license_keys: 'apache-2.0' } }],
    ['added since, on created_at', { addedSince: new Date('2026-11-15T00:00:00Z') }, { range: { created_at: { gte: '2026-11-15T00:00:00.000Z' } } }],
    ['name with type: the ecosystem key', { name: 'Django_REST.framework', type: 'pypi' }, { terms: { 'package.canonical_name': ['django-rest-framework'] } }],
  ])('%s', (_case, filters, clause) => {
    const body = searchBody({ ...page, ...filters } as SearchQuery, [], null);
    const filter = (body.query as { bool: { filter: unknown[] } }).bool.filter;
    expect(filter).toContainEqual(clause);
    // One clause per filter; a name with a type also filters on the type.
    expect(filter).toHaveLength(Object.keys(filters).length);
  });

  it('a name without type matches the spellings of every ecosystem, PEP 503 included, or a Maven artifact id', () => {
    const body = searchBody({ ...page, name: 'Requests_OAuthlib' }, [], null);
    type Terms = { terms: Record<string, string[]> };
    const [clause] = (body.query as { bool: { filter: { bool: { should: Terms[]; minimum_should_match: number } }[] } }).bool.filter;
    const [full, short] = clause?.bool.should ?? [];
    const keys = full?.terms['package.canonical_name'] ?? [];
    expect(keys).toContain('requests-oauthlib');
    expect(keys).toContain('requests_oauthlib');
    expect(short?.terms['package.short_name']).toEqual(keys);
    expect(clause?.bool.minimum_should_match).toBe(1);
  });

  it('a Maven name matches the full name or the artifact id alone', () => {
    const body = searchBody({ ...page, name: 'log4j-core', type: 'maven' }, [], null);
    expect((body.query as { bool: { filter: unknown[] } }).bool.filter).toContainEqual({
      bool: { should: [{ terms: { 'package.canonical_name': ['log4j-core'] } }, { terms: { 'package.short_name': ['log4j-core'] } }], minimum_should_match: 1 },
    });
  });

  it('a --file glob or manifest becomes one terms filter on the files it stands for', () => {
    const body = searchBody({ ...page, file: 'web/Gemfile' }, [], null, ['web/Gemfile', 'web/Gemfile.lock']);
    expect((body.query as { bool: { filter: unknown[] } }).bool.filter).toEqual([{ terms: { file: ['web/Gemfile', 'web/Gemfile.lock'] } }]);
  });

  it('excludes development with must_not, so unknown (null) stays in', () => {
    const body = searchBody({ ...page, excludeDevelopment: true }, [], null);
    expect(body.query).toEqual({ bool: { filter: [], must_not: [{ term: { development: true } }] } });
  });

  it('excludes hidden generations and adds the versions a range matched as one terms filter', () => {
    const body = searchBody({ ...page, type: 'npm', versionRange: '^1' }, ['g2', 'g3'], ['1.0.0', '1.4.2']);
    expect(body.query).toEqual({
      bool: {
        filter: [{ term: { 'package.type': 'npm' } }, { terms: { version: ['1.0.0', '1.4.2'] } }],
        must_not: [{ terms: { generation: ['g2', 'g3'] } }],
      },
    });
  });

  it('pages with from/size, counts every hit, sorts stably and counts by project', () => {
    const body = searchBody({ ...page }, [], null);
    expect(body).toMatchObject({
      from: 40,
      size: 20,
      track_total_hits: true,
      sort: [{ project: 'asc' }, { ref: 'asc' }, { file: 'asc' }, { 'package.canonical_name': 'asc' }, { version: 'asc' }, { purl: 'asc' }],
      aggs: { by_project: { terms: { field: 'project', size: 10_000, order: [{ _count: 'desc' }, { _key: 'asc' }] } } },
    });
  });
});
