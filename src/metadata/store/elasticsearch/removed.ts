import type { Client, estypes } from '@elastic/elasticsearch';
import type { BulkDocument } from '../../../store/elasticsearch/write.js';
import { recordPackageKey } from '../../match/package-key.js';
import type { AdvisoryRecord } from '../../records/types.js';
import { ASSIGN, removedDocId } from './documents.js';
import type { MetadataIndexNames } from './indices.js';
import { chunks, searchAll } from './paging.js';

/**
 * Packages a rewritten advisory no longer lists (the `removed` index), so `changedSince` names them and a rescan
 * evaluates again the sets holding them (SQLite: md_removed, sqlite-removed.ts). Without transactions, the
 * guarantee comes from the order of ingest.ts: these documents are computed from the stored packages before any
 * row of the pass is written, and written (fixed ids, every item checked) before the advisory's packages are
 * overwritten or deleted. A kill at any later step leaves them written.
 *
 * A rerun after a kill, or a retry after another writer raised the revision counter, may no longer see the
 * packages dropped (overwritten or deleted already), and must still raise their documents to its own revision,
 * so none stays at a revision a reader has passed. So they are written `pending` and settled (pending: false)
 * only once the pass raised the counter; a pass raises the pending documents of the advisories it rewrites as
 * well. A kill between the raise and the settling leaves them pending: the next rewrite of their advisory names
 * them once more, a harmless extra look for a rescan.
 *
 * Kept, not pruned: one document per (advisory, package) ever dropped, a small fraction of the affected index
 * (advisories rarely drop a package); pruning below the lowest rescan progress would risk missed re-evaluations
 * for little space.
 */

export interface RemovedDocument {
  advisory_id: string;
  type: string;
  name_key: string;
  revision: number;
  pending: boolean;
}

type Stored = Pick<RemovedDocument, 'advisory_id' | 'type' | 'name_key'>;

/**
 * The removed documents of this pass, at `revision`: the stored packages of each replaced advisory that its new
 * record does not list, and the pending documents those advisories already have (a pass cut short).
 */
export async function removedDocuments(
  client: Client,
  names: MetadataIndexNames,
  records: readonly AdvisoryRecord[],
  replaced: readonly string[],
  revision: number,
): Promise<BulkDocument[]> {
  if (replaced.length === 0) return [];
  const listed = new Set<string>();
  for (const r of records) for (const p of r.packages) listed.add(JSON.stringify([r.advisory.id, p.type, recordPackageKey(p.type, p.name).key]));
  const out = new Map<string, BulkDocument>();
  const add = (d: Stored): void => {
    const source: RemovedDocument = { advisory_id: d.advisory_id, type: d.type, name_key: d.name_key, revision, pending: true };
    const id = removedDocId(d.advisory_id, d.type, d.name_key);
    out.set(id, { id, label: `${d.advisory_id} ${d.type}/${d.name_key}`, source });
  };
  for (const ids of chunks(replaced)) {
    const fields = ['advisory_id', 'type', 'name_key'];
    const stored = await searchAll<Stored>(client, { index: names.affected, query: { terms: { advisory_id: ids } }, sort: ['doc_id'], fields });
    for (const d of stored) if (!listed.has(JSON.stringify([d.advisory_id, d.type, d.name_key]))) add(d);
    const pending = await searchAll<Stored>(client, { index: names.removed, query: pendingOf(ids), sort: fields, fields });
    for (const d of pending) add(d);
  }
  return [...out.values()];
}

const pendingOf = (advisoryIds: string[]): estypes.QueryDslQueryContainer => ({
  bool: { filter: [{ terms: { advisory_id: advisoryIds } }, { term: { pending: true } }] },
});

/** After the pass raised the revision counter: its removed documents are settled (see above). */
export async function settleRemoved(client: Client, names: MetadataIndexNames, advisoryIds: readonly string[]): Promise<void> {
  for (const ids of chunks([...new Set(advisoryIds)])) {
    const answer = await client.updateByQuery({
      index: names.removed,
      query: pendingOf(ids),
      script: { ...ASSIGN, params: { set: { pending: false } } },
      conflicts: 'proceed',
      refresh: true,
    });
    if ((answer.failures ?? []).length > 0) throw new Error(`settling removed packages failed for ${answer.failures?.length} documents`);
  }
}
