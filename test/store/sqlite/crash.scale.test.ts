import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/sqlite/store.js';
import { CRASH_PROJECT, FINDING_EVERY, largeScan } from './crash-scan.js';

const dir = mkdtempSync(join(tmpdir(), 'depindex-crash-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

/**
 * Runs the writer; once it prints `killOn`, runs `meanwhile` (while the writer holds its transaction open) and
 * SIGKILLs it. Resolves when the writer has exited.
 */
function runWriter(
  args: string[],
  killOn?: string,
  meanwhile: () => Promise<void> = async () => {},
): Promise<{ stdout: string; signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (killOn !== undefined && stdout.includes(killOn)) {
        meanwhile().then(
          () => child.kill('SIGKILL'),
          (e: unknown) => {
            child.kill('SIGKILL');
            reject(e as Error);
          },
        );
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => (code !== null && code !== 0 ? reject(new Error(`writer exited ${code}: ${stderr}`)) : resolve({ stdout, signal, code })));
  });
}

async function stateOf(path: string): Promise<{ versions: string[]; commit: string | null | undefined; total: number; findings: { versions: string[]; total: number } }> {
  const opened = openSqliteStore(path);
  if (!opened.ok) throw new Error(opened.error);
  const sets = await opened.value.loadSets(CRASH_PROJECT, 'main');
  const found = await opened.value.search({ project: CRASH_PROJECT, limit: 1, offset: 0 });
  const findings = await opened.value.loadFindings(CRASH_PROJECT, 'main');
  await opened.value.close();
  if (!sets.ok || !found.ok || !findings.ok) throw new Error('cannot read the index back');
  const deps = sets.value.flatMap((s) => s.dependencies);
  return {
    versions: [...new Set(deps.map((d) => d.version))],
    commit: sets.value[0]?.commitSha,
    total: found.value.total,
    findings: { versions: [...new Set(findings.value.map((f) => f.version))], total: findings.value.length },
  };
}

/** The stored edges as sorted "from -> to" lines, and those the scan of `size` at `version` has. */
async function edgesOf(path: string): Promise<string[]> {
  const opened = openSqliteStore(path);
  if (!opened.ok) throw new Error(opened.error);
  const graphs = await opened.value.loadGraphs(CRASH_PROJECT, 'main');
  await opened.value.close();
  if (!graphs.ok) throw new Error(graphs.error);
  return graphs.value.flatMap((s) => [...s.graph.edges].flatMap(([from, targets]) => targets.map((to) => `${from} -> ${to}`))).sort();
}
function edgesOfScan(size: number, version: string): string[] {
  const { sets } = largeScan(size, version);
  return [...(sets[0]?.graph?.edges ?? [])].flatMap(([from, targets]) => targets.map((to) => `${from} -> ${to}`)).sort();
}

/** What the store holds after a whole scan of `size` dependencies at `version`, findings included. */
const whole = (size: number, version: string) => ({
  versions: [version],
  commit: `commit-${version}`,
  total: size,
  findings: { versions: [version], total: Math.ceil(size / FINDING_EVERY) },
});

