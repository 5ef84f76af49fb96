import type { Client, estypes } from '@elastic/elasticsearch';
import { summariseProject } from '../listing.js';
import type { ProjectPage, ProjectsQuery, SetSummary } from '../store.js';
import type { SetDocument } from './documents.js';
import { isIndexMissing } from './errors.js';
import type { IndexNames } from './mappings.js';

/** Projects a page of the listing may hold; the sets of that many projects fit one search. */
const PROJECT_PAGE = 1_000;
/** index.max_result_window: the sets of one page of projects (a handful of files per ref) stay far below it. */
const MAX_SETS = 10_000;

/** Only sets whose first write completed are visible (a null generation is a write in progress). */
const written = { exists: { field: 'generation' } };

function toSummary(doc: SetDocument): SetSummary {
  return {
    project: doc.project,
    ref: doc.ref,
    file: doc.file,
    packageManager: doc.package_manager,
    format: doc.format,
    refType: doc.ref_type,
    defaultBranch: doc.default_branch,
    commitSha: doc.commit_sha,
    pipelineUrl: doc.pipeline_url,
    scannedAt: doc.scanned_at ?? doc.updated_at,
    dependencies: doc.counts.dependencies,
  };
}

async function setDocuments(client: Client, names: IndexNames, filter: estypes.QueryDslQueryContainer[], routing?: string): Promise<SetDocument[]> {
  try {
    const answer = await client.search<SetDocument>({
      index: names.sets,
      ...(routing !== undefined ? { routing } : {}),
      size: MAX_SETS,
      query: { bool: { filter: [...filter, written] } },
      sort: [{ project: 'asc' }, { ref: 'asc' }, { file: 'asc' }],
    });
    return answer.hits.hits.flatMap((h) => (h._source ? [h._source] : []));
  } catch (e) {
    if (isIndexMissing(e)) return [];
    throw e;
  }
}

/**
 * Every project name, in order, by a composite aggregation over the sets index (one document per dependency
 * file, ~500x fewer than dependencies), so the total is exact and any page can be cut from it.
 */
async function projectNames(client: Client, names: IndexNames, group: string | undefined): Promise<string[]> {
  const out: string[] = [];
  let after: Record<string, estypes.FieldValue> | undefined;
  const filter = group !== undefined ? [{ term: { project_namespaces: group } }, written] : [written];
  for (;;) {
    const answer = await client.search({
      index: names.sets,
      size: 0,
      query: { bool: { filter } },
      aggs: { projects: { composite: { size: PROJECT_PAGE, sources: [{ project: { terms: { field: 'project' } } }], ...(after ? { after } : {}) } } },
    });
    const agg = answer.aggregations?.projects as estypes.AggregationsCompositeAggregate | undefined;
    const buckets = (agg?.buckets ?? []) as estypes.AggregationsCompositeBucket[];
    for (const bucket of buckets) if (typeof bucket.key.project === 'string') out.push(bucket.key.project);
    if (buckets.length < PROJECT_PAGE || !agg?.after_key) return out;
    after = agg.after_key;
  }
}

/** Throws the client's errors; a missing index is an empty listing. */
export async function listProjects(client: Client, names: IndexNames, query: ProjectsQuery): Promise<ProjectPage> {
  let all: string[];
  try {
    all = await projectNames(client, names, query.group);
  } catch (e) {
    if (isIndexMissing(e)) return { total: 0, projects: [] };
    throw e;
  }
  const page = all.slice(query.offset, query.offset + Math.min(query.limit, PROJECT_PAGE));
  if (page.length === 0) return { total: all.length, projects: [] };
  const byProject = new Map<string, SetSummary[]>(page.map((p) => [p, []]));
  for (const doc of await setDocuments(client, names, [{ terms: { project: page } }])) byProject.get(doc.project)?.push(toSummary(doc));
  return { total: all.length, projects: page.map((p) => summariseProject(p, byProject.get(p) ?? [])) };
}

export async function listSets(client: Client, names: IndexNames, project: string, ref: string): Promise<SetSummary[]> {
  return (await setDocuments(client, names, [{ term: { project } }, { term: { ref } }], project)).map(toSummary);
}
