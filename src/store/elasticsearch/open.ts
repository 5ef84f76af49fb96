import { resolve } from 'node:path';
import type { Client } from '@elastic/elasticsearch';
import { err, ok, type Result } from '../../model/result.js';
import type { FindingsWriteSummary, Store } from '../store.js';
import { consistentRead } from './visibility.js';
import { buildClient, displayLocation, type ConnectionSettings } from './client.js';
import { describeError } from './errors.js';
import { deleteRefFindings, ensureFindingsIndex, findingsNames, loadFindings, searchFindings, writeFindings } from './findings.js';
import { prune } from './prune.js';
import { prepareSchemaVersion, refuseNewerSchema } from './schema-version.js';
import { listProjects, listSets } from './listing.js';
import { listRefs, loadSets } from './load.js';
import { loadGraphs, loadSetWithGraph } from './edges.js';
import { indexNames, type IndexNames, type ShardLayout } from './mappings.js';
import { search } from './search.js';
import { ensureIndices, type SetupReport } from './setup.js';
import { writeScan } from './upsert.js';
import { defaultBulkPolicy, type BulkPolicy } from './write.js';

export interface ElasticsearchOptions extends ConnectionSettings {
  /** Names are `<prefix>-dependencies` and `<prefix>-sets` (aliases) over `-v<N>` indices. Default "depindex". */
  readonly indexPrefix?: string;
  /** Primary shards of the dependencies index when depindex creates it (see mappings.ts). Default 1. */
  readonly shards?: number;
  readonly replicas?: number;
  readonly bulk?: Partial<BulkPolicy>;
  /** A hidden generation older than this is a crashed write's leftover (upsert.ts). Default one hour. */
  readonly staleAfterMs?: number;
  readonly clock?: () => Date;
  /**
   * Where DEPINDEX_ES_* credentials are read from when not given above (src/store/open.ts passes the CLI's env);
   * never process.env directly.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A relative CA certificate path is taken from here. */
  readonly cwd?: string;
}

const CLOUD_PREFIX = 'elastic-cloud:';

const isUrl = (text: string): boolean => /^https?:\/\//i.test(text);

/** Whether a `--store` value names an Elasticsearch: an http(s) URL, `elastic-cloud:<cloud id>` or a bare cloud id. */
export function isElasticsearchLocation(location: string): boolean {
  return isUrl(location) || location.startsWith(CLOUD_PREFIX) || /^[^/:]+:[A-Za-z0-9+/]+={0,2}$/.test(location);
}

/**
 * Connection settings from the environment: DEPINDEX_ES_API_KEY, or DEPINDEX_ES_USERNAME and
 * DEPINDEX_ES_PASSWORD; DEPINDEX_ES_CA_CERT (a PEM file); DEPINDEX_ES_CLOUD_ID. Secrets stay out of URLs and
 * command lines, which CI logs print. Empty variables count as unset (CI templates often define them empty).
 */
export function elasticsearchOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): ElasticsearchOptions {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const options: Record<string, string> = {};
  const apiKey = get('DEPINDEX_ES_API_KEY');
  const username = get('DEPINDEX_ES_USERNAME');
  const password = env['DEPINDEX_ES_PASSWORD'] || undefined;
  const caCertPath = get('DEPINDEX_ES_CA_CERT');
  const cloudId = get('DEPINDEX_ES_CLOUD_ID');
  if (apiKey) options['apiKey'] = apiKey;
  if (username) options['username'] = username;
  if (password) options['password'] = password;
  if (caCertPath) options['caCertPath'] = caCertPath;
  if (cloudId) options['cloudId'] = cloudId;
  return options;
}

export interface ElasticsearchStore extends Store {
  /** Templates, versioned indices and aliases; run on the first write, or by `depindex es setup`. */
  setup(): Promise<Result<SetupReport>>;
  /** setup(), then the indices brought to this depindex's store schema (or refused when newer); writes do it too. */
  upgradeSchema(): Promise<Result<number | null>>;
  readonly names: IndexNames;
}

