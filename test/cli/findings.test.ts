import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from './io.js';

const lock = new URL('../../../shared/fixtures/external/create-react-app/package-lock.json', import.meta.url).pathname;

interface Listed { total: number; hits: { project: string; ref: string; name: string; kind: string; severity: string; suppressed: boolean; firstSeenAt: string; lastSeenAt: string }[] }

async function list(dir: string, ...args: string[]): Promise<Listed> {
  const io = memoryIO(dir);
  expect(await main(['findings', '--store', 'sqlite:index.db', '--json', ...args], io)).toBe(0);
  return JSON.parse(io.out()) as Listed;
}

describe('depindex findings', () => {
  it('lists findings stored with the scans, keeping when each was first seen, with the scope flags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-findings-'));
    writeFileSync(join(dir, 'package-lock.json'), readFileSync(lock));
    writeFileSync(join(dir, '.depindex.yml'), 'mode: warn\ndependencies:\n  deny:\n    - purl: pkg:npm/react-dom\n    - purl: pkg:npm/scheduler\n      severity: low\nexceptions:\n  - purl: pkg:npm/scheduler\n    reason: ok\n');
    const scan = (project: string, ref: string) => main(['scan', 'package-lock.json', '--store', 'sqlite:index.db', '--project', project, '--ref', ref], memoryIO(dir));
    expect(await scan('acme/web/app', 'main')).toBe(0);
    const first = await list(dir, '--project', 'acme/web/app');
    expect(first.total).toBeGreaterThan(0);
    expect(first.hits.every((h) => h.name === 'react-dom' && !h.suppressed)).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    expect(await scan('acme/web/app', 'main')).toBe(0);
    const second = await list(dir, '--project', 'acme/web/app');
    expect(second.hits.map((h) => h.firstSeenAt)).toEqual(first.hits.map((h) => h.firstSeenAt));
    expect(second.hits.every((h, i) => h.lastSeenAt > (first.hits[i]?.lastSeenAt ?? ''))).toBe(true);

    expect(await scan('other/lib', 'dev')).toBe(0);
    expect((await list(dir, '--group', 'acme')).hits.every((h) => h.project === 'acme/web/app')).toBe(true);
    expect((await list(dir, '--ref', 'dev')).hits.every((h) => h.project === 'other/lib')).toBe(true);
    expect((await list(dir, '--suppressed')).hits.some((h) => h.suppressed && h.name === 'scheduler')).toBe(true);
    expect((await list(dir, '--severity', 'critical')).total).toBe(0);
    expect((await list(dir, '--kind', 'dependency-policy')).total).toBe(first.total * 2);
    expect((await list(dir, '--kind', 'license-policy')).total).toBe(0);

    const bad = memoryIO(dir);
    expect(await main(['findings', '--store', 'sqlite:index.db', '--kind', 'licence'], bad)).toBe(64);
    expect(bad.err()).toContain('--kind "licence" is not one of');
    const table = memoryIO(dir);
    expect(await main(['findings', '--store', 'sqlite:index.db'], table)).toBe(0);
    expect(table.out()).toMatch(/^high +dependency-policy +acme\/web\/app @ main/m);
  });
});
