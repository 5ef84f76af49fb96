import type { StatementSync } from 'node:sqlite';

/**
 * Packages a rewritten advisory no longer lists (md_removed), so `changedSince` names them and a rescan evaluates
 * again the sets holding them: their findings of that advisory are gone. Without this, a set holding only such a
 * package kept its stale finding until its next pipeline scan.
 *
 * Kept, not pruned: one row per package ever dropped (the primary key keeps only the latest revision), which is
 * bounded by the package names in the data and is a small fraction of md_affected (advisories rarely drop a
 * package). Pruning below the lowest rescan progress would need every rescan's progress in this file, and a set
 * added later is evaluated whole anyway, so the rows would save little and risk a missed re-evaluation.
 */

type Sql = (text: string) => StatementSync;

/**
 * Before an advisory's rows are replaced, in the ingest's transaction: its stored packages that the new record's
 * [type, name_key] `keys` no longer hold are remembered at `revision`. Compared here, not in SQL (a NOT EXISTS over
 * json_each per advisory doubled the time of a sync that rewrites every advisory, as OSV sources are written again
 * on every run; a DELETE ... RETURNING was slower than this read): one indexed read per rewritten advisory, and an
 * insert only for the rare dropped package.
 */
export function rememberDropped(sql: Sql, advisoryId: string, keys: readonly (readonly [string, string])[], revision: number): void {
  const read = sql('SELECT type, name_key FROM md_affected WHERE advisory_id = ?');
  read.setReturnArrays(true);
  const old = read.all(advisoryId) as unknown as [string, string][];
  if (old.length === 0) return;
  const listed = new Set(keys.map(([type, key]) => `${type}\u0000${key}`));
  const insert = sql('INSERT INTO md_removed (type, name_key, revision) VALUES (?, ?, ?) ON CONFLICT (type, name_key) DO UPDATE SET revision = excluded.revision');
  for (const [type, key] of old) if (!listed.has(`${type}\u0000${key}`)) insert.run(type, key, revision);
}

/** Packages of advisories written after `revision`, and those an advisory dropped after it: each once. */
export const CHANGED_SINCE_SQL = `
  SELECT a.type, a.name_key FROM md_advisories d JOIN md_affected a ON a.advisory_id = d.id WHERE d.revision > ?1
  UNION
  SELECT type, name_key FROM md_removed WHERE revision > ?1`;
