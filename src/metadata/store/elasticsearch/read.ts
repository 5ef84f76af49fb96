import type { Client, estypes } from '@elastic/elasticsearch';
import { isIndexMissing, statusOf } from '../../../store/elasticsearch/errors.js';
import type { Checkpoint } from '../../checkpoints/plan.js';
import type { Advisory, AdvisoryRecord, CveEnrichment, LicenseRecord } from '../../records/types.js';
import { packageKeyText, type AffectedDetails, type MetadataCounts, type PackageKey, type StoredAffected } from '../types.js';
import { REVISION_DOC_ID, type AdvisoryDocument, type AffectedDocument, type CheckpointDocument, type EnrichmentDocument, type LicenseDocument, type RevisionDocument } from './documents.js';
import type { MetadataIndexNames } from './indices.js';
import { bounded, chunks, searchAll, TERMS_BATCH } from './paging.js';
import { namesByType } from '../key-groups.js';

/**
 * The reads of the metadata store: batched terms queries (TERMS_BATCH values each, a few in flight), paged with
 * search_after, so a lookup costs a request per thousand names and never one per dependency. Every read of a
 * missing index answers "nothing synced". Throws the client's errors.
 */

/** What matching reads of an affected package first (the package itself stays in _source until `details`). */
const MATCH_FIELDS = ['doc_id', 'type', 'name_key', 'distro', 'range_kind', 'range'];

/**
 * StoredAffected.ref is a number; documents have string ids. The store hands out small numbers for the ids it
 * has answered with, in this process, and maps them back in `details`.
 */
export class AffectedHandles {
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  handle(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.push(id) - 1;
      this.numbers.set(id, n);
    }
    return n;
  }
  id(handle: number): string | undefined {
    return this.ids[handle];
  }
}

export async function affectedFor(client: Client, names: MetadataIndexNames, handles: AffectedHandles, keys: readonly PackageKey[]): Promise<Map<string, StoredAffected[]>> {
  const tasks: (() => Promise<Pick<AffectedDocument, 'doc_id' | 'type' | 'name_key' | 'distro' | 'range_kind' | 'range'>[]>)[] = [];
  for (const [type, keysOfType] of namesByType(keys)) {
    for (const batch of chunks([...new Set(keysOfType)], TERMS_BATCH)) {
      const query = { bool: { filter: [{ term: { type } }, { terms: { name_key: batch } }, { term: { withdrawn: false } }] } };
      tasks.push(() => searchAll(client, { index: names.affected, query, sort: ['doc_id'], fields: MATCH_FIELDS }));
    }
  }
  const out = new Map<string, StoredAffected[]>();
  for (const docs of await bounded(tasks)) {
    for (const d of docs) {
      const key = packageKeyText({ type: d.type, key: d.name_key });
      const entry: StoredAffected = { ref: handles.handle(d.doc_id), type: d.type, distro: d.distro ?? null, versions: { kind: d.range_kind === 'osv' ? 'osv' : 'pmdb', text: d.range } };
      const list = out.get(key);
      if (list) list.push(entry);
      else out.set(key, [entry]);
    }
  }
  return out;
}

async function advisoriesByIds(client: Client, names: MetadataIndexNames, ids: readonly string[]): Promise<Map<string, Advisory>> {
  const tasks = chunks([...new Set(ids)]).map((batch) => () =>
    searchAll<Pick<AdvisoryDocument, 'id' | 'advisory'>>(client, { index: names.advisories, query: { terms: { id: batch } }, sort: ['id'], fields: ['id', 'advisory'] }),
  );
  const out = new Map<string, Advisory>();
  for (const docs of await bounded(tasks)) for (const d of docs) out.set(d.id, d.advisory);
  return out;
}

export async function details(client: Client, names: MetadataIndexNames, handles: AffectedHandles, refs: readonly number[]): Promise<Map<number, AffectedDetails>> {
  const byId = new Map<string, number>();
  for (const ref of refs) {
    const id = handles.id(ref);
    if (id !== undefined) byId.set(id, ref);
  }
  const tasks = chunks([...byId.keys()]).map((batch) => () =>
    searchAll<Pick<AffectedDocument, 'doc_id' | 'advisory_id' | 'package'>>(client, { index: names.affected, query: { terms: { doc_id: batch } }, sort: ['doc_id'], fields: ['doc_id', 'advisory_id', 'package'] }),
  );
  const packages = (await bounded(tasks)).flat();
  const advisories = await advisoriesByIds(client, names, packages.map((p) => p.advisory_id));
  const out = new Map<number, AffectedDetails>();
  for (const p of packages) {
    const advisory = advisories.get(p.advisory_id);
    const ref = byId.get(p.doc_id);
    if (advisory && ref !== undefined) out.set(ref, { advisory, pkg: p.package });
  }
  return out;
}

export async function licensesFor(client: Client, names: MetadataIndexNames, keys: readonly PackageKey[]): Promise<Map<string, LicenseRecord>> {
  const tasks: (() => Promise<LicenseDocument[]>)[] = [];
  for (const [type, keysOfType] of namesByType(keys)) {
    for (const batch of chunks([...new Set(keysOfType)])) {
      const query = { bool: { filter: [{ term: { type } }, { terms: { name_key: batch } }] } };
      tasks.push(() => searchAll(client, { index: names.licenses, query, sort: ['name_key'], fields: ['type', 'name_key', 'record'] }));
    }
  }
  const out = new Map<string, LicenseRecord>();
  for (const docs of await bounded(tasks)) for (const d of docs) out.set(packageKeyText({ type: d.type, key: d.name_key }), d.record);
  return out;
}

