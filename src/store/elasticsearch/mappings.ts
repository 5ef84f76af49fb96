import type { estypes } from '@elastic/elasticsearch';
import { schemaMeta } from './schema-version.js';

/**
 * Index names, templates and explicit mappings of the Elasticsearch store (DESIGN.md 6).
 * Readers and writers only ever use the aliases; the versioned indices behind them (`-v1`) let a mapping change
 * be rolled out by creating `-v2`, reindexing and moving the alias, without touching clients.
 */

/** Bumped when a mapping change needs a reindex; old indices stay behind their alias until moved. */
export const MAPPING_VERSION = 1;

export interface IndexNames {
  /** Alias every read and write goes through. */
  readonly dependencies: string;
  readonly sets: string;
  /** The concrete index created behind each alias on first use. */
  readonly dependenciesIndex: string;
  readonly setsIndex: string;
  readonly dependenciesTemplate: string;
  readonly setsTemplate: string;
}

export function indexNames(prefix = 'depindex'): IndexNames {
  return {
    dependencies: `${prefix}-dependencies`,
    sets: `${prefix}-sets`,
    dependenciesIndex: `${prefix}-dependencies-v${MAPPING_VERSION}`,
    setsIndex: `${prefix}-sets-v${MAPPING_VERSION}`,
    dependenciesTemplate: `${prefix}-dependencies`,
    setsTemplate: `${prefix}-sets`,
  };
}

export interface ShardLayout {
  /**
   * Primary shards of the dependencies index. DESIGN.md 10 sizes an instance at 5x10^8 documents of ~1 KB,
   * about 500 GB: at the usual 20-50 GB per shard that is 16-32 shards. A laptop or CI needs 1.
   */
  readonly shards: number;
  readonly replicas: number;
}

/**
 * Fields that identify, filter or sort have no ignore_above: a value past it would be kept in _source but not
 * indexed, so a document would silently escape filters and search_after paging. Past Lucene's 32 KB term limit
 * the document is refused instead, which the bulk writer reports.
 */
const exact = { type: 'keyword' } as const;
/** Descriptive values (license names, URLs) that nobody sorts on; overly long ones are just not searchable. */
const keyword = { type: 'keyword', ignore_above: 1024 } as const;
/** Case-insensitive exact match: DESIGN.md 4 asks search to ignore case everywhere (Go paths included). */
const lowerKeyword = { type: 'keyword', normalizer: 'depindex_lowercase' } as const;
const date = { type: 'date', format: 'strict_date_optional_time' } as const;

const analysis: estypes.IndicesIndexSettingsAnalysis = {
  normalizer: { depindex_lowercase: { type: 'custom', filter: ['lowercase'] } },
};

/** Fields both documents carry so one scope filter (project, group, ref, default branch) fits both. */
const scopeProperties: Record<string, estypes.MappingProperty> = {
  set_id: exact,
  project: exact,
  /** Every namespace above the project ("group", "group/subgroup"), for group scoping by exact match. */
  project_namespaces: exact,
  ref: exact,
  ref_type: exact,
  default_branch: { type: 'boolean' },
  file: exact,
  package_manager: keyword,
  format: keyword,
};

export const dependencyMappings: estypes.MappingTypeMapping = {
  // A new index starts at the current store schema (schema-version.ts).
  _meta: schemaMeta,
  // User data never creates fields: an unexpected one fails that document and is reported, instead of a
  // mapping explosion across 5x10^8 documents.
  dynamic: 'strict',
  // Every document is routed by project (see documents.ts); a request without routing is a bug, so refuse it.
  _routing: { required: true },
  properties: {
    ...scopeProperties,
    generation: exact,
    purl: exact,
    package: {
      properties: {
        type: lowerKeyword,
        namespace: keyword,
        name: { ...keyword, fields: { lower: lowerKeyword } },
        canonical_name: lowerKeyword,
        short_name: lowerKeyword,
      },
    },
    version: exact,
    development: { type: 'boolean' },
    // Issue 18: its own field beside development. Fields added after an index was made reach it through setup.ts,
    // which puts the current properties into an existing index's mapping.
    optional: { type: 'boolean' },
    introduced: { type: 'boolean' },
    licenses: keyword,
    license_keys: lowerKeyword,
    /** "algorithm:hex", so one term finds a digest in Kibana. */
    checksums: keyword,
    source: keyword,
    vulnerabilities: keyword,
    created_at: date,
    first_commit_sha: keyword,
    last_seen_at: date,
    commit_sha: keyword,
    // A set's edges (edges.ts, issue 15): the positions of what this dependency depends on among its set's purls.
    // Neither indexed nor in doc values: only read back from _source, a few bytes a document.
    children: { type: 'integer', index: false, doc_values: false },
    pipeline_url: { type: 'keyword', index: false },
  },
};

export const setMappings: estypes.MappingTypeMapping = {
  _meta: schemaMeta,
  dynamic: 'strict',
  _routing: { required: true },
  properties: {
    ...scopeProperties,
    commit_sha: keyword,
    pipeline_url: { type: 'keyword', index: false },
    scanned_at: date,
    updated_at: date,
    /** The generation readers see (null until the first write of the set completes). */
    generation: exact,
    /** Generations that exist in the dependencies index but must not be seen: being written, or being deleted. */
    hidden_generations: exact,
    /** Incremented when a write starts, so a reader notices a whole write that began and ended under it. */
    write_count: { type: 'long' },
    content_hash: { type: 'keyword', index: false },
    counts: {
      properties: {
        dependencies: { type: 'integer' },
        added: { type: 'integer' },
        kept: { type: 'integer' },
        removed: { type: 'integer' },
      },
    },
  },
};

function template(pattern: string, mappings: estypes.MappingTypeMapping, layout: ShardLayout): estypes.IndicesPutIndexTemplateRequest {
  return {
    name: '',
    index_patterns: [pattern],
    // Above the built-in templates (priority <= 100) so nothing else shapes these indices.
    priority: 500,
    version: MAPPING_VERSION,
    _meta: { managed_by: 'depindex', description: 'depindex store (DESIGN.md 6); see src/store/elasticsearch/' },
    template: {
      settings: {
        number_of_shards: layout.shards,
        number_of_replicas: layout.replicas,
        analysis,
      },
      mappings,
    },
  };
}

/** The composable `_index_template` bodies, one per alias, matching only this store's versioned indices. */
export function indexTemplates(names: IndexNames, layout: ShardLayout): estypes.IndicesPutIndexTemplateRequest[] {
  const deps = template(`${names.dependencies}-v*`, dependencyMappings, layout);
  // Sets are ~500x fewer than dependencies (one per file, not per package): one shard holds an instance's worth.
  const sets = template(`${names.sets}-v*`, setMappings, { shards: 1, replicas: layout.replicas });
  return [
    { ...deps, name: names.dependenciesTemplate },
    { ...sets, name: names.setsTemplate },
  ];
}
