import { createHash } from 'node:crypto';
import type { Client, estypes } from '@elastic/elasticsearch';
import { SEVERITIES, type Finding } from '../../model/finding.js';
import { projectNamespaces } from '../keys.js';
import type { FindingsQuery, FindingsResult, FindingsWriteSummary, ScanContext, StoredFinding } from '../store.js';
import { isIndexMissing } from './errors.js';
import { aliasTarget, createWithWriteAlias } from './setup.js';

/**
 * The findings index of the Elasticsearch store: one document per (project, ref, finding id), routed by project
 * like the sets, with an explicit strict mapping; the finding itself rides along unindexed in `finding`.
 * `es setup` (setup.ts's caller in open.ts) puts its template and alias with the other indices', so a user
 * with only `write` on depindex-* never needs `create_index` at scan time.
 */
export interface FindingsNames {
  readonly alias: string;
  readonly index: string;
  readonly template: string;
}

export function findingsNames(prefix = 'depindex'): FindingsNames {
  return { alias: `${prefix}-findings`, index: `${prefix}-findings-v1`, template: `${prefix}-findings` };
}

const exact = { type: 'keyword' } as const;
const date = { type: 'date', format: 'strict_date_optional_time' } as const;

export const findingMappings: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  _routing: { required: true },
  properties: {
    project: exact,
    namespaces: exact,
    ref: exact,
    default_branch: { type: 'boolean' },
    finding_id: exact,
    kind: exact,
    severity: exact,
    severity_rank: { type: 'byte' },
    suppressed: { type: 'boolean' },
    new: { type: 'boolean' },
    file: exact,
    purl: exact,
    name: { type: 'keyword', normalizer: 'depindex_lowercase' },
    version: exact,
    rule: exact,
    advisory_id: exact,
    message: { type: 'text' },
    introduced_by: exact,
    first_seen_at: date,
    first_commit_sha: exact,
    last_seen_at: date,
    // The generation of the scan write that published it (findings-publish.ts); absent on standalone writes.
    generation: exact,
    finding: { type: 'object', enabled: false },
  },
};

export interface FindingDocument {
  project: string;
  namespaces: string[];
  ref: string;
  default_branch: boolean;
  finding_id: string;
  kind: string;
  severity: string;
  severity_rank: number;
  suppressed: boolean;
  new: boolean;
  file: string;
  purl: string;
  name: string;
  version: string;
  rule: string | null;
  advisory_id: string | null;
  message: string;
  introduced_by: readonly string[];
  first_seen_at: string;
  first_commit_sha: string | null;
  last_seen_at: string;
  generation?: string;
  finding: Finding;
}

/** Deterministic document id: the same finding of the same ref is the same document. */
export function findingDocumentId(project: string, ref: string, id: string): string {
  return createHash('sha256').update(`${project}\u0000${ref}\u0000${id}`).digest('hex');
}

/** Template, then the versioned index with its alias when missing. The index behind the alias, and whether this call created it. */
export async function ensureFindingsIndex(client: Client, names: FindingsNames, replicas: number): Promise<{ index: string; created: boolean }> {
  await client.indices.putIndexTemplate({
    name: names.template,
    index_patterns: [`${names.alias}-v*`],
    priority: 500,
    version: 1,
    _meta: { managed_by: 'depindex', description: 'depindex findings (DESIGN.md 7); see src/store/elasticsearch/findings.ts' },
    template: {
      settings: { number_of_shards: 1, number_of_replicas: replicas, analysis: { normalizer: { depindex_lowercase: { type: 'custom', filter: ['lowercase'] } } } },
      mappings: findingMappings,
    },
  });
  const existing = await aliasTarget(client, names.alias);
  if (existing !== null) {
    // An index made before findings had a generation gets the field (adding one is allowed on a strict mapping).
    await client.indices.putMapping({ index: names.alias, properties: { generation: { type: 'keyword' } } });
    // An alias an operator moved to a newer index stays where it is.
    return { index: existing, created: false };
  }
  return { index: names.index, created: await createWithWriteAlias(client, names.index, names.alias) };
}

const SORT: estypes.Sort = [{ project: 'asc' }, { ref: 'asc' }, { severity_rank: 'asc' }, { kind: 'asc' }, { file: 'asc' }, { purl: 'asc' }, { finding_id: 'asc' }];

/** Removes every finding of a ref (`depindex prune`). Throws the client's errors; a missing index holds none. */
export async function deleteRefFindings(client: Client, names: FindingsNames, project: string, ref: string): Promise<void> {
  try {
    // Every finding of the ref, whatever its generation (hidden ones too).
    const scope: estypes.QueryDslQueryContainer = { bool: { filter: [{ term: { project } }, { term: { ref } }] } };
    await client.deleteByQuery({ index: names.alias, routing: project, query: scope, refresh: true, conflicts: 'proceed' });
  } catch (e) {
    if (!isIndexMissing(e)) throw e;
  }
}

