import type { Client } from '@elastic/elasticsearch';
import { err, ok, type Result } from '../../../model/result.js';
import { describeError, statusOf } from '../../../store/elasticsearch/errors.js';
import { redactCredentials } from '../../../store/redact.js';
import { REVISION_DOC_ID } from './documents.js';
import { checkServer, connectElasticsearch, type ElasticsearchOptions } from '../../../store/elasticsearch/open.js';
import { defaultBulkPolicy, type BulkPolicy } from '../../../store/elasticsearch/write.js';
import type { MetadataStore, OpenMetadataOptions } from '../types.js';
import { ensureMetadataIndices, metadataIndexNames, type MetadataIndexNames, type MetadataSetup } from './indices.js';
import { ingestBatch } from './ingest.js';
import { AffectedHandles, advisoriesById, affectedFor, changedSince, counts, details, enrichmentFor, licensesFor, readCheckpoints, readRevision } from './read.js';

export interface ElasticsearchMetadataOptions extends OpenMetadataOptions {
  /** Connection and index settings as for the index (tests pass the mock's connection here). */
  readonly elasticsearch?: ElasticsearchOptions;
  /** Test hook: after a file's rows are acknowledged, before its checkpoint. */
  readonly afterRows?: () => void | Promise<void>;
}

export interface ElasticsearchMetadataStore extends MetadataStore {
  readonly client: Client;
  readonly names: MetadataIndexNames;
  /** Templates, indices and aliases of the metadata (`depindex es setup`; also run by the first write). */
  setup(): Promise<Result<MetadataSetup>>;
}

/** The metadata store over an open client; `location` names it in messages. */
export function metadataStoreOn(client: Client, location: string, options: ElasticsearchMetadataOptions): ElasticsearchMetadataStore {
  const settings = options.elasticsearch ?? {};
  const names = metadataIndexNames(settings.indexPrefix);
  const bulk: BulkPolicy = { ...defaultBulkPolicy, ...settings.bulk };
  const handles = new AffectedHandles();
  const failed = (doing: string, e: unknown): Result<never> => err(describeError(location, doing, e));

  let ready: Promise<Result<MetadataSetup>> | null = null;
  const setup = (): Promise<Result<MetadataSetup>> => {
    ready ??= ensureMetadataIndices(client, names, settings.replicas ?? 1, location).then(
      (r) => {
        if (!r.ok) ready = null;
        return r;
      },
      (e: unknown) => {
        ready = null; // a later call may succeed (a restarted node, fixed privileges)
        return failed('set up the package metadata indices in', e);
      },
    );
    return ready;
  };

  const store: ElasticsearchMetadataStore = {
    location,
    client,
    names,
    setup,
    async checkpoints() {
      try {
        return ok(await readCheckpoints(client, names));
      } catch (e) {
        return failed('read metadata checkpoints from', e);
      }
    },
    async ingest(batch) {
      const prepared = await setup();
      if (!prepared.ok) return prepared;
      try {
        await ingestBatch({ client, names, bulk, ...(options.afterRows ? { afterRows: options.afterRows } : {}) }, batch);
        return ok(undefined);
      } catch (e) {
        return e instanceof Error && !('meta' in e) ? err(`writing package metadata in ${location} failed: ${e.message}`) : failed('write package metadata to', e);
      }
    },
    async status() {
      try {
        const [checkpoints, counted] = await Promise.all([readCheckpoints(client, names), counts(client, names)]);
        return ok({ checkpoints, counts: counted });
      } catch (e) {
        return failed('count package metadata in', e);
      }
    },
    affectedFor: (keys) => affectedFor(client, names, handles, keys),
    details: (refs) => details(client, names, handles, refs),
    licensesFor: (keys) => licensesFor(client, names, keys),
    enrichmentFor: (cveIds) => enrichmentFor(client, names, cveIds),
    async advisoriesById(idOrAlias) {
      try {
        return ok(await advisoriesById(client, names, idOrAlias));
      } catch (e) {
        return failed('look up an advisory in', e);
      }
    },
    async revision() {
      try {
        return ok(await readRevision(client, names));
      } catch (e) {
        return failed('read the metadata revision from', e);
      }
    },
    async changedSince(revision) {
      try {
        return ok(await changedSince(client, names, revision));
      } catch (e) {
        return failed('read changed advisories from', e);
      }
    },
    async close() {
      await client.close().catch(() => undefined);
    },
  };
  return store;
}

/** Opens the metadata side of an Elasticsearch `--store`, checking the server answers (as the index does). */
export async function openElasticsearchMetadataStore(location: string, options: ElasticsearchMetadataOptions): Promise<Result<ElasticsearchMetadataStore>> {
  // Messages and `location` never show a password or token of the store string (as store/open.ts does for the index).
  const connected = await connectElasticsearch(location, { ...options.elasticsearch, env: options.env, cwd: options.cwd });
  if (!connected.ok) return err(redactCredentials(connected.error));
  const { client } = connected.value;
  const shown = redactCredentials(connected.value.location);
  const server = await checkServer(client, shown);
  if (!server.ok) {
    await client.close().catch(() => undefined);
    return err(redactCredentials(server.error));
  }
  return ok(metadataStoreOn(client, shown, options));
}

/**
 * The metadata store when `depindex sync` has written there, else null, in one request (store/synced.ts). No
 * metadata index is no metadata; any other failure is an error (a scan goes on without metadata and says so).
 */
export async function openSyncedElasticsearchMetadata(location: string, options: ElasticsearchMetadataOptions): Promise<Result<ElasticsearchMetadataStore | null>> {
  const connected = await connectElasticsearch(location, { ...options.elasticsearch, env: options.env, cwd: options.cwd });
  if (!connected.ok) return err(redactCredentials(connected.error));
  const { client } = connected.value;
  const shown = redactCredentials(connected.value.location);
  const names = metadataIndexNames(options.elasticsearch?.indexPrefix);
  let found: Result<null> = ok(null);
  try {
    // The revision counter exists once any sync wrote anything (advisories, or only licences), as md_schema does
    // in SQLite; `es setup` alone makes the indices but not the counter.
    await client.get({ index: names.state, id: REVISION_DOC_ID }, { maxRetries: 0, requestTimeout: 10_000 });
    return ok(metadataStoreOn(client, shown, options));
  } catch (e) {
    if (statusOf(e) !== 404) found = err(redactCredentials(describeError(shown, 'read package metadata from', e)));
  }
  await client.close().catch(() => undefined);
  return found;
}
