import type { estypes } from '@elastic/elasticsearch';
import { licenseKey, mayBeArtifactId, nameKeys } from '../keys.js';
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

/** Every filter of the query except the version range, which needs the versions first (search.ts). */
export function dependencyFilters(query: SearchQuery, files: readonly string[] | null = null): Clause[] {
  const out: Clause[] = [...scopeFilters(query)];
  // The keys the SQLite store matches too (keys.ts), against the same canonical key written at index time, or a
  // Maven artifact id alone.
  if (query.name !== undefined) {
    const keys = nameKeys(query.name, query.type);
    const full: Clause = { terms: { 'package.canonical_name': keys } };
    out.push(mayBeArtifactId(query.type) ? { bool: { should: [full, { terms: { 'package.short_name': keys } }], minimum_should_match: 1 } } : full);
  }
  if (query.type !== undefined) out.push({ term: { 'package.type': query.type } });
  if (query.version !== undefined) out.push({ term: { version: query.version } });
  if (query.license !== undefined) out.push({ term: { license_keys: licenseKey(query.license) } });
  if (query.advisory !== undefined) out.push({ term: { vulnerabilities: query.advisory } });
  if (query.addedSince !== undefined) out.push({ range: { created_at: { gte: query.addedSince.toISOString() } } });
  // The paths a --file stands for, resolved before (file-filter.ts, search.ts).
  if (files !== null) out.push({ terms: { file: [...files] } });
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
  files: readonly string[] | null = null,
): estypes.SearchRequest {
  const filter = dependencyFilters(query, files);
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
