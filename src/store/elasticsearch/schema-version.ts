import type { Client } from '@elastic/elasticsearch';
import { err, ok, type Result } from '../../model/result.js';
import { isIndexMissing } from './errors.js';

/**
 * The store's schema version, recorded in each index's mapping `_meta.depindex_schema` (the SQLite store keeps
 * its own in PRAGMA user_version). Indices written before versions were recorded have no `_meta` entry and count
 * as version 1.
 *
 * MIGRATIONS[i] takes the indices from version i + 1 to i + 2. Elasticsearch has no transactions: each step must
 * be additive and idempotent (put mapping of new fields, update_by_query with a guard), and the version is
 * recorded only after every step succeeded, so an interrupted migration simply runs again on the next open.
 * Adding fields later (dependency edges) is one more entry here, plus the fields in mappings.ts.
 */
/** The aliases a migration works on (mappings.ts IndexNames; not imported, as mappings.ts carries this version). */
interface IndexNames {
  readonly dependencies: string;
  readonly sets: string;
}

type Migration = (client: Client, names: IndexNames) => Promise<void>;

const MIGRATIONS: readonly Migration[] = [
  // 1 -> 2 (issue #15): nothing changes in the documents; from here on the version is recorded.
  async () => {},
];

export const ES_SCHEMA_VERSION = MIGRATIONS.length + 1;

/** What the mappings carry so a new index starts at the current version. */
export const schemaMeta = { depindex_schema: ES_SCHEMA_VERSION } as const;

type MappingAnswer = Record<string, { mappings?: { _meta?: Record<string, unknown> } }>;

async function versionsOf(client: Client, alias: string): Promise<Map<string, { version: number; meta: Record<string, unknown> }>> {
  const answer = (await client.indices.getMapping({ index: alias })) as unknown as MappingAnswer;
  const out = new Map<string, { version: number; meta: Record<string, unknown> }>();
  for (const [index, body] of Object.entries(answer)) {
    const meta = body.mappings?._meta ?? {};
    const recorded = meta['depindex_schema'];
    out.set(index, { version: typeof recorded === 'number' && Number.isInteger(recorded) ? recorded : 1, meta });
  }
  return out;
}

/**
 * Readers (search, why, findings, serve, export-sbom) neither migrate nor create: they refuse indices a newer
 * depindex wrote, whose documents they might misread, and read older ones as they are (every migration is
 * additive). No index yet is nothing to refuse. Throws the client's errors.
 */
export async function refuseNewerSchema(client: Client, names: IndexNames, location: string): Promise<Result<void>> {
  let newest: [index: string, version: number] = ['', 1];
  for (const alias of [names.dependencies, names.sets]) {
    let versions: Map<string, { version: number }>;
    try {
      versions = await versionsOf(client, alias);
    } catch (e) {
      if (isIndexMissing(e)) continue;
      throw e;
    }
    for (const [index, { version }] of versions) if (version > newest[1]) newest = [index, version];
  }
  if (newest[1] <= ES_SCHEMA_VERSION) return ok(undefined);
  return err(`${location} was written by a newer depindex (index ${newest[0]} has store schema ${newest[1]}; this version reads up to ${ES_SCHEMA_VERSION}); upgrade depindex`);
}

/**
 * Refuses indices from a newer depindex, and brings older ones to this version: the version they had, or null
 * when they were current. `location` names the store in messages. Throws the client's errors.
 */
export async function prepareSchemaVersion(client: Client, names: IndexNames, location: string): Promise<Result<number | null>> {
  const found = new Map<string, { version: number; meta: Record<string, unknown> }>();
  for (const alias of [names.dependencies, names.sets]) for (const [index, v] of await versionsOf(client, alias)) found.set(index, v);
  const versions = [...found.values()].map((v) => v.version);
  const newest = Math.max(1, ...versions);
  if (newest > ES_SCHEMA_VERSION) {
    const index = [...found].find(([, v]) => v.version === newest)?.[0] ?? '';
    return err(`${location} was written by a newer depindex (index ${index} has store schema ${newest}; this version reads up to ${ES_SCHEMA_VERSION}); upgrade depindex`);
  }
  const oldest = Math.min(ES_SCHEMA_VERSION, ...versions);
  if (oldest === ES_SCHEMA_VERSION) return ok(null);
  for (let v = oldest; v < ES_SCHEMA_VERSION; v++) await (MIGRATIONS[v - 1] as Migration)(client, names);
  for (const [index, { version, meta }] of found) {
    if (version === ES_SCHEMA_VERSION) continue;
    // _meta is replaced whole by a mapping update, so what others put there is carried over.
    await client.indices.putMapping({ index, _meta: { ...meta, ...schemaMeta } });
  }
  return ok(oldest);
}
