import type { Client } from '@elastic/elasticsearch';
import { statusOf } from '../../../store/elasticsearch/errors.js';
import { bulkIndex, describeFailures, type BulkDocument, type BulkPolicy } from '../../../store/elasticsearch/write.js';
import { recordPackageKey } from '../../match/package-key.js';
import { mergeLicenseRecords } from '../../records/pmdb-license.js';
import type { AdvisoryRecord, LicenseRecord } from '../../records/types.js';
import type { IngestBatch } from '../types.js';
import {
  ASSIGN,
  REVISION_DOC_ID,
  advisoryDocId,
  advisoryDocument,
  affectedDocuments,
  checkpointDocId,
  checkpointDocument,
  enrichmentDocument,
  licenseDocId,
  type AdvisoryDocument,
  type LicenseDocument,
  type RevisionDocument,
} from './documents.js';
import type { MetadataIndexNames } from './indices.js';
import { chunks, searchAll, TERMS_BATCH } from './paging.js';
import { removedDocuments, settleRemoved, type RemovedDocument } from './removed.js';
import { namesByType } from '../key-groups.js';

/**
 * Writing one file's records without transactions. SQLite writes a file's rows and its checkpoint in one
 * transaction; here the same guarantee ("a kill at any moment loses nothing and a rerun duplicates nothing")
 * comes from the order of idempotent steps:
 *
 * 1. Every document has a deterministic id (documents.ts), so writing a file again overwrites, never adds.
 * 2. The packages a replaced advisory no longer lists are recorded first (removed.ts), then the rows are
 *    written (bulk, every item's answer checked), refreshed, and only then are the packages an advisory no
 *    longer has deleted: those of its id not written by this pass (their revision differs).
 * 3. The file's checkpoint is written only after all of that was acknowledged. A kill before it leaves the
 *    checkpoint where it was, so the rerun reads the file again and steps 1-2 make that a no-op apart from
 *    finishing what was cut short. Licence records merge into what is stored; merging a file's records a
 *    second time gives the same record (a v2 record replaces, a v1 row replaces its own version), so that
 *    is idempotent too.
 * 4. The revision counter is raised last, with compare-and-set on the state document (then the pass's removed
 *    packages are settled, removed.ts). Rows carry the revision
 *    to come (counter + 1): a rescan that read the counter before the raise asks for what changed after it, and
 *    gets these rows. If another writer raised the counter meanwhile, the rows are written again with the new
 *    one before trying again, so no row stays at a revision a reader has already passed.
 */

/** Compare-and-set attempts on the revision counter before giving up (concurrent syncs). */
const CAS_ATTEMPTS = 10;

export interface IngestContext {
  readonly client: Client;
  readonly names: MetadataIndexNames;
  readonly bulk: BulkPolicy;
  /** Test hook (kill tests, request shapes): after the rows are acknowledged, before the checkpoint. */
  readonly afterRows?: () => void | Promise<void>;
}

interface CounterState {
  readonly revision: number;
  readonly seqNo: number;
  readonly primaryTerm: number;
}

async function readCounter(client: Client, names: MetadataIndexNames): Promise<CounterState | null> {
  try {
    const doc = await client.get<RevisionDocument>({ index: names.state, id: REVISION_DOC_ID });
    return { revision: doc._source?.revision ?? 0, seqNo: doc._seq_no ?? 0, primaryTerm: doc._primary_term ?? 1 };
  } catch (e) {
    if (statusOf(e) === 404) return null;
    throw e;
  }
}

/** Raises the counter to `revision` if nobody else moved it; false on a conflict. */
async function raiseCounter(client: Client, names: MetadataIndexNames, from: CounterState | null, revision: number): Promise<boolean> {
  const document: RevisionDocument = { kind: 'revision', revision };
  try {
    await client.index({
      index: names.state,
      id: REVISION_DOC_ID,
      document,
      refresh: true,
      ...(from ? { if_seq_no: from.seqNo, if_primary_term: from.primaryTerm } : { op_type: 'create' as const }),
    });
    return true;
  } catch (e) {
    if (statusOf(e) === 409) return false;
    throw e;
  }
}

async function write(ctx: IngestContext, index: string, documents: readonly BulkDocument[], what: string): Promise<void> {
  if (documents.length === 0) return;
  // No refresh per request: one refresh of the index follows the whole file.
  const failures = await bulkIndex(ctx.client, index, documents, ctx.bulk, false);
  if (failures.length > 0) {
    throw new Error(`${failures.length} ${what} refused:\n${describeFailures(failures.slice(0, 5))}`);
  }
  await ctx.client.indices.refresh({ index });
}

/** The last record of each advisory id in the batch: a later line replaces an earlier one, as in SQLite. */
function lastOfEach(records: readonly AdvisoryRecord[]): AdvisoryRecord[] {
  return [...new Map(records.map((r) => [r.advisory.id, r])).values()];
}

/** Which of these advisory ids are stored already (they may have packages to delete). */
async function storedAdvisories(ctx: IngestContext, ids: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const batch of chunks(ids)) {
    const found = await searchAll<{ id: string }>(ctx.client, { index: ctx.names.advisories, query: { terms: { id: batch } }, sort: ['id'], fields: ['id'] });
    out.push(...found.map((d) => d.id));
  }
  return out;
}

