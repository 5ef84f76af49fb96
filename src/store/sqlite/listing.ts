import type { DatabaseSync } from 'node:sqlite';
import { summariseProject } from '../listing.js';
import type { ProjectPage, ProjectsQuery, SetSummary } from '../store.js';

export interface Lister {
  listProjects(query: ProjectsQuery): ProjectPage;
  listSets(project: string, ref: string): SetSummary[];
}

const SET_COLUMNS = 'project, ref, file, package_manager, format, ref_type, default_branch, commit_sha, pipeline_url, scanned_at, counts';

function toSummary(r: Record<string, unknown>): SetSummary {
  const counts = JSON.parse(String(r.counts)) as { dependencies?: number };
  return {
    project: String(r.project),
    ref: String(r.ref),
    file: String(r.file),
    packageManager: r.package_manager === null ? null : String(r.package_manager),
    format: String(r.format),
    refType: r.ref_type === 'tag' ? 'tag' : 'branch',
    defaultBranch: Number(r.default_branch) === 1,
    commitSha: r.commit_sha === null ? null : String(r.commit_sha),
    pipelineUrl: r.pipeline_url === null ? null : String(r.pipeline_url),
    scannedAt: String(r.scanned_at),
    dependencies: Number(counts.dependencies ?? 0),
  };
}

/**
 * The listing reads only the sets table (one row per dependency file), never the dependencies: dependency
 * counts were stored with each set when it was written.
 */
export function createLister(db: DatabaseSync): Lister {
  const scope = 'WHERE (? IS NULL OR project IN (SELECT project FROM project_namespaces WHERE namespace = ?))';
  const countProjects = db.prepare(`SELECT COUNT(DISTINCT project) AS n FROM sets ${scope}`);
  const pageProjects = db.prepare(`SELECT DISTINCT project FROM sets ${scope} ORDER BY project LIMIT ? OFFSET ?`);
  const setsOf = db.prepare(`SELECT ${SET_COLUMNS} FROM sets WHERE project IN (SELECT value FROM json_each(?)) ORDER BY project, ref, file`);
  const setsAt = db.prepare(`SELECT ${SET_COLUMNS} FROM sets WHERE project = ? AND ref = ? ORDER BY file`);
  return {
    listProjects(query) {
      const group = query.group ?? null;
      const total = Number(countProjects.get(group, group)?.n ?? 0);
      const names = pageProjects.all(group, group, query.limit, query.offset).map((r) => String(r.project));
      const byProject = new Map<string, SetSummary[]>(names.map((n) => [n, []]));
      for (const row of setsOf.all(JSON.stringify(names))) {
        const summary = toSummary(row);
        byProject.get(summary.project)?.push(summary);
      }
      return { total, projects: names.map((n) => summariseProject(n, byProject.get(n) ?? [])) };
    },
    listSets: (project, ref) => setsAt.all(project, ref).map(toSummary),
  };
}
