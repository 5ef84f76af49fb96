import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { FakeElasticsearch } from '../store/elasticsearch/fake-elasticsearch.js';
import { startHttpFake, type HttpFake } from '../store/elasticsearch/http-fake.js';
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

/**
 * Everything sync wrote, by document id, in a stable order: equal dumps mean nothing lost and nothing duplicated.
 * The revision a document carries is left out: a kill between a file's checkpoint and the raise of the counter
 * lets the next file share its number, which only makes a rescan look at it once more.
 */
function dump(es: FakeElasticsearch): { advisories: string[]; affected: string[]; checkpoints: string[]; removed: string[] } {
  const of = (alias: string): [string, Record<string, unknown>][] =>
    [...(es.indices.get(es.aliases.get(alias) ?? alias)?.entries() ?? [])].map(([id, d]) => [id, d.source]);
  const rows = (alias: string, keep: (d: Record<string, unknown>) => boolean = () => true) =>
    of(alias)
      .filter(([, d]) => keep(d))
      // Whether a removed package is still pending only says whether a kill fell between the raise and the settling.
      .map(([id, { revision: _revision, pending: _pending, ...d }]) => `${id} ${JSON.stringify(d)}`)
      .sort();
  return {
    advisories: rows('depindex-metadata-advisories'),
    affected: rows('depindex-metadata-affected'),
    checkpoints: rows('depindex-metadata-state', (d) => d['kind'] === 'checkpoint'),
    removed: rows('depindex-metadata-removed'),
  };
}

const fakes: HttpFake[] = [];
afterAll(async () => {
  for (const f of fakes) await f.close();
});

describe('sync into Elasticsearch killed with SIGKILL at random moments', () => {
  it('a rerun loses nothing and duplicates nothing', async () => {
    const dir = tempDir();
    const source = join(dir, 'advisories');
    generateAdvisories(source, 24, 400, { drop: true });
    const clean = await startHttpFake();
    const killed = await startHttpFake();
    fakes.push(clean, killed);
    const args = (fake: HttpFake) => ['sync', '--source', `advisories=${source}`, '--store', fake.url];

    const first = await run(dir, args(clean));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const expected = dump(clean.es);
    // 24 files of 400 lines, a third of each later file replacing earlier ids: 24*400 - 23*134 advisories.
    expect(expected.advisories).toHaveLength(24 * 400 - 23 * 134);
    expect(expected.affected).toHaveLength(2 * expected.advisories.length);
    expect(expected.checkpoints).toHaveLength(1);
    // Each later file drops one package of each of the 134 ids it rewrites (pkg-(i+f-1)), a different one each time.
    expect(expected.removed).toHaveLength(23 * 134);

    let kills = 0;
    const midway: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const outcome = await run(dir, args(killed), Math.floor(Math.random() * 1500));
      if (outcome.signal !== 'SIGKILL') continue;
      kills++;
      midway.push(outcome.stdout.split('\n').filter((l) => l.startsWith('Evaluating data for')).length);
    }
    expect(kills).toBeGreaterThan(0);
    expect(midway.every((n) => n > 0)).toBe(true);
    const last = await run(dir, args(killed));
    expect(last.code).toBe(0);
    expect(dump(killed.es)).toEqual(expected);
    // The counter ends where every file raised it at least once since it was last read.
    const revision = killed.es.docs('depindex-metadata-state').find((d) => d['kind'] === 'revision');
    expect(Number(revision?.['revision'])).toBeGreaterThanOrEqual(24 - kills);
  }, 240_000);
});
