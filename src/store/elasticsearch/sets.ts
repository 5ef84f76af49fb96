import type { Client, estypes } from '@elastic/elasticsearch';
import { err, ok, type Result } from '../../model/result.js';
import { statusOf } from './errors.js';
import type { IndexNames } from './mappings.js';
import type { DependencyDocument, SetDocument } from './documents.js';

/** Set documents and generations: the reads and compare-and-set writes the upsert protocol is built from. */

export interface VersionedSet {
  readonly doc: SetDocument;
  readonly seqNo: number;
  readonly primaryTerm: number;
}

/** A real-time GET (not a search), so a writer sees the latest state of the set even before a refresh. */
export async function readSet(client: Client, names: IndexNames, id: string, routing: string): Promise<VersionedSet | null> {
  try {
    const answer = await client.get<SetDocument>({ index: names.sets, id, routing });
    if (!answer.found || !answer._source || answer._seq_no === undefined || answer._primary_term === undefined) return null;
    return { doc: answer._source, seqNo: answer._seq_no, primaryTerm: answer._primary_term };
  } catch (e) {
    if (statusOf(e) === 404) return null;
    throw e;
  }
}

const CAS_ATTEMPTS = 10;

/**
 * Compare-and-set of one set document: `change` sees the current document (null when none) and returns the next
 * one, or a message to give up with. Two writers of the same set (a retried job racing the original) both see
 * every change of the other instead of overwriting it; the loser of a race re-reads and decides again.
 * `refresh: wait_for` makes each step visible to searches before the next one starts, which readers rely on.
 */
export async function changeSet(
  client: Client,
  names: IndexNames,
  id: string,
  routing: string,
  change: (current: SetDocument | null) => SetDocument | string,
): Promise<Result<SetDocument>> {
  for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
    const current = await readSet(client, names, id, routing);
    const next = change(current?.doc ?? null);
    if (typeof next === 'string') return err(next);
    try {
      await client.index({
        index: names.sets,
        id,
        routing,
        document: next,
        refresh: 'wait_for',
        ...(current ? { if_seq_no: current.seqNo, if_primary_term: current.primaryTerm } : { op_type: 'create' as const }),
      });
      return ok(next);
    } catch (e) {
      if (statusOf(e) !== 409) throw e;
    }
  }
  return err(`the set document kept changing under ${CAS_ATTEMPTS} attempts to update it (many writers of one set at once?)`);
}

const PAGE = 1000;

/**
 * Every document of one generation of a set, by purl. Paged with search_after on purl, which is unique within a
 * generation, so no page size or result window limits a set's size.
 */
export async function readGeneration(
  client: Client,
  names: IndexNames,
  setId: string,
  routing: string,
  generation: string,
): Promise<DependencyDocument[]> {
  const out: DependencyDocument[] = [];
  let after: estypes.SortResults | undefined;
  for (;;) {
    const answer = await client.search<DependencyDocument>({
      index: names.dependencies,
      routing,
      size: PAGE,
      query: { bool: { filter: [{ term: { set_id: setId } }, { term: { generation } }] } },
      sort: [{ purl: 'asc' }],
      track_total_hits: false,
      ...(after ? { search_after: after } : {}),
    });
    const hits = answer.hits.hits;
    for (const hit of hits) if (hit._source) out.push(hit._source);
    const last = hits[hits.length - 1];
    if (hits.length < PAGE || !last?.sort) return out;
    after = last.sort;
  }
}
