// The installed command as a user runs it: bin/depindex.js in a real Node process, with real pipes.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/depindex.js', import.meta.url));
const lockFile = fileURLToPath(new URL('../../../shared/fixtures/external/create-react-app/package-lock.json', import.meta.url));

describe('bin/depindex.js', () => {
  it('says which Node it needs on an older runtime, before loading anything', () => {
    // The same process.versions an older Node reports; the bundle would otherwise die importing node:sqlite.
    const older = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.11.1"})';
    for (const args of [['--version'], ['scan', '--no-store', lockFile]]) {
      const run = spawnSync(process.execPath, ['--import', older, bin, ...args], { encoding: 'utf8' });
      expect(run.status).toBe(69);
      expect(run.stderr).toBe('depindex needs Node.js 24 or newer (found 20.11.1): install Node.js 24, or run it with the image node:24\n');
      expect(run.stdout).toBe('');
    }
  });

  it('runs on this Node', () => {
    const run = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  // `depindex why ... | head -3`: the reader closes the pipe early. Each command that prints is tried.
  it.each([
    ['why', ['why', 'debug', lockFile], ''],
    ['version batch', ['version', 'compare', '--type', 'npm'], '1.0.0\t2.0.0\n'.repeat(200_000)],
  ])('ends quietly when the reader stops early (%s)', async (_name, args, input) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Close our end after the first bytes, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).not.toBe(70);
  });
});