/** Replaces the findings of (project, ref), keeping first_seen_at of those already there. Throws the client's errors. */
export async function writeFindings(
  client: Client,
  names: FindingsNames,
  context: ScanContext,
  findings: readonly Finding[],
  onlyFiles?: readonly string[],
): Promise<FindingsWriteSummary> {
  const stored = await loadDocuments(client, names, context.project, context.ref);
  const before = new Map(stored.map((d) => [d.finding_id, d]));
  const now = context.scannedAt.toISOString();
  const unique = new Map(findings.map((f) => [f.id, f]));
  const operations: unknown[] = [];
  let added = 0;
  for (const f of unique.values()) {
    const earlier = before.get(f.id);
    if (!earlier) added++;
    const doc = findingDocument(context, f, earlier, now);
    operations.push({ index: { _index: names.alias, _id: findingDocumentId(context.project, context.ref, f.id), routing: context.project } }, doc);
  }
  if (operations.length > 0) {
    const answer = await client.bulk({ operations: operations as estypes.BulkOperationContainer[], refresh: 'wait_for' });
    if (answer.errors) {
      const first = answer.items.find((i) => i.index?.error)?.index?.error;
      throw new Error(`storing findings failed: ${first?.type ?? 'error'}: ${first?.reason ?? ''}`);
    }
  }
  // A partial scan replaces the findings of its own files only (the SQLite store does the same).
  const scoped = onlyFiles ? new Set(onlyFiles) : null;
  const gone = [...before.values()].filter((d) => !unique.has(d.finding_id) && (!scoped || scoped.has(d.file))).map((d) => d.finding_id);
  if (gone.length > 0) {
    await client.deleteByQuery({
      index: names.alias,
      routing: context.project,
      query: { bool: { filter: [{ term: { project: context.project } }, { term: { ref: context.ref } }, { terms: { finding_id: gone } }] } },
      refresh: true,
      conflicts: 'proceed',
    });
  }
  if (stored.some((d) => d.generation !== undefined)) {
    // Documents a scan published under a generation (findings-publish.ts) are replaced by these too.
    await client.deleteByQuery({
      index: names.alias,
      routing: context.project,
      query: { bool: { filter: [{ term: { project: context.project } }, { term: { ref: context.ref } }, { exists: { field: 'generation' } }] } },
      refresh: true,
      conflicts: 'proceed',
    });
  }
  return { written: unique.size, added, removed: gone.length };
}

/** What one finding is stored as; `earlier` is the stored document it replaces (its first sighting is kept). */
export function findingDocument(context: ScanContext, f: Finding, earlier: FindingDocument | undefined, now: string): FindingDocument {
  return {
    project: context.project,
    namespaces: projectNamespaces(context.project),
    ref: context.ref,
    default_branch: context.defaultBranch,
    finding_id: f.id,
    kind: f.kind,
    severity: f.severity,
    severity_rank: SEVERITIES.indexOf(f.severity),
    suppressed: f.suppressed,
    new: f.new,
    file: f.file,
    purl: f.purl,
    name: f.name,
    version: f.version,
    rule: f.rule,
    advisory_id: f.advisory?.id ?? null,
    message: f.message,
    introduced_by: f.introducedBy,
    first_seen_at: earlier?.first_seen_at ?? now,
    first_commit_sha: earlier ? earlier.first_commit_sha : context.commitSha,
    last_seen_at: now,
    finding: f,
  };
}

/** The ref's finding documents, those of hidden generations (being published or retired) left out. */
export async function loadDocuments(client: Client, names: FindingsNames, project: string, ref: string, hidden: readonly string[] = []): Promise<FindingDocument[]> {
  try {
    const query = { bool: { filter: [{ term: { project } }, { term: { ref } }], must_not: hiddenClause(hidden) } };
    const answer = await client.search<FindingDocument>({ index: names.alias, routing: project, size: 10_000, query, sort: SORT });
    return answer.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
  } catch (e) {
    if (isIndexMissing(e)) return [];
    throw e;
  }
}

export async function loadFindings(client: Client, names: FindingsNames, project: string, ref: string, hidden: readonly string[] = []): Promise<StoredFinding[]> {
  return (await loadDocuments(client, names, project, ref, hidden)).map(toStored);
}

const hiddenClause = (hidden: readonly string[]): estypes.QueryDslQueryContainer[] => (hidden.length > 0 ? [{ terms: { generation: [...hidden] } }] : []);

export async function searchFindings(client: Client, names: FindingsNames, q: FindingsQuery, hidden: readonly string[] = []): Promise<FindingsResult> {
  const filter: estypes.QueryDslQueryContainer[] = [];
  if (q.project !== undefined) filter.push({ term: { project: q.project } });
  if (q.group !== undefined) filter.push({ term: { namespaces: q.group } });
  if (q.ref !== undefined) filter.push({ term: { ref: q.ref } });
  if (q.defaultBranchOnly) filter.push({ term: { default_branch: true } });
  if (q.kind !== undefined) filter.push({ term: { kind: q.kind } });
  if (q.severity !== undefined) filter.push({ range: { severity_rank: { lte: SEVERITIES.indexOf(q.severity) } } });
  if (!q.includeSuppressed) filter.push({ term: { suppressed: false } });
  try {
    const answer = await client.search<FindingDocument>({
      index: names.alias,
      ...(q.project !== undefined ? { routing: q.project } : {}),
      query: { bool: { filter, ...(hidden.length > 0 ? { must_not: hiddenClause(hidden) } : {}) } },
      sort: SORT,
      from: q.offset,
      size: q.limit,
      track_total_hits: true,
    });
    const total = typeof answer.hits.total === 'number' ? answer.hits.total : (answer.hits.total?.value ?? 0);
    return { total, hits: answer.hits.hits.flatMap((h) => (h._source ? [toStored(h._source)] : [])) };
  } catch (e) {
    if (isIndexMissing(e)) return { total: 0, hits: [] };
    throw e;
  }
}

function toStored(d: FindingDocument): StoredFinding {
  return { ...d.finding, project: d.project, ref: d.ref, firstSeenAt: d.first_seen_at, firstCommitSha: d.first_commit_sha, lastSeenAt: d.last_seen_at };
}
