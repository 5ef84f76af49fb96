import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/ingest/load.js';
import { parseByteSize } from '../../src/model/byte-size.js';

const fixtures = new URL('../../fixtures/ingest/unknown/', import.meta.url).pathname;

describe('loadInput', () => {
  it('refuses an input over the size limit before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-load-'));
    writeFileSync(join(dir, 'big.json'), '[' + '0,'.repeat(10_000) + '0]');
    const result = await loadInput('big.json', { maxInputBytes: 1024, cwd: dir });
    expect(result).toEqual({ ok: false, path: 'big.json', message: expect.stringMatching(/19\.5 KiB, over the input size limit of 1\.0 KiB/) });
  });

  it('names the line and column of invalid JSON', async () => {
    const result = await loadInput('trailing-comma.json', { maxInputBytes: 1 << 20, cwd: fixtures });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^line 5, column 3: invalid JSON/);
  });

  it('says what an unsupported text file looks like', async () => {
    const result = await loadInput('plain-yaml.yml', { maxInputBytes: 1 << 20, cwd: fixtures });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^not a format depindex reads: it looks like text of \d+ line\(s\) in no format it reads/);
      expect(result.message).not.toContain('hello');
    }
  });

  it.each([
    ['missing.json', 'no such file'],
    ['.', 'not a file'],
  ])('explains why %s cannot be read', async (path, message) => {
    expect(await loadInput(path, { maxInputBytes: 1024, cwd: fixtures })).toEqual({ ok: false, path, message });
  });
});

describe('parseByteSize', () => {
  it.each([
    ['256MiB', 256 * 1024 * 1024],
    ['1g', 1024 ** 3],
    ['10 KB', 10 * 1024],
    ['2048', 2048],
    ['lots', null],
    ['-1M', null],
  ])('%s is %s bytes', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });
});
