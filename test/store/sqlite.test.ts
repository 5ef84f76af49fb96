import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/sqlite/schema.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store.js';
import { dep, describeStoreBehaviour, scan, set } from './behaviour.js';

// What each migration since schema 2 added, undone: a file as the depindex of schema 2 left it (optional: issue
// 18; edges, sets_by_scanned_at and short_key: issue 15). test/store/sqlite/migration.test.ts builds one from the
// historical DDL instead.
const BACK_TO_SCHEMA_2 =
  'DROP INDEX dependencies_by_short_name; ALTER TABLE dependencies DROP COLUMN short_key; DROP INDEX sets_by_scanned_at; DROP TRIGGER set_edges_follow_sets; DROP TABLE set_edges; ALTER TABLE dependencies DROP COLUMN optional; PRAGMA user_version = 2';

const dir = mkdtempSync(join(tmpdir(), 'depindex-sqlite-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;
const freshPath = (): string => join(dir, `index-${++count}.db`);

function open(path: string): SqliteStore {
  const opened = openSqliteStore(path);
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

describeStoreBehaviour('sqlite', async () => open(freshPath()));

describe('sqlite store files', () => {
  it('holds the scan in one transaction while its findings are still being made: a reader sees neither until both are in', async () => {
    const path = freshPath();
    let rows = 0;
    const opened = openSqliteStore(path, { onRowWritten: (n) => (rows = n) });
    if (!opened.ok) throw new Error(opened.error);
    const store = opened.value;
    const a = dep({ type: 'npm', name: 'a', version: '1.0.0' });
    let resolve: () => void = () => {};
    const later = new Promise<[]>((r) => (resolve = () => r([])));
    const writing = store.writeScan(scan('g/p', 'main', '2026-11-01T00:00:00Z', 'c1'), [set('a.json', [a])], { complete: true, findings: later });
    const reader = new DatabaseSync(path, { readOnly: true });
    const sets = (): unknown => reader.prepare('SELECT count(*) AS n FROM sets').get();
    const writer = new DatabaseSync(path, { timeout: 0 });
    await new Promise((r) => setTimeout(r, 20));
    // The set's rows are written by now, inside the transaction, which holds the write lock until the findings come.
    expect(rows).toBe(1);
    expect(() => writer.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i);
    expect(sets()).toEqual({ n: 0 });
    resolve();
    expect((await writing).ok).toBe(true);
    expect(sets()).toEqual({ n: 1 });
    reader.close();
    writer.close();
    await store.close();
  });

  it('creates the parent folders and a WAL-mode database', async () => {
    const path = join(dir, 'deep', 'er', 'index.db');
    const store = open(path);
    await store.writeScan(scan('g/p', 'main', '2026-11-01T00:00:00Z', 'c1'), [set('a.json', [dep({ type: 'npm', name: 'a', version: '1.0.0' })])]);
    const db = new DatabaseSync(path);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
    await store.close();
    expect(store.location).toBe(`sqlite:${path}`);
  });

  it('keeps what was written across reopening', async () => {
    const path = freshPath();
    const first = open(path);
    await first.writeScan(scan('g/p', 'main', '2026-11-01T00:00:00Z', 'c1'), [set('a.json', [dep({ type: 'npm', name: 'a', version: '1.0.0' })])]);
    await first.close();
    const second = open(path);
    const loaded = await second.loadSets('g/p', 'main');
    await second.close();
    expect(loaded.ok && loaded.value[0]?.dependencies.map((d) => d.purl)).toEqual(['pkg:npm/a@1.0.0']);
  });

  it('refuses a text file, naming the path', () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'this is not a database\n'.repeat(200));
    const opened = openSqliteStore(path);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a usable SQLite database`));
    expect(readFileSync(path, 'utf8')).toBe('this is not a database\n'.repeat(200));
  });

  it('says the index is damaged, naming it, when its pages are overwritten', async () => {
    const path = freshPath();
    const store = open(path);
    const many = Array.from({ length: 2000 }, (_, i) => dep({ type: 'npm', name: `p${i}`, version: '1.0.0' }));
    await store.writeScan(scan('g/p', 'main', '2026-11-01T00:00:00Z', 'c1'), [set('a.json', many)]);
    await store.close();
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x41), 0, 8192, 3 * 4096);
    closeSync(fd);

    const damaged = open(path);
    const answers = [
      await damaged.search({ name: 'p5', limit: 5, offset: 0 }),
      await damaged.loadSets('g/p', 'main'),
      await damaged.writeScan(scan('g/p', 'main', '2026-11-02T00:00:00Z', 'c2'), [set('a.json', [])]),
    ];
    await damaged.close();
    const errors = answers.flatMap((a) => (a.ok ? [] : [a.error]));
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error).toContain(`sqlite:${path}`);
      expect(error).toContain('the index file is damaged: move it away and scan again');
    }
  });

  it('refuses a SQLite database of another application, naming the path and its tables', () => {
    const path = join(dir, 'foreign.db');
    const db = new DatabaseSync(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    db.close();
    const opened = openSqliteStore(path);
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error).toContain(path);
      expect(opened.error).toContain('tables: invoices');
      expect(opened.error).toContain('not a depindex index');
    }
  });

  it('upgrades an index written before the optional column: old rows are unknown, the next scan fills them', async () => {
    const path = freshPath();
    const old = open(path);
    await old.writeScan(scan('g/p', 'main', '2026-11-01T00:00:00Z', 'c1'), [set('a.json', [dep({ type: 'npm', name: 'a', version: '1.0.0', optional: true })])]);
    await old.close();
    // The file as the depindex before issue 18 left it: schema 2, no optional column and no edges table.
    const db = new DatabaseSync(path);
    db.exec(BACK_TO_SCHEMA_2);
    db.close();
    const upgraded = open(path);
    const before = await upgraded.loadSets('g/p', 'main');
    expect(before.ok && before.value[0]?.dependencies.map((d) => [d.name, d.optional])).toEqual([['a', undefined]]);
    await upgraded.writeScan(scan('g/p', 'main', '2026-11-02T00:00:00Z', 'c2'), [set('a.json', [dep({ type: 'npm', name: 'a', version: '1.0.0', optional: true })])]);
    const after = await upgraded.loadSets('g/p', 'main');
    expect(after.ok && after.value[0]?.dependencies[0]?.optional).toBe(true);
    await upgraded.close();
    const check = new DatabaseSync(path);
    expect(check.prepare('PRAGMA user_version').get()).toEqual({ user_version: SCHEMA_VERSION });
    check.close();
  });

  it('refuses an index written by a newer depindex', async () => {
    const path = freshPath();
    await open(path).close();
    const db = new DatabaseSync(path);
    db.exec('PRAGMA user_version = 99');
    db.close();
    const opened = openSqliteStore(path);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toContain(`written by a newer depindex (index schema 99; this version reads up to ${SCHEMA_VERSION})`);
  });

  it('migrates an index of schema 2 on open: its Maven rows are found by artifact id afterwards (issue #15)', async () => {
    const path = freshPath();
    const store = open(path);
    await store.writeScan(scan('g/p', 'main', '2026-11-01T00:00:00Z', 'c1'), [
      set('pom.xml', [dep({ type: 'maven', namespace: 'org.apache.logging.log4j', name: 'log4j-core', version: '2.14.1' })], 'maven'),
    ]);
    await store.close();
    // Back to what schema 2 wrote: no short_key column, no index on it.
    const db = new DatabaseSync(path);
    db.exec(BACK_TO_SCHEMA_2);
    db.close();
    const migrated = open(path);
    const found = await migrated.search({ name: 'log4j-core', limit: 10, offset: 0 });
    await migrated.close();
    expect(found.ok && found.value.hits.map((h) => h.purl)).toEqual(['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1']);
  });

  it('rolls the whole scan back when a write fails part-way', async () => {
    const path = freshPath();
    const before = open(path);
    const old = [dep({ type: 'npm', name: 'a', version: '1.0.0' }), dep({ type: 'npm', name: 'b', version: '1.0.0' })];
    await before.writeScan(scan('g/p', 'main', '2026-11-01T00:00:00Z', 'c1'), [set('a.json', old)]);
    const state = await before.loadSets('g/p', 'main');
    await before.close();

    const failing = openSqliteStore(path, {
      onRowWritten: (rows) => {
        if (rows === 3) throw new Error('disk on fire');
      },
    });
    if (!failing.ok) throw new Error(failing.error);
    const next = ['c', 'd', 'e'].map((name) => dep({ type: 'npm', name, version: '2.0.0' }));
    const result = await failing.value.writeScan(scan('g/p', 'main', '2026-11-02T00:00:00Z', 'c2'), [set('a.json', next), set('b.json', next)]);
    expect(result).toEqual({ ok: false, error: `writing the scan in sqlite:${path} failed: disk on fire` });
    expect(await failing.value.loadSets('g/p', 'main')).toEqual(state);
    await failing.value.close();
  });

  it('answers an error, not a throw, once closed', async () => {
    const store = open(freshPath());
    await store.close();
    expect(await store.search({ limit: 1, offset: 0 })).toEqual({ ok: false, error: `${store.location} is closed` });
  });

  it('writes several scans in one transaction with the result of writing them in order', async () => {
    const store = open(freshPath());
    const a = dep({ type: 'npm', name: 'a', version: '1.0.0' });
    const b = dep({ type: 'npm', name: 'b', version: '1.0.0' });
    const c = dep({ type: 'npm', name: 'c', version: '1.0.0' });
    const written = await store.writeScans([
      { context: scan('g/p', 'main', '2026-11-01T00:00:00Z', 'c1'), sets: [set('a.json', [a, b])] },
      { context: scan('g/q', 'main', '2026-11-01T00:00:00Z', 'c1'), sets: [set('a.json', [a])] },
      { context: scan('g/p', 'main', '2026-11-02T00:00:00Z', 'c2'), sets: [set('a.json', [b, c])] },
    ]);
    expect(written).toEqual({
      ok: true,
      value: [
        { sets: 1, added: 2, kept: 0, removed: 0 },
        { sets: 1, added: 1, kept: 0, removed: 0 },
        { sets: 1, added: 1, kept: 1, removed: 1 },
      ],
    });
    const loaded = await store.loadSets('g/p', 'main');
    expect(loaded.ok && loaded.value[0]?.dependencies.map((d) => `${d.name} ${d.firstCommitSha}`)).toEqual(['b c1', 'c c2']);

    const refused = await store.writeScans([
      { context: scan('g/r', 'main', '2026-11-03T00:00:00Z', 'c3'), sets: [set('a.json', [a])] },
      { context: scan('', 'main', '2026-11-03T00:00:00Z', 'c3'), sets: [set('a.json', [a])] },
    ]);
    expect(refused.ok).toBe(false);
    expect(await store.loadSets('g/r', 'main')).toEqual({ ok: true, value: [] });
    await store.close();
  });
});