describe('a writer killed mid-transaction', () => {
  it('leaves the previous state intact, and the next run completes normally', async () => {
    const path = join(dir, 'index.db');
    // The previous state: 3,000 dependencies at 1.0.0, written by a process that finishes.
    const first = await runWriter([path, '3000', '1.0.0', '0']);
    expect(first.stdout).toBe('done {"sets":1,"added":3000,"kept":0,"removed":0,"findings":{"written":300,"added":300,"removed":0}}\n');
    expect(await stateOf(path)).toEqual(whole(3000, '1.0.0'));

    // 20,000 new versions: the writer has inserted 15,000 rows (and not yet deleted the old ones) when killed.
    const killed = await runWriter([path, '20000', '2.0.0', '15000'], 'in-transaction');
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).toBe('in-transaction\n');
    // The kill left the rows it had written in the WAL; recovery must ignore them since they were never committed.
    expect(existsSync(`${path}-wal`) && statSync(`${path}-wal`).size).toBeGreaterThan(1_000_000);
    expect(await stateOf(path)).toEqual(whole(3000, '1.0.0'));
    // The new edges were written before the rows, in the killed transaction: the set and its edges are still the
    // previous write's, together (issue 15).
    const previousEdges = edgesOfScan(3000, '1.0.0');
    expect(previousEdges).toHaveLength(2700);
    expect(await edgesOf(path)).toEqual(previousEdges);

    // Killed among the findings: every dependency row (20,000 inserted, 3,000 deleted) and 1,000 of the 2,000
    // findings written. Sets and findings are one transaction, so neither the new sets nor any new finding shows.
    const amongFindings = await runWriter([path, '20000', '2.0.0', String(23_000 + 1_000)], 'in-transaction');
    expect(amongFindings.signal).toBe('SIGKILL');
    expect(await stateOf(path)).toEqual(whole(3000, '1.0.0'));
    expect(await edgesOf(path)).toEqual(previousEdges);

    const next = await runWriter([path, '20000', '2.0.0', '0']);
    expect(next.stdout).toBe('done {"sets":1,"added":20000,"kept":0,"removed":3000,"findings":{"written":2000,"added":2000,"removed":300}}\n');
    expect(await stateOf(path)).toEqual(whole(20000, '2.0.0'));
    expect(await edgesOf(path)).toEqual(edgesOfScan(20000, '2.0.0'));
  }, 120_000);

  it('lets readers see the previous state meanwhile, and makes a second writer wait, then fail with a message', async () => {
    const path = join(dir, 'concurrent.db');
    await runWriter([path, '3000', '1.0.0', '0']);
    let seen: Awaited<ReturnType<typeof stateOf>> | null = null;
    let second: unknown = null;
    await runWriter([path, '20000', '2.0.0', '15000'], 'in-transaction', async () => {
      seen = await stateOf(path);
      const other = openSqliteStore(path, { busyTimeoutMs: 200 });
      if (!other.ok) throw new Error(other.error);
      const { context, sets } = largeScan(10, '3.0.0');
      second = await other.value.writeScan(context, sets);
      await other.value.close();
    });
    expect(seen).toEqual(whole(3000, '1.0.0'));
    expect(second).toEqual({ ok: false, error: `writing the scan in sqlite:${path} failed: database is locked` });
    expect(await stateOf(path)).toEqual(whole(3000, '1.0.0'));
  }, 120_000);

  it('a complete scan killed after retiring, before its commit, leaves the old sets whole; the next run retires them', async () => {
    const path = join(dir, 'retire.db');
    const files = async (): Promise<string[]> => {
      const opened = openSqliteStore(path);
      if (!opened.ok) throw new Error(opened.error);
      const sets = await opened.value.loadSets(CRASH_PROJECT, 'main');
      await opened.value.close();
      if (!sets.ok) throw new Error(sets.error);
      return sets.value.map((s) => `${s.file} ${s.dependencies.length}`);
    };
    await runWriter([path, '3000', '1.0.0', '0']);
    expect(await files()).toEqual(['package-lock.json 3000']);
    // The lock file moved: yarn.lock with 20,000 rows; row 20,001 is retiring package-lock.json, then it blocks.
    const killed = await runWriter([path, '20000', '2.0.0', '20001', 'yarn.lock', 'complete'], 'in-transaction');
    expect(killed.signal).toBe('SIGKILL');
    expect(await files()).toEqual(['package-lock.json 3000']);
    expect(await stateOf(path)).toEqual(whole(3000, '1.0.0'));

    const next = await runWriter([path, '20000', '2.0.0', '0', 'yarn.lock', 'complete']);
    // The retired file's findings went with it; the new file's are the scan's.
    expect(next.stdout).toBe('done {"sets":1,"added":20000,"kept":0,"removed":0,"retired":["package-lock.json"],"findings":{"written":2000,"added":2000,"removed":300}}\n');
    expect(await files()).toEqual(['yarn.lock 20000']);
    expect(await stateOf(path)).toEqual(whole(20000, '2.0.0'));
  }, 120_000);

  it('builds the scan the test expects', () => {
    const { sets } = largeScan(3, '1.0.0');
    expect(sets[0]?.dependencies.map((d) => d.purl)).toEqual(['pkg:npm/package-0@1.0.0', 'pkg:npm/package-1@1.0.0', 'pkg:npm/package-2@1.0.0']);
  });
});
