// A deep dependency chain (issue 11, item 6): via paths made the diff O(depth²), 24 s and 1.1 GB for 10,000
// levels, then "Invalid string length" and exit 70. Via paths are bounded, and the diff is linear in the chain.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSets, MAX_VIA_NAMES } from '../../src/checks/diff.js';
import { main } from '../../src/cli.js';
import { memoryIO } from '../cli/io.js';
import { chain, dep } from './chains.js';

describe('via paths on a deep chain', () => {
  it('a short path is whole; a long one keeps its introduced dependency, its last names and a count of the rest', () => {
    const diff = diffSets('main', [{ file: 'package-lock.json', dependencies: [dep(0)] }], [chain(50)]);
    const added = new Map(diff.files[0]?.added.map((d) => [d.name, d.via]));
    expect(added.get('p3')).toEqual(['p0', 'p1', 'p2']);
    expect(added.get('p10')).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    // p49: 49 names above it; p0, then "… 39 more", then p40..p48.
    expect(added.get('p49')).toEqual(['p0', '… 39 more', 'p40', 'p41', 'p42', 'p43', 'p44', 'p45', 'p46', 'p47', 'p48']);
    for (const via of added.values()) expect((via ?? []).filter((n) => !n.startsWith('…')).length).toBeLessThanOrEqual(MAX_VIA_NAMES);
  });
});

describe('depindex scan on a 10,000-deep package-lock.json (exit 70 before)', () => {
  /** A real lockfileVersion 3 file: the project needs p0, each pN needs pN+1. */
  function lockFile(depth: number): string {
    const packages: Record<string, unknown> = { '': { name: 'app', version: '1.0.0', dependencies: depth > 0 ? { p0: '1.0.0' } : {} } };
    for (let i = 0; i < depth; i++) {
      packages[`node_modules/p${i}`] = {
        version: '1.0.0',
        resolved: `https://registry.npmjs.org/p${i}/-/p${i}-1.0.0.tgz`,
        ...(i + 1 < depth ? { dependencies: { [`p${i + 1}`]: '1.0.0' } } : {}),
      };
    }
    return JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages });
  }

  it('writes the diff JSON and a comment that fits, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-deep-'));
    mkdirSync(join(dir, 'base'));
    writeFileSync(join(dir, 'package-lock.json'), lockFile(10_000));
    writeFileSync(join(dir, 'base/package-lock.json'), lockFile(1));
    const io = memoryIO(dir);
    const code = await main(['scan', 'package-lock.json', '--base', 'base/package-lock.json', '--no-store', '--diff-json', 'diff.json', '--comment-md', 'comment.md'], io);
    expect(io.err()).toBe('');
    expect(code).toBe(0);
    const diff = JSON.parse(readFileSync(join(dir, 'diff.json'), 'utf8')) as { summary: { added: number }; files: { added: { name: string; via: string[] | null }[] }[] };
    expect(diff.summary.added).toBe(9_999);
    expect(diff.files[0]?.added.find((d) => d.name === 'p9999')?.via).toEqual(['p0', '… 9,989 more', 'p9990', 'p9991', 'p9992', 'p9993', 'p9994', 'p9995', 'p9996', 'p9997', 'p9998']);
    expect(readFileSync(join(dir, 'comment.md'), 'utf8').length).toBeLessThanOrEqual(65_536);
  });
});
