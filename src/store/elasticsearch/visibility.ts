import type { Client } from '@elastic/elasticsearch';
import { isIndexMissing } from './errors.js';
import type { IndexNames } from './mappings.js';

/**
 * What a reader must not see (upsert.ts): the hidden generations of every set, and the total number of writes
 * ever started. Normally a handful of sets are mid-write across the instance, so this is one small search on the
 * sets index, whatever the size of the dependencies index.
 */
export interface Visibility {
  readonly hidden: readonly string[];
  readonly signature: string;
}

/** More sets mid-write than this at once would need paging; that many concurrent writers is not a real load. */
const MAX_SETS_IN_FLIGHT = 10_000;

export async function readVisibility(client: Client, names: IndexNames): Promise<Visibility> {
  try {
    const answer = await client.search<{ set_id?: string; hidden_generations?: string[] }>({
      index: names.sets,
      size: MAX_SETS_IN_FLIGHT,
      query: { bool: { filter: [{ exists: { field: 'hidden_generations' } }] } },
      _source: ['set_id', 'hidden_generations'],
      sort: [{ set_id: 'asc' }],
      track_total_hits: true,
      aggs: { writes: { sum: { field: 'write_count' } } },
    });
    const total = typeof answer.hits.total === 'number' ? answer.hits.total : (answer.hits.total?.value ?? 0);
    if (total > MAX_SETS_IN_FLIGHT) {
      throw new Error(`more than ${MAX_SETS_IN_FLIGHT} sets are being written at once; try again when the writes settle`);
    }
    const hidden: string[] = [];
    const parts: string[] = [];
    for (const hit of answer.hits.hits) {
      const generations = hit._source?.hidden_generations ?? [];
      hidden.push(...generations);
      parts.push(`${hit._source?.set_id ?? hit._id}:${[...generations].sort().join(',')}`);
    }
    const writes = (answer.aggregations?.writes as { value?: number | null } | undefined)?.value ?? 0;
    return { hidden: [...new Set(hidden)].sort(), signature: `${writes}|${parts.join(';')}` };
  } catch (e) {
    if (isIndexMissing(e)) return { hidden: [], signature: 'missing' };
    throw e;
  }
}

const ATTEMPTS = 5;

/**
 * Runs `read` between two looks at the visibility and accepts its answer only when nothing changed in between.
 * Each writer step is visible before the next starts, so an unchanged visibility (same hidden lists, same number
 * of writes started) means no generation a reader saw was deleted and none it included was incomplete.
 */
export async function consistentRead<T>(
  client: Client,
  names: IndexNames,
  read: (hidden: readonly string[]) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const before = await readVisibility(client, names);
    const result = await read(before.hidden);
    const after = await readVisibility(client, names);
    if (after.signature === before.signature) return result;
    if (attempt >= ATTEMPTS) {
      throw new Error(`the index changed under ${ATTEMPTS} attempts to read it consistently (many writes at once); try again`);
    }
  }
}
