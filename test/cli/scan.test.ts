import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands, main } from '../../src/cli.js';
import { memoryIO } from './io.js';

const fixtures = new URL('../../fixtures/cli/', import.meta.url).pathname;
const out = () => mkdtempSync(join(tmpdir(), 'depindex-cli-'));

describe('depindex scan', () => {
  it('keeps what was good when one input is broken: sets, SBOM and the error are all written, exit 2', async () => {
    const dir = out();
    // The fixtures folder stands for a checkout's root (set names are relative to it, not to depindex's own repo).
    const io = memoryIO(fixtures, { CI_PROJECT_DIR: fixtures });
    const code = await main(['scan', 'truncated.cdx.json', 'web-app.cdx.json', '--json', join(dir, 'd.json'), '--sbom', join(dir, 's.json')], io);
    expect(code).toBe(2);
    const json = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8')) as {
      sets: { file: string; dependencies: { name: string; introduced: boolean | null; development: boolean | null }[] }[];
      errors: { file: string; message: string }[];
    };
    expect(json.sets.map((s) => s.file)).toEqual(['web-app.cdx.json']);
    expect(json.sets[0]?.dependencies.find((d) => d.name === 'qs')).toMatchObject({ introduced: false });
    expect(json.sets[0]?.dependencies.find((d) => d.name === 'jest')).toMatchObject({ introduced: true, development: true });
    expect(json.errors).toEqual([{ file: 'truncated.cdx.json', message: expect.stringMatching(/^line 5, column 1: invalid JSON/) }]);
    expect(existsSync(join(dir, 's.json'))).toBe(true);
    expect(io.err()).toBe('');
    expect(io.out()).toContain('error: cannot read truncated.cdx.json: line 5, column 1: invalid JSON');
  });

  it('never writes control characters from input names to the log', async () => {
    const io = memoryIO(fixtures);
    await main(['scan', 'web-app.cdx.json'], io);
    expect(io.out()).not.toContain('\u001b');
    expect(io.out()).toMatch(/web-app\.cdx\.json \[cyclonedx\]: 5 dependencies \(3 direct, 2 transitive, 0 unknown; 1 development\)/);
  });

  it('says when a glob matches nothing', async () => {
    const io = memoryIO(fixtures);
    expect(await main(['scan', 'nothing-*.json'], io)).toBe(2);
    expect(io.out()).toContain('error: cannot read nothing-*.json: no file matches this pattern');
  });

  it('exits 3 when an output cannot be written, after writing the summary', async () => {
    const io = memoryIO(fixtures);
    expect(await main(['scan', 'web-app.cdx.json', '--json', 'web-app.cdx.json/nope.json'], io)).toBe(3);
    expect(io.err()).toContain('cannot write web-app.cdx.json/nope.json');
  });

  it.each([[['scan']], [['scan', '--bogus', 'x']], [['scan', 'x', '--max-input-size', 'huge']], [['nonsense']]])('refuses the command line %j with usage help', async (argv) => {
    const io = memoryIO(fixtures);
    expect(await main(argv, io)).toBe(64);
    expect(io.err()).toMatch(/--help|Usage/);
  });
});

describe('depindex why', () => {
  it('prints the paths from introduced dependencies, shortest first', async () => {
    const io = memoryIO(fixtures);
    expect(await main(['why', 'qs', 'web-app.cdx.json'], io)).toBe(0);
    expect(io.out()).toBe(
      'qs@6.11.0 in web-app.cdx.json (transitive, runtime)\n' + '  express@4.18.2 > qs@6.11.0\n' + '  express@4.18.2 > body-parser@1.20.1 > qs@6.11.0\n',
    );
  });

  it('finds a package by purl and says when it is declared directly', async () => {
    const io = memoryIO(fixtures);
    expect(await main(['why', 'pkg:npm/jest', 'web-app.cdx.json'], io)).toBe(0);
    expect(io.out()).toContain('jest@29.7.0 in web-app.cdx.json (direct, development)\n  declared directly');
  });

  it('exits 1 when the package is not there', async () => {
    const io = memoryIO(fixtures);
    expect(await main(['why', 'left-pad', 'web-app.cdx.json'], io)).toBe(1);
    expect(io.out()).toContain('left-pad is not in 1 dependency file(s) read');
  });
});

describe('help and version', () => {
  it.each(commands.map((c) => c.name))('depindex %s --help prints usage, and its summary matches the command', async (name) => {
    const io = memoryIO(fixtures);
    expect(await main([name, '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/^Usage: depindex |^depindex /);
    const entry = commands.find((c) => c.name === name);
    expect((await entry?.load())?.name).toBe(name);
  });

  it('prints the version', async () => {
    const io = memoryIO(fixtures);
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
