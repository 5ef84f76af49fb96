import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { readInputs } from '../../src/run/scan.js';
import { memoryIO } from '../cli/io.js';
import { readSeed } from './support/seeds.js';
import { truncate } from './support/mutate.js';

const STACK_TRACE = /\n\s+at /;
const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);

/** Gems in the good Gemfile.lock, counted here from its specs section rather than by the parser under test. */
function specsIn(gemfileLock: string): number {
  const specs = gemfileLock.split(/\n(?=\S)/).filter((s) => s.startsWith('GEM\n'));
  return specs.flatMap((s) => s.split('\n')).filter((l) => /^ {4}\S/.test(l)).length;
}

/** One folder holding one good lock file and one of each kind of bad input. */
function mixedFolder(): { dir: string; good: string; bad: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'depindex-robust-run-'));
  mkdirSync(join(dir, 'truncated'));
  writeFileSync(join(dir, 'Gemfile.lock'), readSeed('gemfile-lock'));
  writeFileSync(join(dir, 'truncated/package-lock.json'), truncate(readSeed('npm-lock'), 0.5));
  writeFileSync(join(dir, 'empty.json'), '');
  writeFileSync(join(dir, 'logo.png'), PNG_HEADER);
  // Valid, but larger than the 64 KiB limit the tests set.
  writeFileSync(join(dir, 'yarn.lock'), readSeed('yarn-lock'));
  return {
    dir,
    good: 'Gemfile.lock',
    bad: {
      'truncated/package-lock.json': '^line \\d+, column \\d+: invalid JSON',
      'empty.json': '^the file is empty$',
      'logo.png': '^the file is binary data \\(it holds NUL bytes\\), not a text or JSON format depindex reads$',
      'yarn.lock': 'the file is 178\\.6 KiB, over the input size limit of 64\\.0 KiB',
    },
  };
}

describe('one broken input does not sink the others', () => {
  it('readInputs keeps the good set and names each bad file with a clear error', async () => {
    const { dir, good, bad } = mixedFolder();
    const result = await readInputs({ patterns: [good, ...Object.keys(bad)], cwd: dir, maxInputBytes: 64 * 1024 });
    expect(result.sets.map((s) => s.file)).toEqual([good]);
    expect(result.sets[0]?.dependencies).toHaveLength(specsIn(readSeed('gemfile-lock')));
    expect(result.sets[0]?.dependencies.map((d) => d.purl)).toContain('pkg:gem/activesupport@7.2.2');
    expect(result.errors.map((e) => e.file).sort()).toEqual(Object.keys(bad).sort());
    for (const error of result.errors) {
      expect(error.message).toMatch(new RegExp(bad[error.file] ?? 'unexpected file'));
      expect(error.message).not.toMatch(STACK_TRACE);
    }
  });

  it('depindex scan over a glob of the folder: exit 2, the good set written, every bad file listed, no stack trace', async () => {
    const { dir, good, bad } = mixedFolder();
    const out = join(dir, 'out');
    const io = memoryIO(dir);
    const code = await main(['scan', '**/*.{lock,json,png}', '--max-input-size', '64KiB', '--json', join(out, 'scan.json')], io);
    expect(code).toBe(2);
    const json = JSON.parse(readFileSync(join(out, 'scan.json'), 'utf8')) as { sets: { file: string; dependencies: unknown[] }[]; errors: { file: string; message: string }[] };
    expect(json.sets.map((s) => s.file)).toEqual([good]);
    expect(json.sets[0]?.dependencies).toHaveLength(specsIn(readSeed('gemfile-lock')));
    expect(json.errors.map((e) => e.file).sort()).toEqual(Object.keys(bad).sort());
    for (const file of Object.keys(bad)) expect(io.out()).toContain(`error: cannot read ${file}: `);
    expect(io.out() + io.err()).not.toMatch(STACK_TRACE);
    expect(io.err()).not.toContain('internal error');
  });
});