/** The batch's licence records merged, in order, into the stored ones (as sqlite-store.ts writeLicense). */
async function mergedLicenses(ctx: IngestContext, records: readonly LicenseRecord[]): Promise<BulkDocument[]> {
  const merged = new Map<string, LicenseDocument>();
  const keyed = records.map((record) => ({ record, key: recordPackageKey(record.type, record.name) }));
  for (const [type, keys] of namesByType(keyed.map((k) => k.key))) {
    for (const batch of chunks([...new Set(keys)])) {
      const query = { bool: { filter: [{ term: { type } }, { terms: { name_key: batch } }] } };
      for (const doc of await searchAll<LicenseDocument>(ctx.client, { index: ctx.names.licenses, query, sort: ['name_key'], fields: ['type', 'name_key', 'record'] })) {
        merged.set(licenseDocId(doc.type, doc.name_key), doc);
      }
    }
  }
  for (const { record, key } of keyed) {
    const id = licenseDocId(key.type, key.key);
    const found = merged.get(id);
    merged.set(id, { type: key.type, name_key: key.key, record: found ? mergeLicenseRecords(found.record, record) : record });
  }
  return [...merged].map(([id, source]) => ({ id, label: `${source.type}/${source.name_key}`, source }));
}

/** CVE enrichment changes the priority of the CVE's advisories: their revision is raised so rescan sees them. */
async function touchAdvisoriesOf(ctx: IngestContext, cveIds: readonly string[], revision: number): Promise<void> {
  const ids: string[] = [];
  for (const batch of chunks([...new Set(cveIds.map((c) => c.toUpperCase()))])) {
    const found = await searchAll<{ id: string }>(ctx.client, { index: ctx.names.advisories, query: { terms: { aliases: batch } }, sort: ['id'], fields: ['id'] });
    ids.push(...found.map((d) => d.id));
  }
  for (const batch of chunks([...new Set(ids)])) {
    for (const [index, field] of [[ctx.names.advisories, 'id'], [ctx.names.affected, 'advisory_id']] as const) {
      const answer = await ctx.client.updateByQuery({
        index,
        query: { terms: { [field]: batch } },
        script: { ...ASSIGN, params: { set: { revision } } },
        conflicts: 'proceed',
        refresh: true,
      });
      if ((answer.failures ?? []).length > 0) throw new Error(`raising the revision of advisories in ${index} failed for ${answer.failures?.length} documents`);
    }
  }
}

/** Steps 1-2 of the comment above, at `revision`; the ids of the advisories that dropped packages. */
async function writeRows(ctx: IngestContext, batch: IngestBatch, revision: number): Promise<string[]> {
  const advisories = lastOfEach(batch.advisories);
  const replaced = await storedAdvisories(ctx, advisories.map((r) => r.advisory.id));
  const advisoryDocs: BulkDocument[] = advisories.map((r) => {
    const source: AdvisoryDocument = advisoryDocument(r, revision);
    return { id: advisoryDocId(source.id), label: source.id, source };
  });
  const affectedDocs: BulkDocument[] = advisories.flatMap((r) =>
    affectedDocuments(r, revision).map((source) => ({ id: source.doc_id, label: `${source.advisory_id} ${source.type}/${source.name_key}`, source })),
  );
  const licenseDocs = await mergedLicenses(ctx, batch.licenses);
  const enrichmentDocs: BulkDocument[] = batch.enrichment.map((e) => {
    const source = enrichmentDocument(e);
    return { id: source.cve_id, label: source.cve_id, source };
  });
  // Before any package of a replaced advisory is overwritten or deleted: the ones it drops (removed.ts).
  const removed = await removedDocuments(ctx.client, ctx.names, advisories, replaced, revision);
  await write(ctx, ctx.names.removed, removed, 'removed packages');
  await write(ctx, ctx.names.advisories, advisoryDocs, 'advisories');
  await write(ctx, ctx.names.affected, affectedDocs, 'affected packages');
  await write(ctx, ctx.names.licenses, licenseDocs, 'licence records');
  await write(ctx, ctx.names.enrichment, enrichmentDocs, 'CVE enrichment records');
  // Packages a replaced advisory no longer lists: every package of its id this pass did not write.
  for (const ids of chunks(replaced, TERMS_BATCH)) {
    const answer = await ctx.client.deleteByQuery({
      index: ctx.names.affected,
      query: { bool: { filter: [{ terms: { advisory_id: ids } }], must_not: [{ term: { revision } }] } },
      conflicts: 'proceed',
      refresh: true,
    });
    if ((answer.failures ?? []).length > 0) throw new Error(`deleting replaced packages failed for ${answer.failures?.length} documents`);
  }
  if (batch.enrichment.length > 0) await touchAdvisoriesOf(ctx, batch.enrichment.map((e) => e.cveId), revision);
  return removed.map((d) => (d.source as RemovedDocument).advisory_id);
}

/** One file (or OSV batch) and its checkpoint. Throws the client's errors; the caller says where. */
export async function ingestBatch(ctx: IngestContext, batch: IngestBatch): Promise<void> {
  for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
    const counter = await readCounter(ctx.client, ctx.names);
    const revision = (counter?.revision ?? 0) + 1;
    const dropping = await writeRows(ctx, batch, revision);
    await ctx.afterRows?.();
    const c = batch.checkpoint;
    if (c) await ctx.client.index({ index: ctx.names.state, id: checkpointDocId(c), document: checkpointDocument(c), refresh: true });
    if (await raiseCounter(ctx.client, ctx.names, counter, revision)) {
      if (dropping.length > 0) await settleRemoved(ctx.client, ctx.names, dropping);
      return;
    }
  }
  throw new Error(`the metadata revision kept changing under this write (${CAS_ATTEMPTS} attempts): is another sync running?`);
}
