// bun.lock and uv.lock hand their graphs to the graph stage's walk (graph/walk.ts) like yarn, pnpm and poetry:
// a scan through the CLI gives the development flags the lock's graph implies.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from './io.js';

const ingest = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));

async function scanFlags(file: string): Promise<Map<string, [boolean | null, boolean | null]>> {
  const out = join(mkdtempSync(join(tmpdir(), 'depindex-walk-')), 'scan.json');
  expect(await main(['scan', '--no-store', '--json', out, file], memoryIO(ingest))).toBe(0);
  const json = JSON.parse(readFileSync(out, 'utf8')) as { sets: { dependencies: { name: string; version: string; introduced: boolean | null; development: boolean | null }[] }[] };
  return new Map((json.sets[0]?.dependencies ?? []).map((d) => [`${d.name}@${d.version}`, [d.introduced, d.development]]));
}

describe('graph-derived development flags through a scan', () => {
  it('uv.lock: dev-dependencies and what only they reach are development; runtime roots and their graph are not', async () => {
    const flags = await scanFlags('uv-lock/test-pkg.uv.lock');
    expect(flags.get('polars@1.32.3')).toEqual([true, false]);
    expect(flags.get('pytest@8.4.1')).toEqual([true, true]);
    expect(flags.get('pluggy@1.6.0')).toEqual([false, true]);
  });

  it('bun.lock: a package reached from a runtime dependency is runtime, a devDependency is development', async () => {
    const flags = await scanFlags('bun-lock/workspaces-nested-and-bad.bun.lock');
    expect(flags.get('ms@2.1.3')).toEqual([false, false]);
    expect(flags.get('typescript@5.6.3')).toEqual([true, true]);
  });
});
