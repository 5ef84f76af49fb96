import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { generateAdvisories } from './generated-mirror.js';
import { tempDir } from './support.js';

const child = fileURLToPath(new URL('./sync-child.ts', import.meta.url));

/** Runs `depindex ARGS` in a child; SIGKILLs it `killAfterMs` after its first progress line, when given. */
function run(cwd: string, args: string[], killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--no-warnings', child, cwd, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    p.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (killAfterMs !== undefined && timer === null && stdout.includes('Evaluating data for')) timer = setTimeout(() => p.kill('SIGKILL'), killAfterMs);
    });
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    p.on('error', reject);
    p.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Everything sync wrote, in a stable order: equal dumps mean nothing lost and nothing duplicated. */
function dump(path: string): { advisories: string[]; affected: string[]; checkpoints: string[]; orphans: string[]; removed: string[] } {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    const rows = (sql: string) => db.prepare(sql).all().map((r) => JSON.stringify(r));
    return {
      advisories: rows('SELECT id, source, withdrawn, data FROM md_advisories ORDER BY id'),
      affected: rows('SELECT a.advisory_id, a.type, a.name_key, a.range, p.data FROM md_affected a JOIN md_affected_data p ON p.id = a.rowid ORDER BY 1, 2, 3, 4, 5'),
      checkpoints: rows('SELECT * FROM md_checkpoints ORDER BY data_type, registry, version_format'),
      orphans: rows('SELECT id FROM md_affected_data WHERE id NOT IN (SELECT rowid FROM md_affected)'),
      removed: rows('SELECT type, name_key FROM md_removed ORDER BY 1, 2'),
    };
  } finally {
    db.close();
  }
}

describe('sync killed with SIGKILL at random moments', () => {
  it('a rerun loses nothing and duplicates nothing', async () => {
    const dir = tempDir();
    const source = join(dir, 'advisories');
    generateAdvisories(source, 24, 400, { drop: true });
    const args = (db: string) => ['sync', '--source', `advisories=${source}`, '--store', `sqlite:${join(dir, db)}`];

    const clean = await run(dir, args('clean.db'));
    expect(clean.stderr).not.toContain('depindex');
    expect(clean.code).toBe(0);
    const expected = dump(join(dir, 'clean.db'));
    // 24 files of 400 lines, a third of each later file replacing earlier ids: 24*400 - 23*134 advisories.
    expect(expected.advisories).toHaveLength(24 * 400 - 23 * 134);
    expect(expected.affected).toHaveLength(2 * expected.advisories.length);
    expect(expected.orphans).toEqual([]);
    // The rewrites drop pkg-(i+f-1) for i = 0, 3 ... 399 and f = 1 ... 23: the names pkg-0 ... pkg-421.
    expect(expected.removed).toHaveLength(422);

    let killed = 0;
    const midway: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      // The whole sync takes about a second once it has started: kills land mid-file, between files, or never.
      const outcome = await run(dir, args('killed.db'), Math.floor(Math.random() * 400));
      if (outcome.signal !== 'SIGKILL') continue;
      killed++;
      // Files done before the kill: the progress lines say how far it got.
      midway.push(outcome.stdout.split('\n').filter((l) => l.startsWith('Evaluating data for')).length);
    }
    expect(killed).toBeGreaterThan(0);
    expect(midway.every((n) => n > 0)).toBe(true);
    const last = await run(dir, args('killed.db'));
    expect(last.code).toBe(0);
    expect(dump(join(dir, 'killed.db'))).toEqual(expected);
  }, 180_000);
});