export async function checkServer(client: Client, location: string): Promise<Result<string>> {
  try {
    // No retries: a wrong URL or refused credentials should fail the job at once, not after a backoff.
    const info = await client.info({}, { maxRetries: 0 });
    const version = info.version.number;
    const major = Number(version.split('.')[0]);
    if (major !== 8 && major !== 9) {
      return err(`Elasticsearch at ${location} runs ${version}; depindex supports 8.x and 9.x`);
    }
    return ok(version);
  } catch (e) {
    return err(describeError(location, 'connect to', e));
  }
}

/**
 * The client a `--store` value names, with credentials from `options.env`; nothing is sent yet. The package
 * metadata (src/metadata/store/elasticsearch/) connects through here too.
 */
export async function connectElasticsearch(
  url: string,
  options: ElasticsearchOptions = {},
): Promise<Result<{ client: Client; location: string; settings: ElasticsearchOptions }>> {
  const settings: ElasticsearchOptions = { ...(options.env ? elasticsearchOptionsFromEnv(options.env) : {}), ...options };
  const text = url.trim();
  const nodeUrl = isUrl(text) ? text : '';
  const cloudId = nodeUrl ? settings.cloudId : text.startsWith(CLOUD_PREFIX) ? text.slice(CLOUD_PREFIX.length) : text || settings.cloudId;
  const location = displayLocation(nodeUrl, cloudId);
  const caCertPath = settings.caCertPath && options.cwd ? resolve(options.cwd, settings.caCertPath) : settings.caCertPath;
  const built = await buildClient(nodeUrl, {
    ...settings,
    ...(cloudId ? { cloudId } : {}),
    ...(caCertPath ? { caCertPath } : {}),
  });
  if (!built.ok) return built;
  return ok({ client: built.value, location, settings });
}

/**
 * Opens the store and checks the server answers (so a wrong URL or credentials fail here, with a message, not
 * halfway through a scan). Indices are created on the first write.
 * `url` is an http(s) URL, an Elastic Cloud id (bare or as `elastic-cloud:<id>`), or empty with `options.cloudId`.
 */
