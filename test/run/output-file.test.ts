import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/run/output-file.js';

const dir = mkdtempSync(join(tmpdir(), 'depindex-output-'));

describe('writeOutput', () => {
  it('writes pieces in order across buffer boundaries, multi-byte characters included', async () => {
    // About 12 MiB in pieces of a few KiB, with characters of 1 to 4 UTF-8 bytes, so several 4 MiB buffers fill
    // up and pieces land on their edges.
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i}:` + 'aé€😀'.repeat(400 + (i % 7)) + '\n');
    const location = join(dir, 'nested', 'folder', 'out.json');
    expect(await writeOutput('out.json', location, pieces)).toEqual({ ok: true });
    expect(readFileSync(location, 'utf8')).toBe(pieces.join(''));
  });

  it('writes a single piece larger than its buffers, and one string', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const location = join(dir, 'huge.txt');
    expect(await writeOutput('huge.txt', location, ['<', huge, '>'])).toEqual({ ok: true });
    expect(readFileSync(location, 'utf8')).toBe(`<${huge}>`);
    expect(await writeOutput('one.txt', join(dir, 'one.txt'), 'just this')).toEqual({ ok: true });
    expect(readFileSync(join(dir, 'one.txt'), 'utf8')).toBe('just this');
  });

  it('replaces what the file held before', async () => {
    const location = join(dir, 'again.txt');
    writeFileSync(location, 'a much longer earlier content');
    await writeOutput('again.txt', location, ['short']);
    expect(readFileSync(location, 'utf8')).toBe('short');
  });

  it('names the file as the user gave it when a part of its path is a file', async () => {
    writeFileSync(join(dir, 'plain-file'), '');
    const outcome = await writeOutput('plain-file/out.json', join(dir, 'plain-file', 'out.json'), ['{}']);
    expect(outcome).toEqual({ ok: false, message: 'cannot write plain-file/out.json: a part of the path is a file, not a folder' });
  });
});
