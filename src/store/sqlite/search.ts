import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { err, ok, type Result } from '../../model/result.js';
import { licenseKey, nameKeys } from '../keys.js';
import { ADVISORY_NOT_YET, rangeMatcher } from '../search-query.js';
import type { SearchHit, SearchQuery, SearchResult } from '../store.js';
import { fromFlag, fromJson } from './rows.js';

interface Where {
  readonly sql: string;
  readonly params: SQLInputValue[];
}

const FROM = 'FROM dependencies d JOIN sets s ON s.id = d.set_id';

/** The filters of a query except a version range, as SQL on `d` (dependencies) and `s` (sets). */
function filters(q: SearchQuery): Where {
  const clauses: string[] = [];
  const params: SQLInputValue[] = [];
  const add = (sql: string, ...values: SQLInputValue[]): void => {
    clauses.push(sql);
    params.push(...values);
  };
  if (q.name !== undefined) {
    const keys = nameKeys(q.name, q.type);
    add(`d.name_key IN (${keys.map(() => '?').join(', ')})`, ...keys);
  }
  if (q.type !== undefined) add('d.type = ?', q.type);
  if (q.version !== undefined) add('d.version = ?', q.version);
  if (q.license !== undefined) add('EXISTS (SELECT 1 FROM json_each(d.license_keys) WHERE value = ?)', licenseKey(q.license));
  if (q.addedSince !== undefined) add('d.created_at >= ?', q.addedSince.toISOString());
  // Unknown (null) is kept: excluding development means excluding what is known to be development.
  if (q.excludeDevelopment) add('d.development IS NOT 1');
  if (q.project !== undefined) add('s.project = ?', q.project);
  if (q.group !== undefined) add('s.project IN (SELECT project FROM project_namespaces WHERE namespace = ?)', q.group);
  if (q.ref !== undefined) add('s.ref = ?', q.ref);
  if (q.defaultBranchOnly) add('s.default_branch = 1');
  if (q.file !== undefined) add('s.file = ?', q.file);
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
    version: String(r.version),
    licenses: fromJson<string[]>(r.licenses),
    development: fromFlag(r.development),
    introduced: fromFlag(r.introduced),
    createdAt: String(r.created_at),
    firstCommitSha: r.first_commit_sha === null ? null : String(r.first_commit_sha),
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
    if (query.advisory !== undefined) return err(ADVISORY_NOT_YET);
    let where = filters(query);
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
      `SELECT s.project, s.ref, s.file, d.purl, d.type, d.name, d.version, d.licenses, d.development, d.introduced,
              d.created_at, d.first_commit_sha
       ${FROM} ${where.sql}
       ORDER BY s.project, s.ref, s.file, d.name_key, d.version, d.purl LIMIT ? OFFSET ?`,
    )
      .all(...where.params, query.limit, query.offset)
      .map(toHit);
    return ok({ total, hits, byProject });
  };
}