export async function openElasticsearchStore(url: string, options: ElasticsearchOptions = {}): Promise<Result<ElasticsearchStore>> {
  const connected = await connectElasticsearch(url, options);
  if (!connected.ok) return connected;
  const { client, location, settings } = connected.value;
  const server = await checkServer(client, location);
  if (!server.ok) {
    await client.close().catch(() => undefined);
    return server;
  }

  const names = indexNames(settings.indexPrefix);
  const layout: ShardLayout = { shards: settings.shards ?? 1, replicas: settings.replicas ?? 1 };
  const bulk: BulkPolicy = { ...defaultBulkPolicy, ...settings.bulk };
  const clock = settings.clock ?? (() => new Date());
  const findingIndex = findingsNames(settings.indexPrefix);
  const writer = { client, names, location, bulk, clock, staleAfterMs: settings.staleAfterMs ?? 3_600_000, findings: findingIndex };

  let ready: Promise<Result<SetupReport>> | null = null;
  const setup = (): Promise<Result<SetupReport>> => {
    // The findings index is set up with the others, so `es setup` prepares everything a scan writes.
    const everything = async (): Promise<SetupReport> => {
      const report = await ensureIndices(client, names, layout);
      const findings = await ensureFindingsIndex(client, findingIndex, layout.replicas);
      return {
        templates: [...report.templates, findingIndex.template],
        createdIndices: [...report.createdIndices, ...(findings.created ? [findings.index] : [])],
        aliases: { ...report.aliases, [findingIndex.alias]: findings.index },
      };
    };
    ready ??= everything().then(
      (report) => ok(report),
      (e: unknown) => {
        ready = null; // a later call may succeed (a restarted node, fixed privileges)
        return err(describeError(location, 'set up the indices in', e));
      },
    );
    return ready;
  };
  // Writers also bring the indices to this depindex's store schema (or refuse a newer one) before writing.
  let versioned: Promise<Result<number | null>> | null = null;
  const prepare = async (): Promise<Result<number | null>> => {
    const made = await setup();
    if (!made.ok) return made;
    versioned ??= prepareSchemaVersion(client, names, location).then(
      (checked) => {
        if (!checked.ok) versioned = null;
        return checked;
      },
      (e: unknown) => {
        versioned = null;
        return err(describeError(location, 'check the store schema of', e));
      },
    );
    return versioned;
  };

  // Readers check once that no newer depindex wrote the indices (writers do it in `prepare`, and migrate).
  let checked: Promise<Result<void>> | null = null;
  const readable = (): Promise<Result<void>> => {
    checked ??= refuseNewerSchema(client, names, location).then(
      (answer) => answer,
      (e: unknown) => {
        checked = null;
        return err(describeError(location, 'check the store schema of', e));
      },
    );
    return checked;
  };
  const reading = async <T>(doing: string, run: () => Promise<T>): Promise<Result<T>> => {
    const gate = await readable();
    if (!gate.ok) return gate;
    try {
      return ok(await run());
    } catch (e) {
      return err(describeError(location, doing, e));
    }
  };

  return ok({
    location,
    names,
    setup,
    upgradeSchema: prepare,
    async writeScan(context, sets, writeOptions = {}) {
      const prepared = await prepare();
      if (!prepared.ok) return prepared;
      // On a complete write the findings ride on the flip of the last set that changes (findings-publish.ts); when
      // none changes, or on a partial write (whose findings must not hide those of files it did not read), they
      // are written on their own after the sets.
      const onlyFiles = writeOptions.complete ? undefined : sets.map((s) => s.file);
      const standalone = async (): Promise<Result<FindingsWriteSummary>> => {
        try {
          return ok(await writeFindings(client, findingIndex, context, (await writeOptions.findings) ?? [], onlyFiles));
        } catch (e) {
          return err(describeError(location, 'write findings to', e));
        }
      };
      return writeScan(writer, context, sets, writeOptions, standalone);
    },
    async prune(request) {
      try {
        const prepared = await prepare();
        if (!prepared.ok) return prepared;
        return await prune(writer, request, (project, ref) => deleteRefFindings(client, findingIndex, project, ref));
      } catch (e) {
        return err(describeError(location, 'prune refs in', e));
      }
    },
    loadSets: (project, ref) => reading('read from', () => loadSets(client, names, project, ref)),
    loadGraphs: (project, ref, file) => reading('read from', () => loadGraphs(client, names, project, ref, file)),
    loadSet: (project, ref, file) => reading('read from', () => loadSetWithGraph(client, names, project, ref, file)),
    async writeFindings(context, findings, onlyFiles) {
      const prepared = await setup();
      if (!prepared.ok) return prepared;
      try {
        return ok(await writeFindings(client, findingIndex, context, findings, onlyFiles));
      } catch (e) {
        return err(describeError(location, 'write findings to', e));
      }
    },
    async writeFindingsBatch(writes) {
      if (writes.length === 0) return ok([]);
      const prepared = await setup();
      if (!prepared.ok) return prepared;
      const summaries: FindingsWriteSummary[] = [];
      try {
        // No transaction to share: each ref's findings are written as writeFindings writes them, in order.
        for (const w of writes) summaries.push(await writeFindings(client, findingIndex, w.context, w.findings, w.onlyFiles));
        return ok(summaries);
      } catch (e) {
        return err(describeError(location, 'write findings to', e));
      }
    },
    loadFindings: (project, ref) => reading('read from', () => consistentRead(client, names, (hidden) => loadFindings(client, findingIndex, project, ref, hidden))),
    searchFindings: (query) => reading('search', () => consistentRead(client, names, (hidden) => searchFindings(client, findingIndex, query, hidden))),
    listRefs: (project) => reading('read from', () => listRefs(client, names, project)),
    async search(query) {
      const found = await reading('search', () => search(client, names, query));
      return found.ok ? found.value : found;
    },
    async close() {
      await client.close();
    },
    listProjects: (query) => reading('read from', () => listProjects(client, names, query)),
    listSets: (project, ref) => reading('read from', () => listSets(client, names, project, ref)),
  });
}
