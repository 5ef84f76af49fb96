// Issue 18, honest diffs: a side that could not be read is never compared.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from '../cli/io.js';

const fixtures = fileURLToPath(new URL('../../fixtures/cli/', import.meta.url));

interface DiffJson {
  targetKnown: boolean;
  complete: boolean;
  unread: { side: string; file: string }[];
  summary: Record<string, number>;
  files: unknown[];
}

describe('a diff with an unreadable side', () => {
  it('an unreadable base report: nothing listed as added, the diff says it is incomplete, the comment too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-honest-'));
    const io = memoryIO(fixtures);
    const code = await main(['scan', 'web-app.cdx.json', '--no-store', '--base', 'nosuch/x.json', '--diff-json', join(dir, 'd.json'), '--comment-md', join(dir, 'c.md')], io);
    expect(code).toBe(2); // the base input could not be read
    const diff = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as DiffJson;
    expect(diff).toMatchObject({ complete: false, unread: [{ side: 'base', file: 'nosuch/x.json' }], summary: { added: 0, removed: 0, upgraded: 0, downgraded: 0 }, files: [] });
    const comment = readFileSync(join(dir, 'c.md'), 'utf8');
    expect(comment).toContain('The comparison is incomplete');
    expect(comment).toContain('`nosuch/x.json`');
    expect(comment).not.toMatch(/\d+ added/);
  });

  it('an unreadable head input: the base files it may stand for are not listed as removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-honest-'));
    const io = memoryIO(fixtures);
    await main(['scan', 'nosuch/web-app.cdx.json', '--no-store', '--base', 'base/web-app.cdx.json', '--diff-json', join(dir, 'd.json')], io);
    const diff = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as DiffJson;
    expect(diff).toMatchObject({ complete: false, unread: [{ side: 'head', file: 'nosuch/web-app.cdx.json' }], summary: { removed: 0 } });
  });

  it('both sides read: complete, and compared as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-honest-'));
    expect(await main(['scan', 'web-app.cdx.json', '--no-store', '--base', 'base/web-app.cdx.json', '--diff-json', join(dir, 'd.json')], memoryIO(fixtures))).toBe(0);
    const diff = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as DiffJson;
    expect(diff).toMatchObject({ complete: true, unread: [], summary: { added: 3, removed: 1, upgraded: 1, downgraded: 0 } });
  });
});
