import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCommand } from '../../src/cli/search.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { dep, scan, set } from '../store/behaviour.js';

const cwd = mkdtempSync(join(tmpdir(), 'depindex-search-cli-'));
const DAY = 24 * 3_600_000;
const daysAgo = (n: number): string => new Date(Date.now() - n * DAY).toISOString();
const MONTH_AGO = daysAgo(30);

beforeAll(async () => {
  // The default store: .depindex/index.db under the working directory.
  const opened = openSqliteStore(join(cwd, '.depindex', 'index.db'));
  if (!opened.ok) throw new Error(opened.error);
  const store = opened.value;
  await store.writeScan(scan('acme/web/shop', 'main', MONTH_AGO, 'aaaa111'), [
    set('package-lock.json', [
      dep({ type: 'npm', name: 'lodash', version: '4.17.21', licenses: ['MIT'] }),
      dep({ type: 'npm', name: 'jest', version: '29.7.0', development: true, licenses: ['MIT'] }),
    ]),
    set('requirements.txt', [dep({ type: 'pypi', name: 'Django', version: '4.2.0', licenses: null })], 'pip'),
  ]);
  await store.writeScan(scan('acme/api', 'main', MONTH_AGO, 'bbbb222'), [
    set('package-lock.json', [dep({ type: 'npm', name: 'lodash', version: '3.10.1', licenses: ['MIT'] })]),
  ]);
  await store.writeScan(scan('acme/api', 'feature/\u001b[31mred', daysAgo(2), 'cccc333', false), [
    set('package-lock.json', [dep({ type: 'npm', name: 'lodash', version: '4.17.20', licenses: ['MIT'] })]),
  ]);
  await store.close();
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}, dir = cwd): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await searchCommand.run(args, {
    stdin: Readable.from([]),
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    env,
    cwd: dir,
  });
  return { code, out, err };
}

describe('depindex search', () => {
  it('prints a table of hits, the total and the counts by project', async () => {
    const { code, out, err } = await run(['lodash']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]?.split(/\s{2,}/)).toEqual(['PROJECT', 'REF', 'FILE', 'NAME', 'VERSION', 'TYPE', 'SCOPE', 'DEPENDENCY', 'LICENSES', 'ADDED', 'COMMIT', 'SCANNED', 'PIPELINE']);
    expect(lines.slice(1, 4).map((l) => l.split(/\s{2,}/).slice(0, 5).join(' '))).toEqual([
      'acme/api feature/?[31mred package-lock.json lodash 4.17.20',
      'acme/api main package-lock.json lodash 3.10.1',
      'acme/web/shop main package-lock.json lodash 4.17.21',
    ]);
    expect(lines[3]?.split(/\s{2,}/).slice(5)).toEqual([
      'npm', 'prod', 'direct', 'MIT', MONTH_AGO.slice(0, 10), 'aaaa111', `${MONTH_AGO.slice(0, 16).replace('T', ' ')}Z`, 'https://ci.example/aaaa111',
    ]);
    expect(out).toContain('3 dependencies in 2 projects.\n\nby project:\n  2  acme/api\n  1  acme/web/shop\n');
    expect(out).not.toContain('\u001b');
  });

  it('writes {"total", "limit", "offset", "hits", "byProject"} with --json, as the API answers', async () => {
    const { code, out } = await run(['--name', 'DJANGO', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { total: number; hits: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['total', 'limit', 'offset', 'hits', 'byProject']);
    expect(parsed).toMatchObject({ total: 1, limit: 50, offset: 0, byProject: [{ project: 'acme/web/shop', count: 1 }] });
    expect(parsed.hits[0]).toEqual({
      project: 'acme/web/shop',
      ref: 'main',
      file: 'requirements.txt',
      purl: 'pkg:pypi/django@4.2.0',
      type: 'pypi',
      name: 'Django',
      canonicalName: 'django',
      version: '4.2.0',
      licenses: null,
      development: false,
      introduced: true,
      createdAt: MONTH_AGO,
      firstCommitSha: 'aaaa111',
      commit: 'aaaa111',
      pipelineUrl: 'https://ci.example/aaaa111',
      scannedAt: MONTH_AGO,
      // Introduced itself (issue 15: introducedBy from the stored graph).
      introducedBy: ['pkg:pypi/django@4.2.0'],
    });
    expect(Object.keys(parsed.hits[0] ?? {})).toEqual([
      'project', 'ref', 'file', 'purl', 'type', 'name', 'canonicalName', 'version', 'licenses', 'development', 'introduced',
      'createdAt', 'firstCommitSha', 'commit', 'pipelineUrl', 'scannedAt', 'introducedBy',
    ]);
  });

  it('says where a page sits and how to get the next one', async () => {
    const { out } = await run(['lodash', '--limit', '1', '--offset', '1']);
    expect(out).toContain('3 dependencies in 2 projects; showing 2-2; --offset 2 for the next page.');
  });

  it.each([
    [['--added-since', '7d'], 1],
    [['--exclude-development', '--project', 'acme/web/shop'], 2],
    [['--group', 'acme', '--default-branch'], 4],
    [['--license', 'mit', '--ref', 'main'], 3],
    [['--type', 'npm', '--version', '4.17.21'], 1],
    [['lodash', '--type', 'npm', '--range', '^4.0.0'], 2],
    [['nothing-like-this'], 0],
  ])('%j finds %i', async (args, total) => {
    const { code, out } = await run([...args, '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { total: number }).total).toBe(total);
  });

  it('says so when nothing matches', async () => {
    expect((await run(['nothing-like-this'])).out).toBe('no dependencies match.\n');
  });

  it.each([
    [['--type', 'npmm'], '--type: unknown purl type "npmm"'],
    [['--range', '^4'], '--range needs --type'],
    [['--type', 'npm', '--range', '>>>nope<<<'], '--range: invalid npm version range ">>>nope<<<"'],
    [['--added-since', 'last tuesday'], '--added-since "last tuesday" is neither a date'],
    [['lodash', '--advisory', 'CVE-2021-44228'], '--name cannot be given with --advisory: --advisory names the packages and versions itself'],
    [['--advisory', 'CVE-2021-44228', '--type', 'npm', '--range', '^4'], '--range cannot be given with --advisory'],
    [['--limit', '0'], '--limit must be a whole number from 1 to 1000'],
    [['--colour'], "Unknown option '--colour'"],
    [['a', 'b'], 'one package name at most'],
  ])('refuses %j with a message and exit 64', async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(64);
    expect(out).toBe('');
    expect(err).toContain(`depindex search: ${message}`);
  });

  it('reports a missing index without creating one', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'depindex-search-empty-'));
    try {
      const { code, err } = await run(['lodash'], {}, empty);
      expect(code).toBe(3);
      expect(err).toContain(`no index at sqlite:.depindex/index.db (${join(empty, '.depindex', 'index.db')}) yet`);
      mkdirSync(join(empty, 'elsewhere'));
      const viaEnv = await run(['lodash'], { DEPINDEX_STORE: `sqlite:${join(cwd, '.depindex', 'index.db')}` }, join(empty, 'elsewhere'));
      expect(viaEnv.code).toBe(0);
      expect(viaEnv.out).toContain('3 dependencies in 2 projects');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('reports a file that is not an index', async () => {
    const { code, err } = await run(['lodash', '--store', `sqlite:${join(cwd, '.depindex')}`]);
    expect(code).toBe(3);
    expect(err).toContain(join(cwd, '.depindex'));
  });

  it('prints its help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('--added-since WHEN');
  });
});
