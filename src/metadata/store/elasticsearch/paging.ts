import type { Client, estypes } from '@elastic/elasticsearch';
import { isIndexMissing } from '../../../store/elasticsearch/errors.js';

/**
 * Values per terms query: far below index.max_terms_count (65,536), and a request of a few tens of KB. A scan's
 * 50,000 names are 50 requests, never one per dependency.
 */
export const TERMS_BATCH = 1_000;
/** Hits per page; answers larger than this are read on with search_after over a unique sort key. */
export const PAGE = 5_000;
/** Requests in flight when a lookup is split into batches. */
export const READ_CONCURRENCY = 4;

export function chunks<T>(list: readonly T[], size = TERMS_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export interface PagedSearch {
  readonly index: string;
  readonly query: estypes.QueryDslQueryContainer;
  /** Must end in a field unique per document, so search_after neither skips nor repeats a hit. */
  readonly sort: readonly string[];
  readonly fields: readonly string[];
}

/**
 * Every hit of a query, page after page with search_after (no scroll or PIT to clean up after a kill; the sort
 * is unique, so a document written meanwhile is seen once or not at all). A missing index has no hits.
 */
export async function searchAll<T>(client: Client, search: PagedSearch): Promise<T[]> {
  const out: T[] = [];
  let after: estypes.SortResults | undefined;
  for (;;) {
    let answer: estypes.SearchResponse<T>;
    try {
      answer = await client.search<T>({
        index: search.index,
        query: search.query,
        sort: search.sort.map((field) => ({ [field]: 'asc' as const })),
        _source: [...search.fields],
        size: PAGE,
        track_total_hits: false,
        ...(after ? { search_after: after } : {}),
      });
    } catch (e) {
      if (isIndexMissing(e)) return out;
      throw e;
    }
    const hits = answer.hits.hits;
    for (const hit of hits) if (hit._source) out.push(hit._source);
    const last = hits[hits.length - 1];
    if (hits.length < PAGE || !last?.sort) return out;
    after = last.sort;
  }
}

/** Runs the tasks with at most `limit` in flight; results in the tasks' order. */
export async function bounded<T>(tasks: readonly (() => Promise<T>)[], limit = READ_CONCURRENCY): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
