import { DatabaseSync } from 'node:sqlite';
import { err, ok, type Result } from '../../model/result.js';
import { EDGES_MIGRATION } from './edges.js';

/** Marks a file as a depindex index, so a foreign SQLite file is told apart from an empty one. "dpix". */
export const APPLICATION_ID = 0x64706978;

/**
 * Forward migrations: MIGRATIONS[i] takes a database from user_version i to i + 1: SQL, or a function for what
 * SQL cannot compute (recomputing name keys after an ecosystem's canonical names change). Append, never edit:
 * released files hold the earlier versions.
 *
 * Layout: a dependency row belongs to its set by `set_id`, so project, ref and file are stored once per set;
 * `last_seen_at` of a dependency is its set's `scanned_at` (a row that was not seen in the set's last write is
 * deleted by it), which lets an unchanged re-scan leave the rows untouched. Group scoping goes through
 * `project_namespaces`, an exact-match index of every namespace above a project.
 */
type Migration = string | ((db: DatabaseSync) => void);

/**
 * The findings table's columns as migration 2 wrote them, shared with 7, which rebuilt the table with the same ones.
 * Part of both migrations' text, so never edited: a new column is a new migration.
 */
const FINDINGS_COLUMNS = `
    project TEXT NOT NULL,
    ref TEXT NOT NULL,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    severity_rank INTEGER NOT NULL,
    suppressed INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
    file TEXT NOT NULL,
    purl TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    first_commit_sha TEXT,
    last_seen_at TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (project, ref, id)
  `;

/**
 * 3: whether a dependency is installed only as an optional one (issue 18), its own column beside development
 * rather than folded into it. Rows written before stay NULL (unknown) until their set is scanned again.
 */
const ADD_OPTIONAL = 'ALTER TABLE dependencies ADD COLUMN optional INTEGER CHECK (optional IN (0, 1));';

const MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE sets (
    id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    ref TEXT NOT NULL,
    file TEXT NOT NULL,
    namespaces TEXT NOT NULL,
    ref_type TEXT NOT NULL CHECK (ref_type IN ('branch', 'tag')),
    default_branch INTEGER NOT NULL CHECK (default_branch IN (0, 1)),
    package_manager TEXT,
    format TEXT NOT NULL,
    commit_sha TEXT,
    pipeline_url TEXT,
    scanned_at TEXT NOT NULL,
    counts TEXT NOT NULL,
    UNIQUE (project, ref, file)
  ) STRICT;
  CREATE INDEX sets_by_ref ON sets (ref, project);

  CREATE TABLE project_namespaces (
    namespace TEXT NOT NULL,
    project TEXT NOT NULL,
    PRIMARY KEY (namespace, project)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE dependencies (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES sets (id) ON DELETE CASCADE,
    purl TEXT NOT NULL,
    type TEXT NOT NULL,
    namespace TEXT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    version TEXT NOT NULL,
    development INTEGER CHECK (development IN (0, 1)),
    introduced INTEGER CHECK (introduced IN (0, 1)),
    licenses TEXT,
    license_keys TEXT,
    checksums TEXT,
    source TEXT,
    created_at TEXT NOT NULL,
    first_commit_sha TEXT,
    UNIQUE (set_id, purl)
  ) STRICT;
  CREATE INDEX dependencies_by_name ON dependencies (name_key, type, version);
  CREATE INDEX dependencies_by_created ON dependencies (created_at);
  `,
  // 2: findings of the checks, per project and ref; `body` is the finding as JSON, the columns what is filtered on.
  `
  CREATE TABLE findings (${FINDINGS_COLUMNS}) STRICT, WITHOUT ROWID;
  CREATE INDEX findings_by_kind ON findings (kind, severity_rank);
  `,
  ADD_OPTIONAL,
  // 4: each set's dependency edges, one compact blob per set (edges.ts, issue 15).
  EDGES_MIGRATION,
  // 5 (lifecycle, issue #15): `depindex prune --older-than` finds the refs not scanned since a time without
  // grouping every set of the instance.
  `
  CREATE INDEX sets_by_scanned_at ON sets (scanned_at);
  `,
  // 6 (issue #15, search): a name without its namespace finds a Maven or generic dependency (keys.ts shortKey);
  // generic ones were not indexed before. The partial index holds only those rows, so others pay nothing for it.
  `
  ALTER TABLE dependencies ADD COLUMN short_key TEXT;
  UPDATE dependencies SET short_key = substr(name_key, instr(name_key, ':') + 1) WHERE type = 'maven' AND instr(name_key, ':') > 0;
  CREATE INDEX dependencies_by_short_name ON dependencies (short_key) WHERE short_key IS NOT NULL;
  `,
  // 7 (issue #14): findings in a rowid table. WITHOUT ROWID keeps each row in its key's B-tree, which SQLite
  // advises against for rows over a twentieth of a page (sqlite.org/withoutrowid.html): a finding's JSON body is
  // about 700 bytes, and writing 3,025 of them took twice as long (77 ms against 35 ms, bench/metadata.ts's scan).
  `
  CREATE TABLE findings_rowid (${FINDINGS_COLUMNS}) STRICT;
  INSERT INTO findings_rowid SELECT project, ref, id, kind, severity, severity_rank, suppressed, file, purl, first_seen_at, first_commit_sha, last_seen_at, body FROM findings;
  DROP TABLE findings;
  ALTER TABLE findings_rowid RENAME TO findings;
  CREATE INDEX findings_by_kind ON findings (kind, severity_rank);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

function pragmaNumber(db: DatabaseSync, name: 'application_id' | 'user_version'): number {
  const row = db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown> | undefined;
  return Number(row?.[name] ?? 0);
}

function userTables(db: DatabaseSync): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all();
  return rows.map((r) => String(r.name));
}

