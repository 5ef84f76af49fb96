import { closeSync, ftruncateSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { detectFormat } from '../../src/ingest/detect.js';
import { DEFAULT_MAX_INPUT_BYTES, loadInput } from '../../src/ingest/load.js';
import { memoryIO } from '../cli/io.js';
import { cpuSince } from './support/contract.js';
import { readSeed } from './support/seeds.js';
import { timeBudget } from '../time-budget.js';

/** A sparse file: its size is real to stat and to a reader, but it costs no disk and no time to make. */
function sparseFile(dir: string, name: string, bytes: number): string {
  const fd = openSync(join(dir, name), 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return name;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('a file over the size limit is refused before it is read', () => {
  it.each([
    ['2 GiB against a 1 MiB limit', 2 * GiB, MiB, /the file is 2\.0 GiB, over the input size limit of 1\.0 MiB/],
    ['300 MiB against the default limit', 300 * MiB, DEFAULT_MAX_INPUT_BYTES, /the file is 300\.0 MiB, over the input size limit of 256\.0 MiB/],
  ])('%s', async (_case, size, limit, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-robust-huge-'));
    const name = sparseFile(dir, 'huge.json', size);
    const before = process.memoryUsage().rss;
    const loaded = await loadInput(name, { maxInputBytes: limit, cwd: dir });
    const grown = process.memoryUsage().rss - before;
    expect(loaded).toEqual({ ok: false, path: name, message: expect.stringMatching(message) });
    // Reading even the smaller file would add 300 MiB (and twice that as a string); refusing adds nothing.
    expect(grown).toBeLessThan(32 * MiB);
  });

  it('depindex scan names the size and the limit, goes on with the other inputs, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-robust-huge-'));
    sparseFile(dir, 'huge.cdx.json', GiB);
    writeFileSync(join(dir, 'Gemfile.lock'), readSeed('gemfile-lock'));
    const io = memoryIO(dir);
    const before = process.memoryUsage().rss;
    const code = await main(['scan', 'huge.cdx.json', 'Gemfile.lock', '--max-input-size', '10MiB'], io);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MiB);
    expect(code).toBe(2);
    expect(io.out()).toMatch(/\n {2}set Gemfile\.lock \[gemfile-lock[^\]]*\]: 115 dependencies/);
    expect(io.out()).toContain('error: cannot read huge.cdx.json: the file is 1.0 GiB, over the input size limit of 10.0 MiB (raise it with --max-input-size)');
    expect(io.out() + io.err()).not.toMatch(/\n\s+at /);
  });
});

describe('a large input under the limit that is no format', () => {
  it.each([
    ['NUL bytes (a sparse or zeroed file)', '\u0000'],
    ['escape characters (binary noise)', '\u001b'],
    ['letters without a newline', 'a'],
  ])('8 MiB of %s: "not a format depindex reads", in bounded CPU', (_case, char) => {
    const text = char.repeat(8 * MiB);
    const before = process.cpuUsage();
    const detection = detectFormat(text);
    const used = cpuSince(before);
    expect(detection.ok).toBe(false);
    if (!detection.ok) expect(detection.message).toMatch(/^not a format depindex reads: it looks like text of 1 line\(s\) in no format it reads\. /);
    // The description counts lines and quotes nothing; more work than that is what makes a 250 MiB input exhaust the heap.
    expect(used).toBeLessThan(timeBudget(300));
  });
});
