import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { compareStrings } from '../../model/compare-strings.js';
import type { PrunedRef, PruneRequest } from '../store.js';

/**
 * `depindex prune` on the SQLite index: the refs the request names, chosen and removed in one write
 * transaction, so a scan of the same ref running meanwhile lands wholly before (and is removed) or wholly after.
 */
export function createPruner(db: DatabaseSync): (request: PruneRequest) => PrunedRef[] {
  const deleteRows = db.prepare('DELETE FROM dependencies WHERE set_id IN (SELECT id FROM sets WHERE project = ? AND ref = ?)');
  const deleteSets = db.prepare('DELETE FROM sets WHERE project = ? AND ref = ?');
  const deleteFindings = db.prepare('DELETE FROM findings WHERE project = ? AND ref = ?');
  // A project with nothing left leaves the group lookup too, so `--group` stops naming it.
  const deleteNamespaces = db.prepare(
    `DELETE FROM project_namespaces WHERE project = ?
       AND NOT EXISTS (SELECT 1 FROM sets WHERE project = ?) AND NOT EXISTS (SELECT 1 FROM findings WHERE project = ?)`,
  );

  function choose(request: PruneRequest): PrunedRef[] {
    const where: string[] = [];
    const params: SQLInputValue[] = [];
    if (request.project !== undefined) {
      where.push('project = ?');
      params.push(request.project);
    }
    if (request.ref !== undefined) {
      where.push('ref = ?');
      params.push(request.ref);
    }
    const having: string[] = [];
    if (request.olderThan) {
      const cutoff = request.olderThan.toISOString();
      // Candidates through the scanned_at index (schema 3), so an instance-wide prune does not group every set.
      where.push('(project, ref) IN (SELECT project, ref FROM sets WHERE scanned_at < ?)');
      params.push(cutoff);
      having.push('MAX(scanned_at) < ?');
      params.push(cutoff);
    }
    if (request.keepDefaultBranch) having.push('MAX(default_branch) = 0');
    if (request.keepTags) having.push("MAX(ref_type) <> 'tag'");
    const rows = db
      .prepare(
        `SELECT project, ref, MAX(ref_type) AS ref_type, MAX(default_branch) AS default_branch, MAX(scanned_at) AS last,
                json_group_array(file) AS files
           FROM sets ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          GROUP BY project, ref ${having.length ? `HAVING ${having.join(' AND ')}` : ''}
          ORDER BY project, ref`,
      )
      .all(...params);
    return rows.map((r) => ({
      project: String(r.project),
      ref: String(r.ref),
      refType: r.ref_type === 'tag' ? 'tag' : 'branch',
      defaultBranch: Number(r.default_branch) === 1,
      lastScannedAt: String(r.last),
      files: (JSON.parse(String(r.files)) as string[]).sort(compareStrings),
    }));
  }

  return (request) => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const refs = choose(request);
      if (!request.dryRun) {
        for (const { project, ref } of refs) {
          deleteRows.run(project, ref);
          deleteSets.run(project, ref);
          deleteFindings.run(project, ref);
        }
        for (const project of new Set(refs.map((r) => r.project))) deleteNamespaces.run(project, project, project);
      }
      db.exec('COMMIT');
      return refs;
    } catch (e) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // Already rolled back by SQLite; the original error is the one to report.
      }
      throw e;
    }
  };
}
