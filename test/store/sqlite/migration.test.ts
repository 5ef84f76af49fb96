import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.js';
import { EXIT } from '../../../src/run/exit-codes.js';
import { SCHEMA_VERSION } from '../../../src/store/sqlite/schema.js';
import { memoryIO } from '../../cli/io.js';

/**
 * The index as depindex wrote it before issue #15 (schema 2, src/store/sqlite/schema.ts at commit f4a3689),
 * kept here as the historical fixture: a store written by that version must open, migrate and keep its data.
 */
const SCHEMA_2 = `
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

  CREATE TABLE findings (
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
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX findings_by_kind ON findings (kind, severity_rank);
`;

const lock = new URL('../../../../shared/fixtures/external/create-react-app/package-lock.json', import.meta.url).pathname;
const gemfileLock = new URL('../../../../shared/fixtures/external/gitlab-com-runbooks/Gemfile.lock', import.meta.url).pathname;

/** An index file written with the old schema: one ref with a Gemfile.lock set and a finding, another ref. */
function oldIndex(dir: string): string {
  const path = join(dir, 'index.db');
  const db = new DatabaseSync(path);
  db.exec(SCHEMA_2);
  db.exec('PRAGMA application_id = 1685088632');
  db.exec('PRAGMA user_version = 2');
  const counts = JSON.stringify({ dependencies: 1, development: 0, introduced: 1 });
  const insertSet = db.prepare(
    `INSERT INTO sets (project, ref, file, namespaces, ref_type, default_branch, package_manager, format, commit_sha, pipeline_url, scanned_at, counts)
     VALUES (?, ?, 'Gemfile.lock', '["acme"]', 'branch', ?, 'bundler', 'gemfile-lock', 'old', NULL, '2026-01-01T00:00:00.000Z', ?) RETURNING id`,
  );
  for (const [ref, isDefault] of [['main', 1], ['release', 0]] as const) {
    const id = Number(insertSet.get('acme/app', ref, isDefault, counts)?.id);
    db.prepare(
      `INSERT INTO dependencies (set_id, purl, type, namespace, name, name_key, version, development, introduced, licenses, license_keys, checksums, source, created_at, first_commit_sha)
       VALUES (?, 'pkg:gem/rack@2.2.3', 'gem', NULL, 'rack', 'rack', '2.2.3', 0, 1, NULL, NULL, NULL, NULL, '2026-01-01T00:00:00.000Z', 'old')`,
    ).run(id);
  }
  db.exec("INSERT INTO project_namespaces VALUES ('acme', 'acme/app')");
  db.exec(`INSERT INTO findings VALUES ('acme/app', 'release', 'f1', 'dependency-policy', 'high', 1, 0, 'Gemfile.lock', 'pkg:gem/rack@2.2.3',
    '2026-01-01T00:00:00.000Z', 'old', '2026-01-01T00:00:00.000Z', '{}')`);
  db.close();
  return path;
}

function pragma(path: string, name: string): number {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return Number((db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown>)[name]);
  } finally {
    db.close();
  }
}

function indexNames(path: string): string[] {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite%' ORDER BY name").all().map((r) => String(r.name));
  } finally {
    db.close();
  }
}