export async function enrichmentFor(client: Client, names: MetadataIndexNames, cveIds: readonly string[]): Promise<Map<string, CveEnrichment>> {
  const ids = [...new Set(cveIds.map((c) => c.toUpperCase()))];
  const tasks = chunks(ids).map((batch) => () =>
    searchAll<EnrichmentDocument>(client, { index: names.enrichment, query: { terms: { cve_id: batch } }, sort: ['cve_id'], fields: ['cve_id', 'epss', 'known_exploited'] }),
  );
  const out = new Map<string, CveEnrichment>();
  for (const docs of await bounded(tasks)) {
    for (const d of docs) out.set(d.cve_id, { cveId: d.cve_id, epss: d.epss ?? null, knownExploited: d.known_exploited ?? null });
  }
  return out;
}

export async function advisoriesById(client: Client, names: MetadataIndexNames, idOrAlias: string): Promise<AdvisoryRecord[]> {
  const found = await searchAll<Pick<AdvisoryDocument, 'id' | 'advisory'>>(client, {
    index: names.advisories,
    query: { term: { aliases: idOrAlias.trim().toUpperCase() } },
    sort: ['id'],
    fields: ['id', 'advisory'],
  });
  if (found.length === 0) return [];
  const packages: Pick<AffectedDocument, 'advisory_id' | 'package'>[] = [];
  for (const batch of chunks(found.map((f) => f.id))) {
    packages.push(
      ...(await searchAll<Pick<AffectedDocument, 'advisory_id' | 'package'>>(client, {
        index: names.affected,
        query: { terms: { advisory_id: batch } },
        sort: ['advisory_id', 'position'],
        fields: ['advisory_id', 'package'],
      })),
    );
  }
  return found.map((f) => ({ advisory: f.advisory, packages: packages.filter((p) => p.advisory_id === f.id).map((p) => p.package) }));
}

export async function readRevision(client: Client, names: MetadataIndexNames): Promise<number> {
  try {
    const doc = await client.get<RevisionDocument>({ index: names.state, id: REVISION_DOC_ID });
    return doc._source?.revision ?? 0;
  } catch (e) {
    if (statusOf(e) === 404) return 0;
    throw e;
  }
}

/**
 * Packages of advisories written after `revision`, and those an advisory dropped after it (removed.ts): a
 * composite aggregation over (type, name_key) of each index, paged, each package once.
 */
export async function changedSince(client: Client, names: MetadataIndexNames, revision: number): Promise<PackageKey[]> {
  const out = new Map<string, PackageKey>();
  for (const index of [names.affected, names.removed]) {
    for (const key of await packagesAfter(client, index, revision)) out.set(packageKeyText(key), key);
  }
  return [...out.values()];
}

async function packagesAfter(client: Client, index: string, revision: number): Promise<PackageKey[]> {
  const out: PackageKey[] = [];
  let after: Record<string, estypes.FieldValue> | undefined;
  for (;;) {
    let answer: estypes.SearchResponse;
    try {
      answer = await client.search({
        index,
        size: 0,
        query: { range: { revision: { gt: revision } } },
        aggs: {
          packages: {
            composite: { size: TERMS_BATCH, sources: [{ type: { terms: { field: 'type' } } }, { name_key: { terms: { field: 'name_key' } } }], ...(after ? { after } : {}) },
          },
        },
      });
    } catch (e) {
      if (isIndexMissing(e)) return out;
      throw e;
    }
    const agg = answer.aggregations?.['packages'] as estypes.AggregationsCompositeAggregate | undefined;
    const buckets = (agg?.buckets ?? []) as estypes.AggregationsCompositeBucket[];
    for (const b of buckets) out.push({ type: String(b.key['type']), key: String(b.key['name_key']) });
    if (buckets.length < TERMS_BATCH || !agg?.after_key) return out;
    after = agg.after_key;
  }
}

export async function readCheckpoints(client: Client, names: MetadataIndexNames): Promise<Checkpoint[]> {
  const docs = await searchAll<CheckpointDocument>(client, {
    index: names.state,
    query: { term: { kind: 'checkpoint' } },
    sort: ['data_type', 'registry', 'version_format'],
    fields: ['data_type', 'registry', 'version_format', 'sequence', 'chunk'],
  });
  return docs.map((d) => ({ dataType: d.data_type, registry: d.registry, versionFormat: d.version_format, sequence: d.sequence, chunk: d.chunk }));
}

export async function counts(client: Client, names: MetadataIndexNames): Promise<MetadataCounts> {
  const count = async (index: string): Promise<number> => {
    try {
      return (await client.count({ index })).count;
    } catch (e) {
      if (isIndexMissing(e)) return 0;
      throw e;
    }
  };
  const [advisories, affectedPackages, licenses, cveEnrichment] = await Promise.all([names.advisories, names.affected, names.licenses, names.enrichment].map(count));
  return { advisories: advisories ?? 0, affectedPackages: affectedPackages ?? 0, licenses: licenses ?? 0, cveEnrichment: cveEnrichment ?? 0 };
}
