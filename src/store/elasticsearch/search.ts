import type { Client, estypes } from '@elastic/elasticsearch';
import { err, ok, type Result } from '../../model/result.js';
import { fileFilter } from '../file-filter.js';
import { ADVISORY_NOT_IN_INDEX, rangeMatcher } from '../search-query.js';
import type { SearchHit, SearchQuery, SearchResult } from '../store.js';
import type { DependencyDocument } from './documents.js';
import { isIndexMissing } from './errors.js';
import type { IndexNames } from './mappings.js';
import { dependencyFilters, dependencyMustNot, scopeFilters, searchBody } from './query.js';
import { consistentRead } from './visibility.js';

/** Elasticsearch's default index.max_result_window: from + size beyond it is refused. */
export const MAX_RESULT_WINDOW = 10_000;
/** Distinct versions a range is evaluated against: index.max_terms_count, the most a terms filter may list. */
const MAX_VERSIONS = 65_536;
const VERSION_PAGE = 1_000;

/** Checks what would otherwise come back as an Elasticsearch error a reader has to decode. */
export function checkQuery(query: SearchQuery): Result<null> {
  if (query.advisory !== undefined) return err(ADVISORY_NOT_IN_INDEX);
  if (!Number.isInteger(query.limit) || query.limit < 0) return err(`the limit must be a whole number >= 0, not ${query.limit}`);
  if (!Number.isInteger(query.offset) || query.offset < 0) return err(`the offset must be a whole number >= 0, not ${query.offset}`);
  if (query.offset + query.limit > MAX_RESULT_WINDOW) {
    return err(`offset + limit may not pass ${MAX_RESULT_WINDOW} with Elasticsearch (index.max_result_window); narrow the search`);
  }
  return ok(null);
}

/**
 * The distinct versions matching every other filter, paged with a composite aggregation, then the range is
 * evaluated in JS by the ecosystem's own semantics (a Maven range or a PEP 440 specifier is not something a
 * keyword range query can answer). The caller turns them into an exact `terms` filter, so totals stay exact.
 */
async function versionsInRange(
  client: Client,
  names: IndexNames,
  query: SearchQuery,
  hidden: readonly string[],
  contains: (version: string) => boolean,
  files: readonly string[] | null,
): Promise<Result<string[]>> {
  const matching: string[] = [];
  let seen = 0;
  let after: Record<string, estypes.FieldValue> | undefined;
  for (;;) {
    const answer = await client.search({
      index: names.dependencies,
      ...(query.project !== undefined ? { routing: query.project } : {}),
      size: 0,
      query: { bool: { filter: dependencyFilters(query, files), must_not: dependencyMustNot(query, hidden) } },
      aggs: {
        versions: {
          composite: { size: VERSION_PAGE, sources: [{ version: { terms: { field: 'version' } } }], ...(after ? { after } : {}) },
        },
      },
    });
    const agg = answer.aggregations?.versions as estypes.AggregationsCompositeAggregate | undefined;
    const buckets = (agg?.buckets ?? []) as estypes.AggregationsCompositeBucket[];
    for (const bucket of buckets) {
      const version = bucket.key.version;
      if (typeof version === 'string' && contains(version)) matching.push(version);
    }
    seen += buckets.length;
    if (seen > MAX_VERSIONS) return err(`more than ${MAX_VERSIONS} distinct versions match; add a package name to the range search`);
    if (buckets.length < VERSION_PAGE || !agg?.after_key) return ok(matching);
    after = agg.after_key;
  }
}

/** The range as a test of version strings (search-query.ts, shared with SQLite), cached per distinct version. */
function rangeTest(query: SearchQuery): Result<((version: string) => boolean) | null> {
  if (query.versionRange === undefined) return ok(null);
  if (query.type === undefined) return err('a version range needs a purl type: ranges mean something only in one ecosystem');
  const matcher = rangeMatcher(query.type, query.versionRange);
  if (!matcher.ok) return matcher;
  const cache = new Map<string, boolean>();
  return ok((version: string) => {
    let answer = cache.get(version);
    if (answer === undefined) cache.set(version, (answer = matcher.value(version)));
    return answer;
  });
}

