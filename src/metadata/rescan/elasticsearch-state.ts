import { createHash } from 'node:crypto';
import type { estypes } from '@elastic/elasticsearch';
import { err, ok } from '../../model/result.js';
import { describeError, isIndexMissing, statusOf } from '../../store/elasticsearch/errors.js';
import { indexNames } from '../../store/elasticsearch/mappings.js';
import { bulkIndex, defaultBulkPolicy, describeFailures } from '../../store/elasticsearch/write.js';
import type { ElasticsearchMetadataStore } from '../store/elasticsearch/store.js';
import type { RefKey, RefLister, RescanProgress, RescanScope } from './types.js';

/** Pairs per page of the (project, ref) listing. */
const PAGE = 1_000;

interface ProgressDocument {
  project: string;
  ref: string;
  file: string;
  revision: number;
  scanned_at: string;
}

const progressId = (project: string, ref: string, file: string): string => createHash('sha256').update(`${project}\u0000${ref}\u0000${file}`).digest('hex');

/**
 * The rescan's Elasticsearch side (sqlite-state.ts is the SQLite one): how far each set was evaluated, one
 * document per (project, ref, file) in the metadata's rescan index, read and written by id (gets are real-time,
 * so no refresh is waited for); and the (project, ref) pairs of the index's sets, by a composite aggregation over
 * the sets alias. `prefix` is the index prefix of the store (default depindex).
 */
export function elasticsearchRescanState(metadata: ElasticsearchMetadataStore, prefix?: string): RescanProgress & RefLister & { close(): void } {
  const { client, names, location } = metadata;
  const sets = indexNames(prefix).sets;
  return {
    async evaluated(set) {
      try {
        const doc = await client.get<ProgressDocument>({ index: names.rescan, id: progressId(set.project, set.ref, set.file) });
        const source = doc._source;
        return ok(source ? { revision: source.revision, scannedAt: source.scanned_at } : { revision: 0, scannedAt: null });
      } catch (e) {
        if (statusOf(e) === 404) return ok({ revision: 0, scannedAt: null });
        return err(`reading rescan state of ${set.project} ${set.ref} ${set.file}: ${describeError(location, 'read from', e)}`);
      }
    },
    async save(set, revision, scannedAt) {
      const prepared = await metadata.setup();
      if (!prepared.ok) return prepared;
      const document: ProgressDocument = { project: set.project, ref: set.ref, file: set.file, revision, scanned_at: scannedAt };
      try {
        await client.index({ index: names.rescan, id: progressId(set.project, set.ref, set.file), document });
        return ok(undefined);
      } catch (e) {
        return err(`writing rescan state of ${set.project} ${set.ref} ${set.file}: ${describeError(location, 'write to', e)}`);
      }
    },
    async saveMany(entries) {
      if (entries.length === 0) return ok(undefined);
      const prepared = await metadata.setup();
      if (!prepared.ok) return prepared;
      // One bulk per batch of the sink (256 sets by default) instead of a request per set; every item's answer is
      // checked, so a refused document fails the batch and its sets are evaluated again by the next rescan.
      const documents = entries.map(({ set, revision, scannedAt }) => ({
        id: progressId(set.project, set.ref, set.file),
        label: `${set.project} ${set.ref} ${set.file}`,
        source: { project: set.project, ref: set.ref, file: set.file, revision, scanned_at: scannedAt } satisfies ProgressDocument,
      }));
      try {
        const failures = await bulkIndex(client, names.rescan, documents, defaultBulkPolicy, false);
        if (failures.length > 0) return err(`writing rescan state of ${failures.length} of ${entries.length} sets in ${location}:\n${describeFailures(failures)}`);
        return ok(undefined);
      } catch (e) {
        return err(`writing rescan state of ${entries.length} sets: ${describeError(location, 'write to', e)}`);
      }
    },
    async list(scope: RescanScope) {
      // Only sets whose first write completed (a null generation is a write in progress), as the listing does.
      const filter: estypes.QueryDslQueryContainer[] = [{ exists: { field: 'generation' } }];
      if (scope.project !== undefined) filter.push({ term: { project: scope.project } });
      if (scope.group !== undefined) filter.push({ term: { project_namespaces: scope.group } });
      if (scope.ref !== undefined) filter.push({ term: { ref: scope.ref } });
      if (scope.defaultBranchOnly) filter.push({ term: { default_branch: true } });
      const out: RefKey[] = [];
      let after: Record<string, estypes.FieldValue> | undefined;
      try {
        for (;;) {
          const answer = await client.search({
            index: sets,
            size: 0,
            query: { bool: { filter } },
            aggs: { refs: { composite: { size: PAGE, sources: [{ project: { terms: { field: 'project' } } }, { ref: { terms: { field: 'ref' } } }], ...(after ? { after } : {}) } } },
          });
          const agg = answer.aggregations?.['refs'] as estypes.AggregationsCompositeAggregate | undefined;
          const buckets = (agg?.buckets ?? []) as estypes.AggregationsCompositeBucket[];
          for (const b of buckets) out.push({ project: String(b.key['project']), ref: String(b.key['ref']) });
          if (buckets.length < PAGE || !agg?.after_key) return ok(out);
          after = agg.after_key;
        }
      } catch (e) {
        if (isIndexMissing(e)) return ok(out);
        return err(`listing stored sets: ${describeError(location, 'read from', e)}`);
      }
    },
    close() {
      // The client is the metadata store's, closed with it.
    },
  };
}
