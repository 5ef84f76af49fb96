import type { estypes } from '@elastic/elasticsearch';
import { ecosystems, ecosystemFor } from '../../ecosystems/registry.js';
import type { SearchQuery } from '../store.js';

/**
 * The query DSL for a SearchQuery (DESIGN.md 6), as pure functions of the query: every clause is a filter on a
 * keyword, boolean or date field, so Elasticsearch can cache them and no score is computed.
 */
type Clause = estypes.QueryDslQueryContainer;

/** Project, group, ref and default-branch scope; the same fields exist on set documents. */
export function scopeFilters(query: Pick<SearchQuery, 'project' | 'group' | 'ref' | 'defaultBranchOnly'>): Clause[] {
  const out: Clause[] = [];
  if (query.project !== undefined) out.push({ term: { project: query.project } });
  if (query.group !== undefined) out.push({ term: { project_namespaces: query.group.replace(/\/+$/, '') } });
  if (query.ref !== undefined) out.push({ term: { ref: query.ref } });
  if (query.defaultBranchOnly) out.push({ term: { default_branch: true } });
  return out;
}

/** "ns/name" -> namespace and bare name, the way purls split them (the last "/" separates). */
function splitName(name: string): { namespace: string | null; bare: string } {
  const slash = name.lastIndexOf('/');
  return slash > 0 ? { namespace: name.slice(0, slash), bare: name.slice(slash + 1) } : { namespace: null, bare: name };
}

function canonicalOrNull(type: string, name: string): string | null {
  const ecosystem = ecosystemFor(type);
  if (!ecosystem) return null;
  const { namespace, bare } = splitName(name);
  try {
    return ecosystem.canonicalName(namespace, bare);
  } catch {
    return null;
  }
}

/**
 * A name matches on the canonical name of its ecosystem. With a type that is one term; without one, the name is
 * canonicalised the way each ecosystem would, and each spelling only matches within the types that produce it
 * (PyPI's "foo-bar" for "Foo_Bar" must not match an npm "foo-bar"). Types depindex has no module for match the
 * name as written. Case is handled by the field's lower-case normaliser.
 */
export function nameFilter(name: string, type: string | undefined): Clause {
  if (type !== undefined) {
    return { term: { 'package.canonical_name': canonicalOrNull(type, name) ?? name } };
  }
  const typesBySpelling = new Map<string, string[]>();
  for (const ecosystem of ecosystems) {
    const spelling = canonicalOrNull(ecosystem.type, name);
    if (spelling === null) continue;
    const key = spelling.toLowerCase();
    typesBySpelling.set(key, [...(typesBySpelling.get(key) ?? []), ecosystem.type]);
  }
  const should: Clause[] = [...typesBySpelling.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([spelling, types]) => ({
      bool: { filter: [{ terms: { 'package.type': types } }, { term: { 'package.canonical_name': spelling } }] },
    }));
  should.push({
    bool: {
      filter: [{ term: { 'package.canonical_name': name } }],
      must_not: [{ terms: { 'package.type': ecosystems.map((e) => e.type) } }],
    },
  });
  return { bool: { should, minimum_should_match: 1 } };
}

/** Every filter of the query except the version range, which needs the versions first (search.ts). */
export function dependencyFilters(query: SearchQuery): Clause[] {
  const out: Clause[] = [...scopeFilters(query)];
  if (query.name !== undefined) out.push(nameFilter(query.name, query.type));
  if (query.type !== undefined) out.push({ term: { 'package.type': query.type } });
  if (query.version !== undefined) out.push({ term: { version: query.version } });
  if (query.license !== undefined) out.push({ term: { licenses: query.license } });
  if (query.advisory !== undefined) out.push({ term: { vulnerabilities: query.advisory } });
  if (query.addedSince !== undefined) out.push({ range: { created_at: { gte: query.addedSince.toISOString() } } });
  return out;
}

/**
 * Development dependencies are excluded by must_not, so unknown (null) ones stay in: a reader asking for
 * "production" must not lose dependencies whose input could not tell.
 */
export function dependencyMustNot(query: SearchQuery, hiddenGenerations: readonly string[]): Clause[] {
  const out: Clause[] = [];
  if (query.excludeDevelopment) out.push({ term: { development: true } });
  if (hiddenGenerations.length > 0) out.push({ terms: { generation: [...hiddenGenerations] } });
  return out;
}

/** A stable order, so paging with from/size neither skips nor repeats a hit between pages. */
export const hitSort: estypes.Sort = [
  { project: 'asc' },
  { ref: 'asc' },
  { file: 'asc' },
  { 'package.canonical_name': 'asc' },
  { version: 'asc' },
  { purl: 'asc' },
];

/** How many project buckets a search returns; terms counts are exact while an index holds fewer projects. */
export const PROJECT_BUCKETS = 10_000;

export function searchBody(
  query: SearchQuery,
  hiddenGenerations: readonly string[],
  versions: readonly string[] | null,
): estypes.SearchRequest {
  const filter = dependencyFilters(query);
  if (versions !== null) filter.push({ terms: { version: [...versions] } });
  return {
    query: { bool: { filter, must_not: dependencyMustNot(query, hiddenGenerations) } },
    sort: hitSort,
    from: query.offset,
    size: query.limit,
    track_total_hits: true,
    aggs: {
      by_project: { terms: { field: 'project', size: PROJECT_BUCKETS, order: [{ _count: 'desc' }, { _key: 'asc' }] } },
    },
  };
}
