import type { Client } from '@elastic/elasticsearch';
import type { StoredSet } from '../store.js';
import { storedDependency, type DependencyDocument, type SetDocument } from './documents.js';
import { isIndexMissing } from './errors.js';
import type { IndexNames } from './mappings.js';
import { readGeneration } from './sets.js';

const ATTEMPTS = 5;

async function currentSets(client: Client, names: IndexNames, project: string, ref: string): Promise<SetDocument[]> {
  try {
    const answer = await client.search<SetDocument>({
      index: names.sets,
      routing: project,
      // A project has a handful of dependency files per ref; 10,000 is the result window, far above that.
      size: 10_000,
      query: { bool: { filter: [{ term: { project } }, { term: { ref } }, { exists: { field: 'generation' } }] } },
      sort: [{ file: 'asc' }],
    });
    return answer.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
  } catch (e) {
    if (isIndexMissing(e)) return [];
    throw e;
  }
}

const signature = (sets: readonly SetDocument[]): string => sets.map((s) => `${s.set_id}:${s.generation}`).join(';');

/**
 * Every set of a project at a ref, each read from its current generation. The set documents are read again
 * afterwards: a current generation is deleted only after a flip is visible (upsert.ts), so when no generation
 * changed in between, every set was read whole; otherwise the read is repeated. Throws the client's errors.
 */
export async function loadSets(client: Client, names: IndexNames, project: string, ref: string): Promise<StoredSet[]> {
  return readCurrent(client, names, project, ref, undefined, (set, documents) => ({
    project: set.project,
    ref: set.ref,
    file: set.file,
    packageManager: set.package_manager,
    format: set.format,
    commitSha: set.commit_sha,
    scannedAt: set.scanned_at ?? set.updated_at,
    dependencies: documents.map(storedDependency),
  }));
}

/** The consistent read of loadSets, each set (one file when given) made into a T from its current documents. */
export async function readCurrent<T>(
  client: Client,
  names: IndexNames,
  project: string,
  ref: string,
  file: string | undefined,
  make: (set: SetDocument, documents: DependencyDocument[]) => T,
): Promise<T[]> {
  for (let attempt = 1; ; attempt++) {
    const before = (await currentSets(client, names, project, ref)).filter((s) => file === undefined || s.file === file);
    const sets: T[] = [];
    for (const set of before) {
      if (set.generation === null) continue;
      sets.push(make(set, await readGeneration(client, names, set.set_id, project, set.generation)));
    }
    const after = (await currentSets(client, names, project, ref)).filter((s) => file === undefined || s.file === file);
    if (signature(after) === signature(before)) return sets;
    if (attempt >= ATTEMPTS) {
      throw new Error(`the sets of ${project} at ${ref} changed under ${ATTEMPTS} attempts to read them (a scan writing them right now?); try again`);
    }
  }
}

/** The refs a project has sets at: a terms aggregation on the sets index, routed to the project's shard. */
export async function listRefs(client: Client, names: IndexNames, project: string): Promise<string[]> {
  try {
    const answer = await client.search({
      index: names.sets,
      routing: project,
      size: 0,
      query: { bool: { filter: [{ term: { project } }, { exists: { field: 'generation' } }] } },
      aggs: { refs: { terms: { field: 'ref', size: 10_000, order: { _key: 'asc' } } } },
    });
    const buckets = (answer.aggregations?.refs as { buckets?: { key: string }[] } | undefined)?.buckets ?? [];
    return buckets.map((b) => String(b.key));
  } catch (e) {
    if (isIndexMissing(e)) return [];
    throw e;
  }
}
