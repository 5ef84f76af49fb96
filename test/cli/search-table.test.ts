// The search table says direct or transitive, the words GitHub's and GitLab's dependency lists use, for exactly
// the hits whose JSON says introduced true or false; the JSON keeps `introduced`.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from './io.js';

const lock = fileURLToPath(new URL('../../../shared/fixtures/external/create-react-app/package-lock.json', import.meta.url));

describe('depindex search: direct and transitive', () => {
  it('the DEPENDENCY column agrees with the JSON\'s introduced for every hit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-search-table-'));
    copyFileSync(lock, join(dir, 'package-lock.json'));
    expect(await main(['scan', 'package-lock.json', '--store', 'sqlite:index.db', '--project', 'acme/cra', '--ref', 'main'], memoryIO(dir))).toBe(0);
    const query = ['search', '--type', 'npm', '--name', 'react-dom', '--store', 'sqlite:index.db'];
    const json = memoryIO(dir);
    expect(await main([...query, '--json'], json)).toBe(0);
    const table = memoryIO(dir);
    expect(await main(query, table)).toBe(0);
    const hits = (JSON.parse(json.out()) as { hits: { name: string; introduced: boolean | null }[] }).hits;
    const rows = table.out().split('\n');
    const header = rows[0]?.split(/\s{2,}/) ?? [];
    expect(header).toContain('DEPENDENCY');
    const column = header.indexOf('DEPENDENCY');
    const cells = rows.slice(1, 1 + hits.length).map((r) => r.split(/\s{2,}/)[column]);
    expect(cells).toEqual(hits.map((h) => (h.introduced === null ? '?' : h.introduced ? 'direct' : 'transitive')));

    // Both words occur: the lock's root asks for some packages itself and gets the rest through them.
    const all = memoryIO(dir);
    expect(await main(['search', '--type', 'npm', '--limit', '1000', '--store', 'sqlite:index.db'], all)).toBe(0);
    const words = new Set(all.out().split('\n').slice(1).map((r) => r.split(/\s{2,}/)[column]).filter((w) => w !== undefined));
    expect(words).toEqual(new Set(['direct', 'transitive']));
  });
});