/**
 * Checks the file is a depindex index (or empty), refuses one from a newer depindex, and migrates an older one
 * forward in one transaction. `place` names the file in messages.
 */
export function prepareSchema(db: DatabaseSync, place: string, cacheKiB: number): Result<void> {
  let applicationId: number;
  try {
    applicationId = pragmaNumber(db, 'application_id');
  } catch (e) {
    const text = (e as Error).message;
    if (/readonly|read-only/i.test(text)) return err(`${place} cannot be opened for writing (${text}); ${READ_ONLY_ADVICE}`);
    const advice = /malformed|not a database/i.test(text) ? 'give another path, or move the damaged file away' : 'check its permissions, or give another path';
    return err(`${place} is not a usable SQLite database (${text}); ${advice}`);
  }
  const tables = userTables(db);
  if (applicationId !== APPLICATION_ID && (applicationId !== 0 || tables.length > 0)) {
    const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
    return err(`${place} is a SQLite database of another application (${tables.length ? `tables: ${shown}` : `application id ${applicationId}`}), not a depindex index; give another path`);
  }
  const found = pragmaNumber(db, 'user_version');
  if (found > SCHEMA_VERSION) {
    return err(`${place} was written by a newer depindex (index schema ${found}; this version reads up to ${SCHEMA_VERSION}); upgrade depindex`);
  }
  if (found === SCHEMA_VERSION) {
    const layout = checkLayout(db, place);
    if (!layout.ok) return layout;
  }
  db.exec('PRAGMA journal_mode = WAL');
  // NORMAL in WAL mode survives a killed process; only a power loss can drop the last transactions.
  db.exec('PRAGMA synchronous = NORMAL');
  // The default 2 MB page cache makes inserts into the name index read pages back from the OS once the index
  // outgrows it; 64 MB took about 15% off the CPU time of filling 600,000 rows.
  db.exec(`PRAGMA cache_size = ${-Math.max(64, Math.floor(cacheKiB))}`);
  // Each checkpoint syncs the file; at the default 1,000 pages a large scan spends most of its time waiting on
  // them. 10,000 pages (40 MB) cut filling the bench index from 17.6 s to 6.4 s per 200,000 rows; the size limit
  // gives the space back after a checkpoint.
  db.exec('PRAGMA wal_autocheckpoint = 10000');
  db.exec('PRAGMA journal_size_limit = 67108864');
  if (found === SCHEMA_VERSION) return ok(undefined);

  db.exec('BEGIN IMMEDIATE');
  try {
    // Another process may have migrated while this one waited for the lock.
    const version = pragmaNumber(db, 'user_version');
    for (let v = version; v < SCHEMA_VERSION; v++) {
      const migration = MIGRATIONS[v] ?? '';
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
    }
    db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    return err(`cannot prepare the index in ${place}: ${(e as Error).message}`);
  }
  return ok(undefined);
}

/** A read-only index is healthy: the advice is about permissions, never to move it away. */
export const READ_ONLY_ADVICE =
  'the index file or its folder cannot be written here: make them writable, or give --store another path (depindex search needs no write access)';

/** What to do with an index whose layout is not this depindex's: never lose it silently, say how to start over. */
export const REBUILD =
  'give --store a new path (the next scan of each ref fills it), or move this file away to rebuild it in place';

let expectedLayout: ReadonlyMap<string, readonly string[]> | null = null;

/** Tables and their columns as the migrations make them, read from a throw-away in-memory database once. */
function layoutOf(db: DatabaseSync): Map<string, string[]> {
  const layout = new Map<string, string[]>();
  for (const table of userTables(db)) {
    layout.set(table, db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table).map((r) => String(r.name)));
  }
  return layout;
}

function expected(): ReadonlyMap<string, readonly string[]> {
  if (expectedLayout) return expectedLayout;
  const memory = new DatabaseSync(':memory:');
  try {
    for (const migration of MIGRATIONS) {
      if (typeof migration === 'string') memory.exec(migration);
      else migration(memory);
    }
    expectedLayout = layoutOf(memory);
  } finally {
    memory.close();
  }
  return expectedLayout;
}

/**
 * A file that claims the current schema but lacks a table or column (edited by hand, or written by a build that
 * never shipped) is refused with what is missing, before any statement is prepared against it.
 */
function checkLayout(db: DatabaseSync, place: string): Result<void> {
  const found = layoutOf(db);
  const missing: string[] = [];
  for (const [table, columns] of expected()) {
    const have = found.get(table);
    if (!have) missing.push(`table ${table}`);
    else for (const column of columns) if (!have.includes(column)) missing.push(`column ${table}.${column}`);
  }
  if (missing.length === 0) return ok(undefined);
  const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, and ${missing.length - 5} more` : '');
  return err(`${place} is a depindex index without ${shown}; ${REBUILD}`);
}

/** For a read-only reader: the same checks as prepareSchema, without writing (no pragmas set, no migration). */
export function checkSchemaReadOnly(db: DatabaseSync, place: string): Result<void> {
  const applicationId = pragmaNumber(db, 'application_id');
  if (applicationId !== APPLICATION_ID) {
    return err(`${place} is not a depindex index (application id ${applicationId}); give another path`);
  }
  const found = pragmaNumber(db, 'user_version');
  if (found > SCHEMA_VERSION) {
    return err(`${place} was written by a newer depindex (index schema ${found}; this version reads up to ${SCHEMA_VERSION}); upgrade depindex`);
  }
  if (found < SCHEMA_VERSION) {
    return err(`${place} has index schema ${found}, older than this depindex reads (${SCHEMA_VERSION}); a depindex scan with write access upgrades it`);
  }
  return checkLayout(db, place);
}
