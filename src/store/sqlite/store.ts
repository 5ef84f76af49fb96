import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { err, ok, type Result } from '../../model/result.js';
import type { Store, WriteSummary } from '../store.js';
import { createFindingsTable } from './findings.js';
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
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new DatabaseSync(path, { timeout: options.busyTimeoutMs ?? 15_000 });
  } catch (e) {
    return err(`cannot open ${location}: ${message(e)}`);
  }
  let prepared: Result<void>;
  try {
    prepared = prepareSchema(db, path, options.cacheKiB ?? 65_536);
  } catch (e) {
    prepared = err(`cannot open ${location}: ${message(e)}`);
  }
  if (!prepared.ok) {
    db.close();
    return prepared;
  }
  // A file with our application id but a table or column missing (an older or edited index) fails here, when
  // the statements are prepared: reported as an error naming the file, so the scan's other outputs are written.
  let statements: {
    writer: ReturnType<typeof createWriter>;
    load: ReturnType<typeof createLoader>;
    search: ReturnType<typeof createSearcher>;
    refs: ReturnType<DatabaseSync['prepare']>;
    findings: ReturnType<typeof createFindingsTable>;
  };
  try {
    statements = {
      writer: createWriter(db, options.onRowWritten),
      load: createLoader(db),
      search: createSearcher(db),
      refs: db.prepare('SELECT DISTINCT ref FROM sets WHERE project = ? ORDER BY ref'),
      findings: createFindingsTable(db),
    };
  } catch (e) {
    db.close();
    return err(`cannot use ${location}: ${message(e)}; the index does not have the tables this depindex needs: give another path, or move the file away to rebuild it`);
  }
  const { writer, load, search, refs, findings } = statements;
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
    writeFindings: (context, list) => guarded('writing findings', () => ok(findings.write(context, list))),
    loadFindings: (project, ref) => guarded('loading findings', () => ok(inReadTransaction(db, () => findings.load(project, ref)))),
    searchFindings: (query) => guarded('searching findings', () => ok(inReadTransaction(db, () => findings.search(query)))),
    listRefs: (project) => guarded('listing refs', () => ok(refs.all(project).map((r) => String(r.ref)))),
    search: (query) => guarded('searching', () => inReadTransaction(db, () => search(query))),
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
