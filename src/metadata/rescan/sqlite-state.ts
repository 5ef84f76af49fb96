import { DatabaseSync } from 'node:sqlite';
import { err, ok, type Result } from '../../model/result.js';
import { prepareMetadataSchema } from '../store/sqlite-schema.js';
import type { RefKey, RefLister, RescanProgress, RescanScope } from './types.js';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The rescan's SQLite side, in the index file: how far each set was evaluated in md_rescan_sets, and the
 * (project, ref) pairs read from the index's own `sets` and `project_namespaces` tables (read only).
 */
export function openSqliteRescanState(path: string): Result<Required<RescanProgress> & Required<RefLister> & { close(): void }> {
  let db: DatabaseSync;
  let read: ReturnType<DatabaseSync['prepare']>;
  let write: ReturnType<DatabaseSync['prepare']>;
  try {
    db = new DatabaseSync(path, { timeout: 15_000 });
    // As the index's own connection (sqlite/schema.ts): in WAL mode a commit then waits for no fsync, and a killed
    // process still loses nothing committed (a power cut may lose the last saves: their sets are evaluated again).
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    // The index's checkpoint threshold too: at SQLite's default (1,000 pages) each save after the rescan's findings
    // writes checkpointed the whole WAL, a sync of the file each time (a tenth of a rescan, bench/rescan.ts).
    db.exec('PRAGMA wal_autocheckpoint = 10000');
    prepareMetadataSchema(db, `sqlite:${path}`);
    read = db.prepare('SELECT revision, scanned_at FROM md_rescan_sets WHERE project = ? AND ref = ? AND file = ?');
    // The findings column is no longer read (the findings are in the index's findings store, store-sink.ts); it
    // stays, empty, so the table keeps the layout older indexes have.
    write = db.prepare("INSERT OR REPLACE INTO md_rescan_sets (project, ref, file, revision, scanned_at, findings) VALUES (?, ?, ?, ?, ?, '[]')");
  } catch (e) {
    return err(`cannot open sqlite:${path} for rescan: ${message(e)}`);
  }
  return ok({
    async evaluated(set) {
      try {
        const row = read.get(set.project, set.ref, set.file) as
          | { revision: number; scanned_at: string }
          | undefined;
        return ok(row ? { revision: Number(row.revision), scannedAt: row.scanned_at } : { revision: 0, scannedAt: null });
      } catch (e) {
        return err(`reading rescan state of ${set.project} ${set.ref} ${set.file}: ${message(e)}`);
      }
    },
    async save(set, revision, scannedAt) {
      try {
        write.run(set.project, set.ref, set.file, revision, scannedAt);
        return ok(undefined);
      } catch (e) {
        return err(`writing rescan state of ${set.project} ${set.ref} ${set.file}: ${message(e)}`);
      }
    },
    async saveMany(entries) {
      try {
        db.exec('BEGIN IMMEDIATE');
        try {
          for (const { set, revision, scannedAt } of entries) write.run(set.project, set.ref, set.file, revision, scannedAt);
          db.exec('COMMIT');
        } catch (e) {
          db.exec('ROLLBACK');
          throw e;
        }
        return ok(undefined);
      } catch (e) {
        return err(`writing rescan state of ${entries.length} sets: ${message(e)}`);
      }
    },
    async setsHolding(packages) {
      const named = packages.flatMap((p) => (p.nameKeys === null ? [] : p.nameKeys.map((k) => [p.type, k])));
      const anyOf = packages.filter((p) => p.nameKeys === null).map((p) => p.type);
      try {
        // Through the name index, from the changed names (few, after an hourly sync): never every set's rows.
        const byName = named.length === 0 ? [] : db.prepare(
          `SELECT DISTINCT s.project, s.ref, s.file FROM json_each(?) j
           CROSS JOIN dependencies d INDEXED BY dependencies_by_name ON d.name_key = j.value ->> 1 AND d.type = j.value ->> 0
           JOIN sets s ON s.id = d.set_id`,
        ).all(JSON.stringify(named));
        // OS packages are keyed by their bare name, not the stored key: any set with one of the type is a candidate.
        const byType = anyOf.length === 0 ? [] : db.prepare(
          'SELECT DISTINCT s.project, s.ref, s.file FROM dependencies d JOIN sets s ON s.id = d.set_id WHERE d.type IN (SELECT value FROM json_each(?))',
        ).all(JSON.stringify(anyOf));
        return ok([...byName, ...byType].map((r) => ({ project: String(r.project), ref: String(r.ref), file: String(r.file) })));
      } catch (e) {
        return err(`finding the sets holding changed packages in sqlite:${path}: ${message(e)}`);
      }
    },
    async list(scope: RescanScope) {
      const where: string[] = [];
      const params: string[] = [];
      if (scope.project !== undefined) {
        where.push('project = ?');
        params.push(scope.project);
      }
      if (scope.group !== undefined) {
        where.push('project IN (SELECT project FROM project_namespaces WHERE namespace = ?)');
        params.push(scope.group);
      }
      if (scope.ref !== undefined) {
        where.push('ref = ?');
        params.push(scope.ref);
      }
      if (scope.defaultBranchOnly) where.push('default_branch = 1');
      try {
        const rows = db.prepare(`SELECT DISTINCT project, ref FROM sets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY project, ref`).all(...params);
        return ok(rows.map((r): RefKey => ({ project: String(r.project), ref: String(r.ref) })));
      } catch (e) {
        return err(`listing stored sets in sqlite:${path}: ${message(e)}`);
      }
    },
    close() {
      if (db.isOpen) db.close();
    },
  });
}
