import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { readTomlLock, tomlHeaders } from '../../../src/ingest/text/toml-lock.js';

const external = (p: string) => readFileSync(new URL(`../../../../shared/fixtures/external/${p}`, import.meta.url), 'utf8');

describe('the generated-TOML reader', () => {
  it.each(['poetry/poetry.lock', 'inesctec-tsg-client/poetry.lock', 'ripgrep/Cargo.lock', 'inesctec-tsg-client/pyproject.toml', 'pipenv/Pipfile'])(
    'reads %s exactly as smol-toml does',
    (file) => {
      const text = external(file);
      const lock = readTomlLock(text);
      expect(lock.problems).toEqual([]);
      expect(lock.root).toEqual(parse(text));
    },
  );

  it.each([
    ['escapes', 'a = "tab\\there \\u00e9 \\"q\\""\n', { a: 'tab\there é "q"' }],
    ['literal strings and dotted keys', "x.y = 'c:\\\\path'\n", { x: { y: 'c:\\\\path' } }],
    ['numbers and booleans', 'i = -1_000\nf = 1.5e3\nt = true\n', { i: -1000, f: 1500, t: true }],
    ['nested tables after arrays of tables', '[[p]]\nn = 1\n[p.d]\nk = "v"\n[[p]]\nn = 2\n', { p: [{ n: 1, d: { k: 'v' } }, { n: 2 }] }],
    ['multi-line strings via smol-toml', 'd = """\nline\n"""\n', { d: 'line\n' }],
    ['dates via smol-toml', '[m]\nwhen = 1979-05-27\n', { m: { when: expect.anything() } }],
  ])('%s', (_name, text, expected) => {
    const lock = readTomlLock(text);
    expect(lock.problems).toEqual([]);
    expect(lock.root).toEqual(expected);
  });

  it('a broken section is a problem at its line; the sections around it are kept', () => {
    const lock = readTomlLock('[[package]]\nname = "a"\n\n[[package]]\nname = "b\nversion = "1"\n\n[[package]]\nname = "c"\n');
    const packages = lock.root['package'] as Record<string, unknown>[];
    expect(packages.filter((p) => !lock.broken.has(p as never)).map((p) => p['name'])).toEqual(['a', 'c']);
    expect(lock.problems).toEqual([{ place: 'line 5', message: expect.stringMatching(/^cannot read this part of the file: invalid TOML/) }]);
    expect(lock.placeOf(packages[2] as never)).toBe('line 8');
  });

  it('an unreadable header skips its section', () => {
    const lock = readTomlLock('[[package]]\nname = "a"\n[[pack age]]\nname = "x"\n[[package]]\nname = "c"\n');
    expect((lock.root['package'] as { name: string }[]).map((p) => p.name)).toEqual(['a', 'c']);
    expect(lock.problems.map((p) => p.place)).toEqual(['line 3']);
  });

  it('lists headers for detection', () => {
    expect([...tomlHeaders('x = 1\n[[package]]\n  [ tool.poetry ]\n"[not]"\n[metadata] # c\n')]).toEqual(['[[package]]', '[tool.poetry]', '[metadata]']);
  });
});
