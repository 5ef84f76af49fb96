import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AdvisoryRecord } from '../../src/metadata/records/types.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { dep, scan, set } from '../store/behaviour.js';
import { tempDir } from './support.js';

const child = fileURLToPath(new URL('./sync-child.ts', import.meta.url));
const SETS = 1200;

/** Runs `depindex rescan` in a child; SIGKILLs it `kill.afterMs` after what `kill.watch` counts changes, when given. */
function run(cwd: string, db: string, kill?: { watch: (db: DatabaseSync) => number; afterMs: number }): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--no-warnings', child, cwd, 'rescan', '--notify-jsonl', 'notes.jsonl', '--store', `sqlite:${db}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let poll: NodeJS.Timeout | null = null;
    if (kill) {
      const reader = new DatabaseSync(db, { readOnly: true });
      const before = kill.watch(reader);
      poll = setInterval(() => {
        if (kill.watch(reader) === before) return;
        clearInterval(poll as NodeJS.Timeout);
        reader.close();
        poll = setTimeout(() => p.kill('SIGKILL'), kill.afterMs);
      }, 1);
    }
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    p.on('error', reject);
    p.on('exit', (code, signal) => {
      if (poll) clearInterval(poll);
      resolve({ code, signal, stderr });
    });
  });
}

/** Vulnerability findings stored (the rescan's). */
const findingsStored = (db: DatabaseSync): number => Number((db.prepare("SELECT count(*) AS n FROM findings WHERE kind = 'vulnerability'").get() as { n: number }).n);

/** Sets whose progress says they were evaluated at the current revision. */
const saved = (db: DatabaseSync): number =>
  Number((db.prepare("SELECT count(*) AS n FROM md_rescan_sets WHERE revision = (SELECT value FROM md_state WHERE key = 'revision')").get() as { n: number }).n);

/** Per set (project), its vulnerability findings as stored (without the times of the write), and whether its progress is current. */
function dump(path: string): { findings: Map<string, string[]>; current: Set<string> } {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const findings = new Map<string, string[]>();
    for (const r of db.prepare("SELECT project, id, body FROM findings WHERE kind = 'vulnerability' ORDER BY project, id").all()) {
      const list = findings.get(String(r.project)) ?? [];
      list.push(`${String(r.id)} ${String(r.body)}`);
      findings.set(String(r.project), list);
    }
    const rows = db.prepare("SELECT project FROM md_rescan_sets WHERE revision = (SELECT value FROM md_state WHERE key = 'revision')").all();
    return { findings, current: new Set(rows.map((r) => String(r.project))) };
  } finally {
    db.close();
  }
}

function advisory(i: number): AdvisoryRecord {
  return {
    advisory: {
      id: `K-${i}`, source: 'glad', title: null, description: null, cvssV2: null, cvssV3: null, cvssV4: null, severity: 'high', publishedDate: null,
      urls: [], identifiers: [], withdrawn: false,
    },
    packages: [{ type: 'npm', name: `lib-${i}`, versions: { kind: 'pmdb', range: '<2.0.0' }, fixedVersions: ['2.0.0'], solution: null, distro: null, severity: null, overrides: null }],
  };
}

describe('rescan killed with SIGKILL while it writes', () => {
  it('never saves progress without the findings, and a rerun ends as an uninterrupted rescan', async () => {
    const dir = tempDir();
    const base = join(dir, 'base.db');
    const index = openSqliteStore(base);
    if (!index.ok) throw new Error(index.error);
    // Each set holds 20 of 60 libraries, a third of them affected by the advisories below.
    const scans = Array.from({ length: SETS }, (_, s) => ({
      context: scan(`acme/p${String(s).padStart(4, '0')}`, 'main', '2026-11-01T08:00:00Z', 'c1'),
      sets: [set('package-lock.json', Array.from({ length: 20 }, (_, k) => dep({ type: 'npm', name: `lib-${(s + k) % 60}`, version: `1.${k}.0` })))],
    }));
    const written = await index.value.writeScans(scans);
    if (!written.ok) throw new Error(written.error);
    await index.value.close();
    const metadata = openSqliteMetadata(base);
    if (!metadata.ok) throw new Error(metadata.error);
    const ingested = await metadata.value.ingest({ advisories: Array.from({ length: 20 }, (_, i) => advisory(i * 3)), licenses: [], enrichment: [], checkpoint: null });
    if (!ingested.ok) throw new Error(ingested.error);
    await metadata.value.close();
    const settle = new DatabaseSync(base);
    settle.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    settle.close();

    copyFileSync(base, join(dir, 'clean.db'));
    const clean = await run(dir, join(dir, 'clean.db'));
    expect(clean.stderr).toContain(`${SETS} sets, ${SETS} evaluated`);
    expect(clean.code).toBe(0);
    const expected = dump(join(dir, 'clean.db'));
    expect(expected.current.size).toBe(SETS);
    expect(expected.findings.size).toBeGreaterThan(SETS / 2);

    const killedDb = join(dir, 'killed.db');
    copyFileSync(base, killedDb);
    let killed = 0;
    for (let attempt = 0; attempt < 6; attempt++) {
      // Soon after a batch's progress is saved, or after its findings are written (before their progress, or
      // after): the batches' writes take tens of milliseconds.
      const outcome = await run(dir, killedDb, { watch: attempt % 2 === 0 ? saved : findingsStored, afterMs: Math.floor(Math.random() * 30) });
      if (outcome.signal !== 'SIGKILL') continue;
      killed++;
      // Whatever the moment: a set whose progress is saved has its findings, exactly those of the clean run.
      const now = dump(killedDb);
      for (const project of now.current) expect([project, now.findings.get(project)]).toEqual([project, expected.findings.get(project)]);
    }
    expect(killed).toBeGreaterThan(0);
    const last = await run(dir, killedDb);
    expect(last.code).toBe(0);
    expect(dump(killedDb)).toEqual(expected);
  }, 180_000);
});
