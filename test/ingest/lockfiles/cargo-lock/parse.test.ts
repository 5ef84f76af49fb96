import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/cargo-lock/parse.js';
import { byRef, edgeStrings, external, fixture, run } from '../helpers.js';

describe('ripgrep Cargo.lock (v4)', () => {
  const text = external('ripgrep/Cargo.lock');
  const { set, problems } = run(parser, text);
  // Counted from the text: packages, and those with a source line (the rest are ripgrep's own crates).
  const blocks = text.split('\n[[package]]\n').slice(1);
  const registry = blocks.filter((b) => b.includes('\nsource = "'));

  it('the packages with a source are the dependencies', () => {
    expect(problems).toEqual([]);
    expect(blocks).toHaveLength(63); // PROVENANCE.md
    expect(set.dependencies).toHaveLength(registry.length);
  });

  it('direct = depended on by a workspace crate (no source)', () => {
    const direct = new Set<string>();
    for (const b of blocks.filter((x) => !x.includes('\nsource = "'))) {
      const list = /dependencies = \[\n([^\]]*)\]/.exec(b)?.[1] ?? '';
      for (const m of list.matchAll(/"([^" ]+)[^"]*"/g)) direct.add(m[1] as string);
    }
    const registryNames = new Set(registry.map((b) => /name = "([^"]+)"/.exec(b)?.[1]));
    const expected = [...direct].filter((n) => registryNames.has(n)).sort();
    const actual = set.dependencies.filter((d) => d.direct).map((d) => d.ref.split('@')[0]).sort();
    expect(actual).toEqual(expected);
    expect(byRef(set, 'anyhow@1.0.104').direct).toBe(true);
  });

  it('checksum -> sha256, source -> the crates.io index, dependencies -> edges', () => {
    expect(byRef(set, 'aho-corasick@1.1.5')).toMatchObject({
      purl: 'pkg:cargo/aho-corasick@1.1.5',
      checksums: { sha256: 'c982642fa9e8606056828ee9a8505737230110bb1099153c79efe865c59d12ba' },
      source: 'https://github.com/rust-lang/crates.io-index',
      development: null,
    });
    expect(edgeStrings(set)).toContain('aho-corasick@1.1.5 -> memchr@2.8.3');
  });
});

describe('own fixtures', () => {
  it('v1: long-form dependencies, [metadata] checksums, "<none>" for git', () => {
    const { set, problems } = run(parser, fixture('cargo-lock/v1-metadata-checksums.lock'));
    expect(problems).toEqual([]);
    expect(byRef(set, 'libc@0.2.40')).toMatchObject({ direct: true, checksums: { sha256: '6fd41f331ac7c5b8ac259b8bf82c75c0fb2e469bbf37d2becbba9a6a2221965b' } });
    expect(byRef(set, 'forked@1.0.0')).toMatchObject({ direct: false, checksums: null, source: 'git+https://github.com/example/forked?rev=abc#abcdef0123456789' });
    expect(edgeStrings(set)).toEqual(['rand@0.4.2 -> libc@0.2.40']);
  });

  it('no header: two versions of a crate, short and "name version" ids, a sparse registry, a missing crate', () => {
    const { set, problems } = run(parser, fixture('cargo-lock/workspace-without-header.lock'));
    expect(set.dependencies.map((d) => [d.ref, d.direct])).toEqual([
      ['serde@1.0.200', true],
      ['serde@0.9.15', true],
      ['anyhow@1.0.86', true],
    ]);
    expect(byRef(set, 'anyhow@1.0.86').source).toBe('sparse+https://index.crates.io/');
    expect(problems).toEqual([{ place: 'line 31', message: '"anyhow" depends on "missing-crate", which is not in the lock file' }]);
  });

  it('a malformed package is a problem at its line; a bad checksum is dropped with a problem', () => {
    const { set, problems } = run(parser, fixture('cargo-lock/malformed-package.lock'));
    expect(set.dependencies.map((d) => d.ref)).toEqual(['memchr@2.7.4', 'regex@1.10.5']);
    expect(byRef(set, 'regex@1.10.5').checksums).toBeNull();
    expect(problems.map((p) => p.place)).toEqual(['line 13', 'line 15']);
    expect(edgeStrings(set)).toEqual(['regex@1.10.5 -> memchr@2.7.4']);
  });

  it.each([
    ['poetry.lock', external('poetry/poetry.lock')],
    ['pyproject.toml', external('inesctec-tsg-client/pyproject.toml')],
    ['Pipfile', external('pipenv/Pipfile')],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });
});