describe('an index written by an older depindex', () => {
  it('is migrated when a scan opens it, keeps its data, records the version, and the scan retires what is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-migrate-'));
    const path = oldIndex(dir);
    expect(indexNames(path)).not.toContain('sets_by_scanned_at');
    // The read-only search does not migrate; it says what does.
    const search = memoryIO(dir);
    expect(await main(['search', 'rack', '--store', 'sqlite:index.db'], search)).toBe(EXIT.output);
    expect(search.err()).toContain(`has index schema 2, older than this depindex reads (${SCHEMA_VERSION}); a depindex scan with write access upgrades it`);

    writeFileSync(join(dir, 'package-lock.json'), readFileSync(lock));
    const scan = memoryIO(dir);
    expect(await main(['scan', 'package-lock.json', '--store', 'sqlite:index.db', '--project', 'acme/app', '--ref', 'main'], scan)).toBe(0);
    // Schema 3 (issue #15) at least; later steps (another table) are applied in the same transaction.
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
    expect(pragma(path, 'user_version')).toBe(SCHEMA_VERSION);
    expect(indexNames(path)).toContain('sets_by_scanned_at');
    // The old Gemfile.lock set of main was retired by this complete scan; release kept its set and finding.
    expect(scan.out()).toContain('complete scan: retired 1 set(s) of files no longer scanned: Gemfile.lock');
    const found = memoryIO(dir);
    expect(await main(['search', 'rack', '--store', 'sqlite:index.db', '--json'], found)).toBe(0);
    const hits = (JSON.parse(found.out()) as { hits: { ref: string; file: string; version: string }[] }).hits;
    expect(hits.map((h) => `${h.ref} ${h.file} ${h.version}`)).toEqual(['release Gemfile.lock 2.2.3']);
    const findings = memoryIO(dir);
    expect(await main(['findings', '--store', 'sqlite:index.db', '--ref', 'release', '--json'], findings)).toBe(0);
    expect((JSON.parse(findings.out()) as { total: number }).total).toBe(1);
    // Schema 7: the finding was carried into a rowid table (a WITHOUT ROWID table has no rowid column to read).
    const db = new DatabaseSync(path, { readOnly: true });
    expect(db.prepare("SELECT rowid, id, first_commit_sha FROM findings WHERE ref = 'release'").all()).toEqual([{ rowid: 1, id: 'f1', first_commit_sha: expect.any(String) }]);
    expect(indexNames(path)).toContain('findings_by_kind');
    db.close();
    // The migrated index prunes by age through its new index.
    const prune = memoryIO(dir);
    expect(await main(['prune', '--older-than', '2026-02-01', '--store', 'sqlite:index.db'], prune), prune.err()).toBe(0);
    expect(prune.out()).toContain('removed acme/app at release (branch, last scanned 2026-01-01T00:00:00.000Z, 1 set(s): Gemfile.lock)');
  });

  it('is migrated in one transaction: a migration that fails leaves the file at its old version, with a message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-migrate-'));
    const path = oldIndex(dir);
    // An index named sets_by_scanned_at already exists (made by hand): step 3 fails, and nothing of it may stay.
    const db = new DatabaseSync(path);
    db.exec('CREATE INDEX sets_by_scanned_at ON findings (last_seen_at)');
    db.close();
    writeFileSync(join(dir, 'Gemfile.lock'), readFileSync(gemfileLock));
    const io = memoryIO(dir);
    return main(['scan', 'Gemfile.lock', '--store', 'sqlite:index.db', '--project', 'acme/app', '--ref', 'main'], io).then((code) => {
      expect(code).toBe(EXIT.output);
      expect(io.err()).toMatch(/cannot prepare the index in .*index\.db: index sets_by_scanned_at already exists/);
      expect(pragma(path, 'user_version')).toBe(2);
    });
  });
});

describe('an index written by a newer depindex', () => {
  it.each([
    ['scan', ['scan', 'package-lock.json', '--project', 'acme/app', '--ref', 'main']],
    ['prune', ['prune', '--project', 'acme/app', '--ref', 'main']],
  ])('is refused by %s with both versions named, exit 3, and left untouched', async (_name, args) => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-newer-'));
    const path = oldIndex(dir);
    const db = new DatabaseSync(path);
    db.exec('PRAGMA user_version = 99');
    db.close();
    writeFileSync(join(dir, 'package-lock.json'), readFileSync(lock));
    const before = readFileSync(path);
    const io = memoryIO(dir);
    expect(await main([...args, '--store', 'sqlite:index.db'], io)).toBe(EXIT.output);
    expect(io.err()).toContain(`was written by a newer depindex (index schema 99; this version reads up to ${SCHEMA_VERSION}); upgrade depindex`);
    expect(pragma(path, 'user_version')).toBe(99);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
