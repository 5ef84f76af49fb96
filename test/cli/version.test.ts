import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { versionCommand } from '../../src/cli/version.js';
import { memoryIO } from './io.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(process.cwd(), {}, stdin);
  const code = await versionCommand.run(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('depindex version compare', () => {
  it.each([
    [['compare', '--type', 'npm', '1.2.3', '1.10.0'], '-1'],
    [['compare', '--type', 'npm', '1.0.0+a', '1.0.0+b'], '0'],
    [['compare', '-t', 'go', 'v1.2', 'v1.1.9'], '1'],
    [['compare', '--type', 'cargo', '1.0.0+b', '1.0.0+a'], '1'],
    [['compare', '--type', 'crates.io', '1.0.0-alpha', '1.0.0'], '-1'],
  ])('%j prints %s', async (args, want) => {
    const r = await run(args);
    expect(r).toEqual({ code: 0, out: `${want}\n`, err: '' });
  });

  it('reads TAB-separated pairs from stdin, answers each line in order, and marks bad lines', async () => {
    const r = await run(['compare', '--type', 'golang'], 'v1.0.0\tv1.0.1\nbad\tv1.0.0\nv2.0.0\tv1.9.9\n\nv1\tv1.0.0\nno-tab\n');
    expect(r.out.split('\n')).toEqual([
      '-1',
      'error: "bad" is not a valid Go module version (golang.org/x/mod/semver: vMAJOR[.MINOR[.PATCH[-PRE][+BUILD]]])',
      '1',
      'error: empty line',
      '0',
      'error: no TAB between the two values',
      '',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('3 of 6 lines');
  });

  it('refuses a bad version given as an argument with exit code 2 and a message, no stack', async () => {
    const r = await run(['compare', '--type', 'npm', '1.2', '1.2.0']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('depindex version compare: "1.2" is not a valid npm (semver) version\n');
  });

  it('streams a large input line by line', async () => {
    const lines = 100_000;
    // A generator stream: the input is never one string in memory.
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < lines; i++) yield `1.${i % 50}.0\t1.25.0\n`;
      })(),
    );
    let out = '';
    const io = { ...memoryIO(process.cwd()), stdin, stdout: { write: (t: string) => (out += t) } };
    const code = await versionCommand.run(['compare', '--type', 'npm'], io);
    expect(code).toBe(0);
    const answers = out.split('\n').slice(0, -1);
    expect(answers.length).toBe(lines);
    expect(answers.slice(24, 27)).toEqual(['-1', '0', '1']);
  });
});

describe('depindex version satisfies', () => {
  it.each([
    [['satisfies', '--type', 'npm', '1.5.0', '^1.2.0'], 'true'],
    [['satisfies', '--type', 'npm', '2.0.0-beta.1', '<2.0.0'], 'false'],
    [['satisfies', '--type', 'npm', '1.1.0', '>=1.0.0 && <1.2.0', '--syntax', 'advisory'], 'true'],
    [['satisfies', '--type', 'cargo', '1.9.0', '1.2.3'], 'true'],
    [['satisfies', '--type', 'cargo', '1.9.0', '1.2.3', '--syntax', 'advisory'], 'false'],
    [['satisfies', '--type', 'conan', '1.5', '[>1 <2.0]'], 'true'],
    [['satisfies', '--type', 'swift', '2.0.0', 'from: 1.0.0'], 'false'],
  ])('%j prints %s', async (args, want) => {
    const r = await run(args);
    expect(r).toEqual({ code: 0, out: `${want}\n`, err: '' });
  });

  it('reads VERSION<TAB>RANGE lines', async () => {
    const r = await run(['satisfies', '--type', 'npm', '--syntax', 'advisory'], '1.0.0\t<3.11 || >= 4 <4.5\n4.5.0\t<3.11 || >= 4 <4.5\n1.0.0\tnonsense\n');
    expect(r.out.split('\n').slice(0, 2)).toEqual(['true', 'false']);
    expect(r.out.split('\n')[2]).toMatch(/^error: "nonsense" is not a valid npm range/);
    expect(r.code).toBe(2);
  });
});

describe('depindex version: usage', () => {
  it.each([
    [['compare', '1', '2'], '--type is required'],
    [['compare', '--type', 'nosuch', '1', '2'], 'unknown package type "nosuch"'],
    [['frobnicate', '--type', 'npm'], 'unknown action "frobnicate"'],
    [['compare', '--type', 'npm', '1.0.0'], 'takes two values'],
    [['satisfies', '--type', 'npm', '--syntax', 'osv', '1.0.0', '1'], '--syntax is "native" or "advisory"'],
    [['compare', '--type', 'npm', '--syntax', 'advisory', '1.0.0', '1.0.0'], 'satisfies only'],
    [['compare', '--nope'], "Unknown option '--nope'"],
  ])('%j is a usage error', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(64);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  it('prints help naming the supported types', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('depindex version compare --type T [A B]');
    expect(r.out).toMatch(/golang \(go\)/);
  });
});