function toHit(doc: DependencyDocument): SearchHit {
  return {
    project: doc.project,
    ref: doc.ref,
    file: doc.file,
    purl: doc.purl,
    type: doc.package.type,
    name: doc.package.name,
    canonicalName: doc.package.canonical_name,
    version: doc.version,
    licenses: doc.licenses,
    development: doc.development,
    introduced: doc.introduced,
    createdAt: doc.created_at,
    firstCommitSha: doc.first_commit_sha,
    commit: doc.commit_sha,
    // Documents written before the field existed lack it.
    pipelineUrl: doc.pipeline_url ?? null,
    // Every document of a set is rewritten with the scan's time (its content hash holds it): last seen = scanned.
    scannedAt: doc.last_seen_at,
  };
}

const EMPTY: SearchResult = { total: 0, hits: [], byProject: [] };

/**
 * The stored paths a `--file` stands for: exact paths as they are; for a glob, the distinct files of the sets in
 * scope (sets are few, one per dependency file) kept by the same matcher SQLite uses (file-filter.ts).
 */
async function filesOf(client: Client, names: IndexNames, query: SearchQuery): Promise<Result<readonly string[] | null>> {
  if (query.file === undefined) return ok(null);
  const filter = fileFilter(query.file);
  if (filter.kind === 'exact') return ok(filter.files);
  const files: string[] = [];
  let after: Record<string, estypes.FieldValue> | undefined;
  for (;;) {
    const answer = await client.search({
      index: names.sets,
      ...(query.project !== undefined ? { routing: query.project } : {}),
      size: 0,
      query: { bool: { filter: scopeFilters(query) } },
      aggs: { files: { composite: { size: VERSION_PAGE, sources: [{ file: { terms: { field: 'file' } } }], ...(after ? { after } : {}) } } },
    });
    const agg = answer.aggregations?.files as estypes.AggregationsCompositeAggregate | undefined;
    const buckets = (agg?.buckets ?? []) as estypes.AggregationsCompositeBucket[];
    for (const bucket of buckets) {
      const file = bucket.key.file;
      if (typeof file === 'string' && filter.matches(file)) files.push(file);
    }
    if (files.length > MAX_VERSIONS) return err(`more than ${MAX_VERSIONS} files match the --file glob; narrow it`);
    if (buckets.length < VERSION_PAGE || !agg?.after_key) return ok(files);
    after = agg.after_key;
  }
}

/** Runs a search; Result errors for bad queries, thrown client errors for the caller to describe. */
export async function search(client: Client, names: IndexNames, query: SearchQuery): Promise<Result<SearchResult>> {
  const checked = checkQuery(query);
  if (!checked.ok) return checked;
  const test = rangeTest(query);
  if (!test.ok) return test;
  const contains = test.value;

  return consistentRead(client, names, async (hidden): Promise<Result<SearchResult>> => {
    let files: readonly string[] | null;
    try {
      const found = await filesOf(client, names, query);
      if (!found.ok) return found;
      files = found.value;
    } catch (e) {
      if (isIndexMissing(e)) return ok(EMPTY);
      throw e;
    }
    let versions: string[] | null = null;
    if (contains) {
      const found = await versionsInRange(client, names, query, hidden, contains, files).catch((e: unknown) => {
        if (isIndexMissing(e)) return ok([] as string[]);
        throw e;
      });
      if (!found.ok) return found;
      versions = found.value;
    }
    try {
      const answer = await client.search<DependencyDocument>({
        index: names.dependencies,
        // Scoped to a project, the search goes to the one shard holding it (routing, see documents.ts).
        ...(query.project !== undefined ? { routing: query.project } : {}),
        ...searchBody(query, hidden, versions, files),
      });
      const total = typeof answer.hits.total === 'number' ? answer.hits.total : (answer.hits.total?.value ?? 0);
      const terms = answer.aggregations?.by_project as estypes.AggregationsStringTermsAggregate | undefined;
      const buckets = (terms?.buckets ?? []) as estypes.AggregationsStringTermsBucket[];
      return ok({
        total,
        hits: answer.hits.hits.flatMap((h) => (h._source ? [toHit(h._source)] : [])),
        byProject: buckets.map((b) => ({ project: String(b.key), count: b.doc_count })),
      });
    } catch (e) {
      if (isIndexMissing(e)) return ok(EMPTY);
      throw e;
    }
  });
}
