import type { estypes } from '@elastic/elasticsearch';
import { err, ok, type Result } from '../../model/result.js';
import type { SetDocument } from './documents.js';
import { isIndexMissing, statusOf } from './errors.js';
import { changeSet, readSet } from './sets.js';
import type { Writer } from './writer.js';

/**
 * Retiring whole sets (a complete scan's files that are gone, `depindex prune`), with the same promise to readers
 * as a set write (upsert.ts): (1) the set document hides its current generation (readers stop seeing the set at
 * that one step: searches exclude hidden generations, loads skip sets without a generation), (2) that
 * generation's documents are deleted, (3) the set document goes. A crash after (1) leaves the set invisible; a
 * later write of the same file makes it current again, a later retirement or prune finishes the job.
 */

/** The set documents of one ref (or of every ref of the query), paged on set_id; only the fields asked for. */
export async function findSets(
  writer: Writer,
  filter: readonly estypes.QueryDslQueryContainer[],
  routing: string | undefined,
): Promise<SetDocument[]> {
  const out: SetDocument[] = [];
  let after: estypes.SortResults | undefined;
  for (;;) {
    let answer: estypes.SearchResponse<SetDocument>;
    try {
      answer = await writer.client.search<SetDocument>({
        index: writer.names.sets,
        ...(routing ? { routing } : {}),
        size: 1000,
        query: { bool: { filter: [...filter] } },
        sort: [{ set_id: 'asc' }],
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
    if (hits.length < 1000 || !last?.sort) return out;
    after = last.sort;
  }
}

/** Retires one set; a set already gone, or made current again by a concurrent write, is left as it is. */
export async function retireSet(writer: Writer, doc: SetDocument): Promise<Result<void>> {
  const { client, names } = writer;
  const routing = doc.project;
  let retired: string | null = null;
  // 1. Hide the current generation. write_count moves, so a reader that spans this step reads again.
  const hidden = await changeSet(client, names, doc.set_id, routing, (current) => {
    if (!current) return 'gone';
    retired = current.generation;
    const list = retired ? [...new Set([...current.hidden_generations, retired])] : current.hidden_generations;
    return { ...current, generation: null, hidden_generations: list, write_count: current.write_count + 1, updated_at: writer.clock().toISOString() };
  });
  if (!hidden.ok) return hidden.error === 'gone' ? ok(undefined) : hidden;
  // 2. Delete it (only it: a generation another writer is writing right now stays, and wins).
  if (retired !== null) {
    const answer = await client.deleteByQuery(
      {
        index: names.dependencies,
        routing,
        query: { bool: { filter: [{ term: { set_id: doc.set_id } }, { term: { generation: retired } }] } },
        conflicts: 'proceed',
        refresh: true,
      },
      { maxRetries: 0 },
    );
    if ((answer.failures ?? []).length > 0) return err(`the dependencies of ${doc.file} could not all be deleted (they stay hidden; pruning again removes them)`);
  }
  // 3. The set document goes, unless a write of the same file started meanwhile (its generation is hidden).
  const now = await readSet(client, names, doc.set_id, routing);
  if (!now) return ok(undefined);
  if (now.doc.generation === null && now.doc.hidden_generations.every((g) => g === retired)) {
    try {
      await client.delete({ index: names.sets, id: doc.set_id, routing, if_seq_no: now.seqNo, if_primary_term: now.primaryTerm, refresh: 'wait_for' });
      return ok(undefined);
    } catch (e) {
      if (statusOf(e) !== 409 && statusOf(e) !== 404) throw e;
    }
  }
  const unhidden = await changeSet(client, names, doc.set_id, routing, (current) =>
    current ? { ...current, hidden_generations: current.hidden_generations.filter((g) => g !== retired) } : 'gone',
  );
  return unhidden.ok || unhidden.error === 'gone' ? ok(undefined) : unhidden;
}

/** A complete scan's step after its sets are written: retires the ref's other sets; their files, sorted. */
export async function retireOthers(writer: Writer, project: string, ref: string, keep: ReadonlySet<string>): Promise<Result<string[]>> {
  const sets = await findSets(writer, [{ term: { project } }, { term: { ref } }], project);
  const retired: string[] = [];
  for (const doc of sets) {
    if (keep.has(doc.file)) continue;
    const done = await retireSet(writer, doc);
    if (!done.ok) return err(`cannot retire ${doc.file}: ${done.error}`);
    retired.push(doc.file);
  }
  return ok(retired.sort());
}
