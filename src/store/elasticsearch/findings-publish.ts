import type { Client, estypes } from '@elastic/elasticsearch';
import type { Finding } from '../../model/finding.js';
import type { FindingsWriteSummary, ScanContext } from '../store.js';
import { isIndexMissing } from './errors.js';
import { findingDocument, findingDocumentId, loadDocuments, type FindingDocument, type FindingsNames } from './findings.js';

/**
 * A scan's findings published with its sets (issue 13): they ride on the generation of the last set the scan
 * changes (upsert.ts). Their documents carry the generation `<N>-findings` (N the set's new one), are announced
 * hidden with N, written beside N's dependencies, made visible by the same flip of the set document, which
 * hides the ref's previous findings at that instant, and the previous ones are deleted with the set's old
 * generation. Readers leave hidden generations out (open.ts reads findings through consistentRead), so they see
 * the old sets with the old findings or the new with the new. The suffix keeps the generation's start time
 * (documents.ts generationStartedAt) and never names a set's dependencies, so hiding it hides findings only.
 */
export interface FindingsRider {
  /** The generation the findings go under, from the set generation they ride on. */
  generationFor(setGeneration: string): string;
  /** Step 2: the documents, written under `generation`; a message when Elasticsearch refused some. */
  write(generation: string): Promise<string | null>;
  /** Step 3: the generations of the ref's findings the flip hides (all but the new one). */
  previous(): readonly string[];
  /** After the flip: documents of standalone writes, which no generation hides, are deleted. */
  afterFlip(): Promise<void>;
  readonly summary: FindingsWriteSummary;
}

const SUFFIX = '-findings';
export const findingsGeneration = (setGeneration: string): string => `${setGeneration}${SUFFIX}`;

/** Reads the ref's stored findings (their first sightings and generations) and prepares the new documents. */
export async function prepareFindings(client: Client, names: FindingsNames, context: ScanContext, findings: readonly Finding[]): Promise<FindingsRider> {
  const stored = await loadDocuments(client, names, context.project, context.ref);
  const before = new Map<string, FindingDocument>();
  // Several generations may be stored for a moment (a crashed write's leftovers): the earliest sighting counts.
  for (const d of stored) {
    const known = before.get(d.finding_id);
    if (!known || d.first_seen_at < known.first_seen_at) before.set(d.finding_id, d);
  }
  const unique = new Map(findings.map((f) => [f.id, f]));
  const now = context.scannedAt.toISOString();
  const previous = [...new Set(stored.map((d) => d.generation).filter((g): g is string => typeof g === 'string'))];
  const legacy = stored.some((d) => d.generation === undefined);
  return {
    generationFor: findingsGeneration,
    previous: () => previous,
    summary: {
      written: unique.size,
      added: [...unique.keys()].filter((id) => !before.has(id)).length,
      removed: [...before.keys()].filter((id) => !unique.has(id)).length,
    },
    async write(generation) {
      const operations: unknown[] = [];
      for (const f of unique.values()) {
        const doc: FindingDocument = { ...findingDocument(context, f, before.get(f.id), now), generation };
        operations.push({ index: { _index: names.alias, _id: findingDocumentId(context.project, context.ref, `${f.id}\u0000${generation}`), routing: context.project } }, doc);
      }
      if (operations.length > 0) {
        const answer = await client.bulk({ operations: operations as estypes.BulkOperationContainer[], refresh: 'wait_for' });
        if (answer.errors) {
          const first = answer.items.find((i) => i.index?.error)?.index?.error;
          return `storing findings failed: ${first?.type ?? 'error'}: ${first?.reason ?? ''}`;
        }
      }
      return null;
    },
    async afterFlip() {
      // Documents of standalone writes (rescan, older depindex) have no generation to hide: readers see them
      // beside the new ones from the flip until this delete.
      if (legacy) await deleteFindings(client, names, context.project, { bool: { filter: [{ term: { ref: context.ref } }], must_not: [{ exists: { field: 'generation' } }] } });
    },
  };
}

/**
 * Step 4 for findings: the documents of retired findings generations (the ref's previous ones, a failed or
 * crashed write's). Set generations among `generations` carry no findings and are skipped.
 */
export async function retireFindings(client: Client, names: FindingsNames, routing: string, generations: readonly string[]): Promise<void> {
  const findings = generations.filter((g) => g.endsWith(SUFFIX));
  if (findings.length === 0) return;
  await deleteFindings(client, names, routing, { bool: { filter: [{ terms: { generation: findings } }] } });
}

async function deleteFindings(client: Client, names: FindingsNames, project: string, query: estypes.QueryDslQueryContainer): Promise<void> {
  try {
    const scoped: estypes.QueryDslQueryContainer = { bool: { filter: [{ term: { project } }, query] } };
    await client.deleteByQuery({ index: names.alias, routing: project, query: scoped, refresh: true, conflicts: 'proceed' }, { maxRetries: 0 });
  } catch (e) {
    if (!isIndexMissing(e)) throw e;
  }
}
