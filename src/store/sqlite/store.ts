import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { err, ok, type Result } from '../../model/result.js';
import type { Store, WriteSummary } from '../store.js';
import { createLister } from './listing.js';
import type { Finding } from '../../model/finding.js';
import { createFindingsTable } from './findings.js';
import { createLoader } from './load.js';
import { createGraphLoader, createSetWithGraphLoader } from './edges.js';
import { createPruner } from './prune.js';
import { checkSchemaReadOnly, prepareSchema, READ_ONLY_ADVICE, REBUILD } from './schema.js';
import { openReadOnly } from './read-only.js';
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
  /**
   * For readers (`depindex search`): the file is opened read-only and never migrated or written, so an index on
   * a read-only cache or mount can be searched (also `depindex serve`: SQLite itself then refuses every write).
   */
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
  // SQLITE_CORRUPT and SQLITE_NOTADB: nothing depindex can repair; say what the reader can do. A read-only file
  // is healthy: the advice is about permissions, never to move it away.
  if (/malformed|not a database/i.test(text)) return `${text}; the index file is damaged: move it away and scan again to rebuild it`;
  if (/readonly|read-only/i.test(text)) return `${text}; ${READ_ONLY_ADVICE}`;
  return text;
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
  const readOnly = options.readOnly === true && path !== ':memory:';
  let db: DatabaseSync;
  try {
    if (readOnly) {
      const opened = openReadOnly(path, options.busyTimeoutMs ?? 15_000);
      if (!opened.ok) return err(`cannot open ${location}: ${opened.error}`);
      db = opened.value;
    } else {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new DatabaseSync(path, { timeout: options.busyTimeoutMs ?? 15_000 });
    }
  } catch (e) {
    return err(`cannot open ${location}: ${message(e)}`);
  }
  let prepared: Result<void>;
  try {
    prepared = readOnly ? checkSchemaReadOnly(db, path) : prepareSchema(db, path, options.cacheKiB ?? 65_536);
  } catch (e) {
    const upgrade = options.readOnly ? ' (opened read-only: an index from an older depindex is upgraded by the next scan)' : '';
    prepared = err(`cannot open ${location}: ${message(e)}${upgrade}`);
  }
  // A table or column missing (a foreign or older file): said here, as a Result, so the scan still writes its
  // files and exits 3, instead of a statement below failing to prepare.
  let parts: {
    writer: ReturnType<typeof createWriter>;
    load: ReturnType<typeof createLoader>;
    graphs: ReturnType<typeof createGraphLoader>;
    oneSet: ReturnType<typeof createSetWithGraphLoader>;
    search: ReturnType<typeof createSearcher>;
    lister: ReturnType<typeof createLister>;
    refs: ReturnType<DatabaseSync['prepare']>;
    findings: ReturnType<typeof createFindingsTable>;
    prune: ReturnType<typeof createPruner>;
  } | null = null;
  if (prepared.ok) {
    try {
      const writer = createWriter(db, options.onRowWritten);
      parts = {
        writer,
        load: createLoader(db),
        graphs: createGraphLoader(db),
        oneSet: createSetWithGraphLoader(db),
        search: createSearcher(db),
        lister: createLister(db),
        refs: db.prepare('SELECT DISTINCT ref FROM sets WHERE project = ? ORDER BY ref'),
        findings: createFindingsTable(db, writer.rowWritten),
        prune: createPruner(db),
      };
    } catch (e) {
      prepared = err(`cannot open ${location}: the index does not have the layout this depindex writes (${message(e)}); ${REBUILD}`);
    }
  }
  if (!prepared.ok || parts === null) {
    db.close();
    return prepared.ok ? err(`cannot open ${location}`) : prepared;
  }
  const { writer, load, graphs, oneSet, search, lister, refs, findings, prune } = parts;
  let open = true;

  const guarded = async <T>(what: string, run: () => Result<T>): Promise<Result<T>> => guardedAsync(what, async () => run());
  const guardedAsync = async <T>(what: string, run: () => Promise<Result<T>>): Promise<Result<T>> => {
    if (!open) return err(`${location} is closed`);
    try {
      return await run();
    } catch (e) {
      return err(`${what} in ${location} failed: ${message(e)}`);
    }
  };

  return ok({
    location,
    writeScan: (context, sets, writeOptions = {}) =>
      guardedAsync('writing the scan', async () => {
        if (readOnly) return err(`${location} was opened read-only`);
        const checked = checkScan(context, sets);
        if (!checked.ok) return checked;
        // The findings in the sets' transaction: a crash or a reader sees both old or both new. A partial write
        // replaces those of its own files only. Findings still being matched are waited for after the sets.
        const list = writeOptions.findings;
        const onlyFiles = writeOptions.complete ? undefined : sets.map((s) => s.file);
        const apply = (given: readonly Finding[]) => findings.apply(context, given, onlyFiles);
        // A plain list is applied without a turn of the event loop inside the transaction.
        const also = list === undefined ? undefined : list instanceof Promise ? async () => apply(await list) : () => apply(list);
        const { also: written, ...summary } = await writer.writeScan(context, sets, writeOptions, also);
        return ok(written ? { ...summary, findings: written } : summary);
      }),
    prune: (request) =>
      guarded('pruning', () => (readOnly ? err(`${location} was opened read-only`) : ok(prune(request)))),
    writeScans: (scans) =>
      guarded(`writing ${scans.length} scans`, () => {
        if (readOnly) return err(`${location} was opened read-only`);
        for (const { context, sets } of scans) {
          const checked = checkScan(context, sets);
          if (!checked.ok) return checked;
        }
        return ok(writer.writeScans(scans));
      }),
    loadSets: (project, ref) => guarded('loading sets', () => ok(inReadTransaction(db, () => load(project, ref)))),
    loadGraphs: (project, ref, file) => guarded('loading graphs', () => ok(inReadTransaction(db, () => graphs(project, ref, file)))),
    loadSet: (project, ref, file) => guarded('loading a set', () => ok(inReadTransaction(db, () => oneSet(project, ref, file)))),
    writeFindings: (context, list, onlyFiles) => guarded('writing findings', () => ok(findings.write(context, list, onlyFiles))),
    writeFindingsBatch: (writes) => guarded(`writing the findings of ${writes.length} refs`, () => ok(writes.length === 0 ? [] : findings.writeMany(writes))),
    loadFindings: (project, ref) => guarded('loading findings', () => ok(inReadTransaction(db, () => findings.load(project, ref)))),
    searchFindings: (query) => guarded('searching findings', () => ok(inReadTransaction(db, () => findings.search(query)))),
    listRefs: (project) => guarded('listing refs', () => ok(refs.all(project).map((r) => String(r.ref)))),
    search: (query) => guarded('searching', () => inReadTransaction(db, () => search(query))),
    listProjects: (query) => guarded('listing projects', () => ok(inReadTransaction(db, () => lister.listProjects(query)))),
    listSets: (project, ref) => guarded('listing sets', () => ok(lister.listSets(project, ref))),
    close: async () => {
      if (!open) return;
      open = false;
      try {
        // Keeps the planner's statistics current for the searches, cheaply (sqlite.org/lang_analyze.html). It may
        // need the write lock: a reader closing while another process writes skips it rather than wait.
        if (!readOnly) {
          db.exec('PRAGMA busy_timeout = 50');
          db.exec('PRAGMA optimize');
        }
      } catch {
        // Statistics are an optimisation; the next close refreshes them.
      } finally {
        db.close();
      }
    },
  });
}
