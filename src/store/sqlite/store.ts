import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { err, ok, type Result } from '../../model/result.js';
import type { Store, WriteSummary } from '../store.js';
import { createLister } from './listing.js';
import { createLoader } from './load.js';
import { prepareSchema } from './schema.js';
import { createSearcher } from './search.js';
import { checkScan } from '../scan-input.js';
import { createWriter, type RowWrittenHook, type ScanToWrite } from './write.js';

export interface SqliteStoreOptions {
  /** How long a write waits for another process's write to finish before failing (CI jobs sharing a cache). */
  readonly busyTimeoutMs?: number;
  /** Page cache in KiB (default 65,536); a small one makes a large write spill to the WAL before it commits. */
  readonly cacheKiB?: number;
  /** Test hook: called inside the write transaction after each dependency row written. */
  readonly onRowWritten?: RowWrittenHook;
  /** Opens the file read-only (`depindex serve`): SQLite itself then refuses every write. */
  readonly readOnly?: boolean;
}

export interface SqliteStore extends Store {
  /**
   * Several scans in one transaction, each with the result of writing them one by one in order: for loading
   * many at once, where a commit per scan would take most of the time (bench/store.ts fills its index so).
   */
  writeScans(scans: readonly ScanToWrite[]): Promise<Result<WriteSummary[]>>;
}

function message(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  // SQLITE_CORRUPT and SQLITE_NOTADB: nothing depindex can repair; say what the reader can do.
  return /malformed|not a database/i.test(text) ? `${text}; the index file is damaged: move it away and scan again to rebuild it` : text;
}

/**
 * Reads run inside one read transaction, so the counts and the page of a search, or the sets of a load, come
 * from one committed state even while another process writes (WAL lets readers and one writer overlap).
 */
function inReadTransaction<T>(db: DatabaseSync, read: () => T): T {
  db.exec('BEGIN');
  try {
    return read();
  } finally {
    db.exec('COMMIT');
  }
}

/** Opens (creating when absent, with its folder) the SQLite index at `path`; `:memory:` for a throw-away one. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Result<SqliteStore> {
  const location = `sqlite:${path}`;
  let db: DatabaseSync;
  try {
    if (path !== ':memory:' && !options.readOnly) mkdirSync(dirname(path), { recursive: true });
    db = new DatabaseSync(path, { timeout: options.busyTimeoutMs ?? 15_000, readOnly: options.readOnly === true });
  } catch (e) {
    return err(`cannot open ${location}: ${message(e)}`);
  }
  let prepared: Result<void>;
  try {
    prepared = prepareSchema(db, path, options.cacheKiB ?? 65_536);
  } catch (e) {
    const upgrade = options.readOnly ? ' (opened read-only: an index from an older depindex is upgraded by the next scan)' : '';
    prepared = err(`cannot open ${location}: ${message(e)}${upgrade}`);
  }
  if (!prepared.ok) {
    db.close();
    return prepared;
  }
  const writer = createWriter(db, options.onRowWritten);
  const load = createLoader(db);
  const search = createSearcher(db);
  const lister = createLister(db);
  let open = true;

  const guarded = async <T>(what: string, run: () => Result<T>): Promise<Result<T>> => {
    if (!open) return err(`${location} is closed`);
    try {
      return run();
    } catch (e) {
      return err(`${what} in ${location} failed: ${message(e)}`);
    }
  };

  return ok({
    location,
    writeScan: (context, sets) =>
      guarded('writing the scan', () => {
        const checked = checkScan(context, sets);
        return checked.ok ? ok(writer.writeScan(context, sets)) : checked;
      }),
    writeScans: (scans) =>
      guarded(`writing ${scans.length} scans`, () => {
        for (const { context, sets } of scans) {
          const checked = checkScan(context, sets);
          if (!checked.ok) return checked;
        }
        return ok(writer.writeScans(scans));
      }),
    loadSets: (project, ref) => guarded('loading sets', () => ok(inReadTransaction(db, () => load(project, ref)))),
    search: (query) => guarded('searching', () => inReadTransaction(db, () => search(query))),
    listProjects: (query) => guarded('listing projects', () => ok(inReadTransaction(db, () => lister.listProjects(query)))),
    listSets: (project, ref) => guarded('listing sets', () => ok(lister.listSets(project, ref))),
    close: async () => {
      if (!open) return;
      open = false;
      try {
        // Keeps the planner's statistics current for the searches, cheaply (sqlite.org/lang_analyze.html). It may
        // need the write lock: a reader closing while another process writes skips it rather than wait.
        db.exec('PRAGMA busy_timeout = 50');
        db.exec('PRAGMA optimize');
      } catch {
        // Statistics are an optimisation; the next close refreshes them.
      } finally {
        db.close();
      }
    },
  });
}
