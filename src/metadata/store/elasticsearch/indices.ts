import type { Client, estypes } from '@elastic/elasticsearch';
import { err, ok, type Result } from '../../../model/result.js';
import { aliasTarget, createWithWriteAlias } from '../../../store/elasticsearch/setup.js';

/**
 * The package metadata in Elasticsearch: one alias per table of the SQLite side (sqlite-schema.ts), each over a
 * versioned `-v1` index made from a composable template with a strict mapping, as the store's other indices
 * (src/store/elasticsearch/mappings.ts, findings.ts). The metadata carries its own schema version in each
 * mapping's `_meta.depindex_metadata_schema` (SQLite: md_schema), so the index's migrations and these never
 * depend on each other. The metadata is shared by every project: no routing, one shard (500k affected packages
 * are well under a shard's size).
 */
/** 2: the `removed` index (packages a rewritten advisory dropped; removed.ts), made beside the indices of 1. */
export const METADATA_ES_SCHEMA_VERSION = 2;
const META_KEY = 'depindex_metadata_schema';

export interface MetadataIndexNames {
  readonly advisories: string;
  readonly affected: string;
  readonly licenses: string;
  readonly enrichment: string;
  /** The revision counter and the checkpoints. */
  readonly state: string;
  /** How far each set was evaluated by `depindex rescan` (rescan/elasticsearch-state.ts). */
  readonly rescan: string;
  /** Packages a rewritten advisory no longer lists, and the revision that dropped them (removed.ts). */
  readonly removed: string;
}

export function metadataIndexNames(prefix = 'depindex'): MetadataIndexNames {
  return {
    advisories: `${prefix}-metadata-advisories`,
    affected: `${prefix}-metadata-affected`,
    licenses: `${prefix}-metadata-licenses`,
    enrichment: `${prefix}-metadata-cve-enrichment`,
    state: `${prefix}-metadata-state`,
    rescan: `${prefix}-metadata-rescan`,
    removed: `${prefix}-metadata-removed`,
  };
}

/** Identifying values have no ignore_above: one past it would silently escape the terms queries. */
const exact = { type: 'keyword' } as const;
/** Kept in _source only: an OSV `ranges` text may pass Lucene's 32 KB term limit, and nothing filters on it. */
const sourceOnly = { type: 'keyword', index: false, doc_values: false } as const;
const opaque = { type: 'object', enabled: false } as const;
const meta = { [META_KEY]: METADATA_ES_SCHEMA_VERSION };

const strict = (properties: Record<string, estypes.MappingProperty>): estypes.MappingTypeMapping => ({ _meta: meta, dynamic: 'strict', properties });

export const metadataMappings = {
  advisories: strict({
    id: exact,
    source: exact,
    withdrawn: { type: 'boolean' },
    revision: { type: 'long' },
    /** Its id and every alias, upper-cased: `advisoriesById` and the enrichment's CVE look them up. */
    aliases: exact,
    advisory: opaque,
  }),
  affected: strict({
    /** The document's own id, for `details` and as the unique sort key of search_after paging. */
    doc_id: exact,
    advisory_id: exact,
    position: { type: 'integer' },
    type: exact,
    name_key: exact,
    withdrawn: { type: 'boolean' },
    distro: exact,
    range_kind: exact,
    range: sourceOnly,
    /** The revision of its advisory (denormalised, so `changedSince` is one aggregation over this index). */
    revision: { type: 'long' },
    package: opaque,
  }),
  licenses: strict({ type: exact, name_key: exact, record: opaque }),
  enrichment: strict({ cve_id: exact, epss: { type: 'double' }, known_exploited: { type: 'boolean' } }),
  state: strict({
    kind: exact,
    revision: { type: 'long' },
    data_type: exact,
    registry: exact,
    version_format: exact,
    sequence: { type: 'long' },
    chunk: { type: 'long' },
  }),
  rescan: strict({ project: exact, ref: exact, file: exact, revision: { type: 'long' }, scanned_at: exact }),
  removed: strict({ advisory_id: exact, type: exact, name_key: exact, revision: { type: 'long' }, pending: { type: 'boolean' } }),
} as const satisfies Record<keyof MetadataIndexNames, estypes.MappingTypeMapping>;

const KINDS = Object.keys(metadataMappings) as (keyof MetadataIndexNames)[];

/** The mapping of a concrete metadata index (`<prefix>-metadata-<kind>-v1`), or null for another index. */
export function metadataMappingOf(index: string, prefix = 'depindex'): estypes.MappingTypeMapping | null {
  const names = metadataIndexNames(prefix);
  const kind = KINDS.find((k) => index === names[k] || index.startsWith(`${names[k]}-v`));
  return kind ? metadataMappings[kind] : null;
}

export interface MetadataSetup {
  readonly templates: readonly string[];
  readonly createdIndices: readonly string[];
  readonly aliases: Readonly<Record<string, string>>;
}

/**
 * Templates, then each `-v1` index with its alias when missing (as setup.ts does for the index): idempotent, a
 * creation race lost to another writer is fine, an alias an operator moved stays where it is. An existing index
 * written by a newer depindex is refused. Throws the client's errors.
 */
export async function ensureMetadataIndices(client: Client, names: MetadataIndexNames, replicas: number, location: string): Promise<Result<MetadataSetup>> {
  const templates: string[] = [];
  const createdIndices: string[] = [];
  const aliases: Record<string, string> = {};
  for (const kind of KINDS) {
    const alias = names[kind];
    await client.indices.putIndexTemplate({
      name: alias,
      index_patterns: [`${alias}-v*`],
      priority: 500,
      version: METADATA_ES_SCHEMA_VERSION,
      _meta: { managed_by: 'depindex', description: 'depindex package metadata (DESIGN.md 8); see src/metadata/store/elasticsearch/' },
      template: { settings: { number_of_shards: 1, number_of_replicas: replicas }, mappings: metadataMappings[kind] },
    });
    templates.push(alias);
    const existing = await aliasTarget(client, alias);
    if (existing !== null) {
      const found = await client.indices.getMapping({ index: existing });
      const version = (found as Record<string, { mappings?: { _meta?: Record<string, unknown> } }>)[existing]?.mappings?._meta?.[META_KEY];
      if (typeof version === 'number' && version > METADATA_ES_SCHEMA_VERSION) {
        return err(`${location} holds package metadata of a newer depindex (index ${existing} has metadata schema ${version}; this version reads up to ${METADATA_ES_SCHEMA_VERSION}); upgrade depindex`);
      }
      aliases[alias] = existing;
      continue;
    }
    const index = `${alias}-v1`;
    if (await createWithWriteAlias(client, index, alias)) createdIndices.push(index);
    aliases[alias] = index;
  }
  return ok({ templates, createdIndices, aliases });
}
