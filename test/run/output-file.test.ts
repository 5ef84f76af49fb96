import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput, type OpenFile } from '../../src/run/output-file.js';

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

/**
 * A full disk as the kernel reports it: the temporary file is real, but its writes go to /dev/full, which
 * answers every write with ENOSPC.
 */
const openOnFullDisk: OpenFile = async (path, flags, mode) => {
  const real = await open(path, flags, mode);
  const full = await open('/dev/full', 'w');
  return new Proxy(real, {
    get(target, key) {
      if (key === 'write') return full.write.bind(full);
      if (key === 'close') return async () => (await full.close(), await target.close());
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
};

/** Mounts a 64 KiB tmpfs (needs root, as in the CI container); null where mounting is not allowed. */
function tinyDisk(): string | null {
  const mountPoint = mkdtempSync(join(tmpdir(), 'depindex-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return mountPoint;
  } catch {
    return null;
  }
}

describe('writeOutput on a full disk, or when the writer fails (issue 11, item 8)', () => {
  const previous = '{"previous": "good output"}';
  const temporaries = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.tmp'));

  it('ENOSPC from the kernel: the previous file is kept whole, no temporary file is left, the error says so', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'depindex-enospc-'));
    const location = join(folder, 'sbom.cdx.json');
    writeFileSync(location, previous);
    const outcome = await writeOutput('sbom.cdx.json', location, ['{"new": ', '"x"'.repeat(1000), '}'], openOnFullDisk);
    expect(outcome).toEqual({ ok: false, message: 'cannot write sbom.cdx.json: no space left on the device (the previous file, if any, is kept)' });
    expect(readFileSync(location, 'utf8')).toBe(previous);
    expect(temporaries(folder)).toEqual([]);
  });

  const disk = tinyDisk();
  it.runIf(disk !== null)('a real full tmpfs: --json, --diff-json and the SBOM keep their previous content', async () => {
    const folder = disk as string;
    try {
      for (const name of ['sbom.cdx.json', 'scan.json', 'diff.json', 'comment.md']) writeFileSync(join(folder, name), previous);
      for (const name of ['sbom.cdx.json', 'scan.json', 'diff.json', 'comment.md']) {
        const outcome = await writeOutput(name, join(folder, name), Array.from({ length: 200 }, () => 'x'.repeat(1024)));
        expect(outcome).toEqual({ ok: false, message: `cannot write ${name}: no space left on the device (the previous file, if any, is kept)` });
        expect(readFileSync(join(folder, name), 'utf8')).toBe(previous);
      }
      expect(temporaries(folder)).toEqual([]);
    } finally {
      execFileSync('umount', [folder]);
    }
  });

  it('a writer that throws halfway (a string too long to build) leaves the previous file and no temporary one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'depindex-throw-'));
    const location = join(folder, 'diff.json');
    writeFileSync(location, previous);
    function* pieces(): Generator<string> {
      yield 'x'.repeat(5 * 1024 * 1024);
      throw new RangeError('Invalid string length');
    }
    expect(await writeOutput('diff.json', location, pieces())).toEqual({ ok: false, message: 'cannot write diff.json: Invalid string length' });
    expect(readFileSync(location, 'utf8')).toBe(previous);
    expect(temporaries(folder)).toEqual([]);
  });

  it('replaces a symbolic link planted at the output path instead of writing through it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'depindex-link-'));
    writeFileSync(join(folder, 'victim'), 'not yours');
    symlinkSync(join(folder, 'victim'), join(folder, 'scan.json'));
    expect(await writeOutput('scan.json', join(folder, 'scan.json'), '{}')).toEqual({ ok: true });
    expect(readFileSync(join(folder, 'victim'), 'utf8')).toBe('not yours');
    expect(lstatSync(join(folder, 'scan.json')).isFile()).toBe(true);
  });
});
