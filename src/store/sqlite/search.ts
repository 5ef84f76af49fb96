import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { err, ok, type Result } from '../../model/result.js';
import { licenseKey, mayBeArtifactId, nameKeys } from '../keys.js';
import { fileFilter } from '../file-filter.js';
import { ADVISORY_NOT_IN_INDEX, rangeMatcher } from '../search-query.js';
import type { SearchHit, SearchQuery, SearchResult } from '../store.js';
import { fromFlag, fromJson } from './rows.js';

interface Where {
  readonly sql: string;
  readonly params: SQLInputValue[];
}

const FROM = 'FROM dependencies d JOIN sets s ON s.id = d.set_id';

/** Project, group, ref and default-branch scope, as SQL on `s` (sets). */
function scope(q: SearchQuery, add: (sql: string, ...values: SQLInputValue[]) => void): void {
  if (q.project !== undefined) add('s.project = ?', q.project);
  if (q.group !== undefined) add('s.project IN (SELECT project FROM project_namespaces WHERE namespace = ?)', q.group);
  if (q.ref !== undefined) add('s.ref = ?', q.ref);
  if (q.defaultBranchOnly) add('s.default_branch = 1');
}

/**
 * The filters of a query except a version range, as SQL on `d` (dependencies) and `s` (sets); `files` are the
 * stored paths a `--file` stands for (file-filter.ts), resolved before.
 */
function filters(q: SearchQuery, files: readonly string[] | null): Where {
  const clauses: string[] = [];
  const params: SQLInputValue[] = [];
  const add = (sql: string, ...values: SQLInputValue[]): void => {
    clauses.push(sql);
    params.push(...values);
  };
  if (q.name !== undefined) {
    const keys = nameKeys(q.name, q.type);
    const marks = keys.map(() => '?').join(', ');
    // Two indexed lookups that SQLite ORs together: the full canonical name, or a Maven artifact id alone.
    if (mayBeArtifactId(q.type)) add(`(d.name_key IN (${marks}) OR d.short_key IN (${marks}))`, ...keys, ...keys);
    else add(`d.name_key IN (${marks})`, ...keys);
  }
  if (q.type !== undefined) add('d.type = ?', q.type);
  if (q.version !== undefined) add('d.version = ?', q.version);
  if (q.license !== undefined) add('EXISTS (SELECT 1 FROM json_each(d.license_keys) WHERE value = ?)', licenseKey(q.license));
  if (q.addedSince !== undefined) add('d.created_at >= ?', q.addedSince.toISOString());
  // Unknown (null) is kept: excluding development means excluding what is known to be development.
  if (q.excludeDevelopment) add('d.development IS NOT 1');
  scope(q, add);
  if (files !== null) add('s.file IN (SELECT value FROM json_each(?))', JSON.stringify(files));
  return { sql: clauses.length ? 'WHERE ' + clauses.join(' AND ') : '', params };
}

function and(where: Where, sql: string, ...values: SQLInputValue[]): Where {
  return { sql: where.sql ? `${where.sql} AND ${sql}` : `WHERE ${sql}`, params: [...where.params, ...values] };
}

function toHit(r: Record<string, unknown>): SearchHit {
  return {
    project: String(r.project),
    ref: String(r.ref),
    file: String(r.file),
    purl: String(r.purl),
    type: String(r.type),
    name: String(r.name),
    canonicalName: String(r.name_key),
    version: String(r.version),
    licenses: fromJson<string[]>(r.licenses),
    development: fromFlag(r.development),
    introduced: fromFlag(r.introduced),
    createdAt: String(r.created_at),
    firstCommitSha: r.first_commit_sha === null ? null : String(r.first_commit_sha),
    commit: r.commit_sha === null ? null : String(r.commit_sha),
    pipelineUrl: r.pipeline_url === null ? null : String(r.pipeline_url),
    scannedAt: String(r.scanned_at),
  };
}

export type Searcher = (query: SearchQuery) => Result<SearchResult>;

/**
 * Search (DESIGN.md 6): exact filters in SQL; a version range is evaluated in JS once per distinct version the
 * other filters leave, and the matching versions become one more filter, so totals and paging stay exact.
 * Sorted by project, ref, file, name, version (version as text: SQL cannot sort by ecosystem order).
 */
export function createSearcher(db: DatabaseSync): Searcher {
  const statements = new Map<string, StatementSync>();
  const statement = (sql: string): StatementSync => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };

  return (query) => {
    if (query.advisory !== undefined) return err(ADVISORY_NOT_IN_INDEX);
    let files: readonly string[] | null = null;
    if (query.file !== undefined) {
      const filter = fileFilter(query.file);
      if (filter.kind === 'exact') files = filter.files;
      else {
        // A glob is matched in JS against the files in scope (sets are few: one per dependency file), so both
        // stores match with the same matcher; no file in scope matching is an empty answer, not an error.
        const clauses: string[] = [];
        const params: SQLInputValue[] = [];
        scope(query, (sql, ...values) => {
          clauses.push(sql);
          params.push(...values);
        });
        const sql = `SELECT DISTINCT s.file FROM sets s ${clauses.length ? 'WHERE ' + clauses.join(' AND ') : ''}`;
        files = statement(sql).all(...params).map((r) => String(r.file)).filter(filter.matches);
      }
    }
    let where = filters(query, files);
    if (query.versionRange !== undefined) {
      if (query.type === undefined) return err('a version range needs a purl type: ranges mean something only in one ecosystem');
      const matcher = rangeMatcher(query.type, query.versionRange);
      if (!matcher.ok) return matcher;
      const versions = statement(`SELECT DISTINCT d.version ${FROM} ${where.sql}`).all(...where.params).map((r) => String(r.version));
      where = and(where, 'd.version IN (SELECT value FROM json_each(?))', JSON.stringify(versions.filter(matcher.value)));
    }
    const byProject = statement(`SELECT s.project AS project, COUNT(*) AS count ${FROM} ${where.sql} GROUP BY s.project ORDER BY count DESC, project`)
      .all(...where.params)
      .map((r) => ({ project: String(r.project), count: Number(r.count) }));
    const total = byProject.reduce((n, p) => n + p.count, 0);
    const hits = statement(
      `SELECT s.project, s.ref, s.file, d.purl, d.type, d.name, d.name_key, d.version, d.licenses, d.development,
              d.introduced, d.created_at, d.first_commit_sha, s.commit_sha, s.pipeline_url, s.scanned_at
       ${FROM} ${where.sql}
       ORDER BY s.project, s.ref, s.file, d.name_key, d.version, d.purl LIMIT ? OFFSET ?`,
    )
      .all(...where.params, query.limit, query.offset)
      .map(toHit);
    return ok({ total, hits, byProject });
  };
}
