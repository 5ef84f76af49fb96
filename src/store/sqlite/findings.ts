import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { SEVERITIES, type Finding } from '../../model/finding.js';
import { findingJson } from '../../model/finding-json.js';
import { projectNamespaces } from '../keys.js';
import type { FindingsQuery, FindingsResult, FindingsWrite, FindingsWriteSummary, ScanContext, StoredFinding } from '../store.js';

export interface FindingsTable {
  write(context: ScanContext, findings: readonly Finding[], onlyFiles?: readonly string[]): FindingsWriteSummary;
  /** Each as `write`, all in one transaction. */
  writeMany(writes: readonly FindingsWrite[]): FindingsWriteSummary[];
  /** The same, inside a write transaction the caller holds (the scan's, so sets and findings commit together). */
  apply(context: ScanContext, findings: readonly Finding[], onlyFiles?: readonly string[]): FindingsWriteSummary;
  load(project: string, ref: string): StoredFinding[];
  search(query: FindingsQuery): FindingsResult;
}

const ORDER = 'ORDER BY f.project, f.ref, f.severity_rank, f.kind, f.file, f.purl, f.id';

/** The findings table of the SQLite index: replace with memory per (project, ref), like the sets. */
export function createFindingsTable(db: DatabaseSync, onRowWritten?: () => void): FindingsTable {
  const existing = db.prepare('SELECT id, file, first_seen_at, first_commit_sha FROM findings WHERE project = ? AND ref = ?');
  const remove = db.prepare('DELETE FROM findings WHERE project = ? AND ref = ? AND id = ?');
  const upsert = db.prepare(
    `INSERT INTO findings (project, ref, id, kind, severity, severity_rank, suppressed, file, purl, first_seen_at, first_commit_sha, last_seen_at, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (project, ref, id) DO UPDATE SET kind = excluded.kind, severity = excluded.severity, severity_rank = excluded.severity_rank,
       suppressed = excluded.suppressed, file = excluded.file, purl = excluded.purl, last_seen_at = excluded.last_seen_at, body = excluded.body`,
  );
  const addNamespace = db.prepare('INSERT OR IGNORE INTO project_namespaces (namespace, project) VALUES (?, ?)');
  const loadAll = db.prepare(`SELECT f.* FROM findings f WHERE f.project = ? AND f.ref = ? ${ORDER}`);

  function apply(context: ScanContext, findings: readonly Finding[], onlyFiles?: readonly string[]): FindingsWriteSummary {
    const now = context.scannedAt.toISOString();
    // A partial scan replaces the findings of its own files only; those of files it did not read stay.
    const scoped = onlyFiles ? new Set(onlyFiles) : null;
    const before = new Map(existing.all(context.project, context.ref).map((r) => [String(r.id), r]));
    let added = 0;
    const kept = new Set<string>();
    for (const f of findings) {
      if (kept.has(f.id)) continue;
      kept.add(f.id);
      if (!before.has(f.id)) added++;
      upsert.run(
        context.project, context.ref, f.id, f.kind, f.severity, SEVERITIES.indexOf(f.severity), f.suppressed ? 1 : 0, f.file, f.purl,
        now, context.commitSha, now, findingJson(f),
      );
      onRowWritten?.();
    }
    let removed = 0;
    for (const [id, row] of before) {
      if (kept.has(id) || (scoped && !scoped.has(String(row.file)))) continue;
      remove.run(context.project, context.ref, id);
      removed++;
    }
    for (const namespace of projectNamespaces(context.project)) addNamespace.run(namespace, context.project);
    return { written: kept.size, added, removed };
  }

  function inTransaction<T>(run: () => T): T {
    db.exec('BEGIN IMMEDIATE');
    try {
      const done = run();
      db.exec('COMMIT');
      return done;
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
  }

  return {
    apply,
    write: (context, findings, onlyFiles) => inTransaction(() => apply(context, findings, onlyFiles)),
    writeMany: (writes) => inTransaction(() => writes.map((w) => apply(w.context, w.findings, w.onlyFiles))),
    load: (project, ref) => loadAll.all(project, ref).map(toStored),
    search(q) {
      const clauses: string[] = [];
      const params: SQLInputValue[] = [];
      const add = (sql: string, ...values: SQLInputValue[]): void => {
        clauses.push(sql);
        params.push(...values);
      };
      if (q.project !== undefined) add('f.project = ?', q.project);
      if (q.group !== undefined) add('f.project IN (SELECT project FROM project_namespaces WHERE namespace = ?)', q.group);
      if (q.ref !== undefined) add('f.ref = ?', q.ref);
      if (q.defaultBranchOnly) add('EXISTS (SELECT 1 FROM sets s WHERE s.project = f.project AND s.ref = f.ref AND s.default_branch = 1)');
      if (q.kind !== undefined) add('f.kind = ?', q.kind);
      // A severity means that severity or worse, as fail-on does.
      if (q.severity !== undefined) add('f.severity_rank <= ?', SEVERITIES.indexOf(q.severity));
      if (!q.includeSuppressed) add('f.suppressed = 0');
      const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
      const total = Number(db.prepare(`SELECT count(*) AS n FROM findings f ${where}`).get(...params)?.n ?? 0);
      const rows = db.prepare(`SELECT f.* FROM findings f ${where} ${ORDER} LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset);
      return { total, hits: rows.map(toStored) };
    },
  };
}

function toStored(r: Record<string, unknown>): StoredFinding {
  const finding = JSON.parse(String(r.body)) as Finding;
  return {
    ...finding,
    project: String(r.project),
    ref: String(r.ref),
    firstSeenAt: String(r.first_seen_at),
    firstCommitSha: r.first_commit_sha === null ? null : String(r.first_commit_sha),
    lastSeenAt: String(r.last_seen_at),
  };
}
