import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/mix-lock/parse.js';
import { byRef, edgeStrings, fixture, run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('0b01/rbtree mix.lock (real, PROVENANCE.md)', () => {
  const text = fixture('mix-lock/rbtree.mix.lock');
  const { set, problems } = run(parser, text);

  it('one dependency per entry; hex packages are pkg:hex', () => {
    expect(problems).toEqual([]);
    expect(set.dependencies).toHaveLength(text.trim().split('\n').length);
    expect(byRef(set, 'hackney')).toEqual({ ref: 'hackney', purl: 'pkg:hex/hackney@1.8.3', direct: null, development: null, licenses: null, checksums: null, source: 'https://repo.hex.pm' });
    expect(byRef(set, 'rb')).toMatchObject({ purl: 'pkg:github/rvirding/rb@45c9be429bce994ee01c86c51dd4b74a4a98d854', source: 'git+https://github.com/rvirding/rb.git#45c9be429bce994ee01c86c51dd4b74a4a98d854' });
  });

  it('the deps lists -> edges', () => {
    const edges = edgeStrings(set);
    expect(edges).toContain('excoveralls -> hackney');
    expect(edges).toContain('hackney -> ssl_verify_fun');
    expect(edges).toHaveLength([...text.matchAll(/\{:\w+, "[^"]*", \[hex:/g)].length);
  });
});

describe('outer checksums, git, bad entries (own)', () => {
  const { set, problems } = run(parser, fixture('mix-lock/outer-checksums-git-and-bad.mix.lock'));
  it('the outer checksum (the tarball’s SHA-256) is kept; an optional dependency may be missing', () => {
    expect(byRef(set, 'mint')).toMatchObject({ checksums: { sha256: '5ee441dffc1892f1ae59127f74afe8fd82fda6587794278d924e4d90ea3d63f9' } });
    expect(edgeStrings(set)).toEqual(['mint -> castore']);
    expect(byRef(set, 'private_lib')).toMatchObject({ purl: 'pkg:hex/acme/private_lib@0.3.0', source: 'hexpm:acme', checksums: null });
  });
  it('broken entries are problems at their lines; the rest is read', () => {
    expect(set.dependencies.map((d) => d.ref)).toEqual(['castore', 'mint', 'private_lib', 'phoenix_live_view']);
    expect(problems.map((p) => p.place)).toEqual(['line 6', 'line 7', 'line 3', 'line 4']);
    expect(problems[0]?.message).toMatch(/^not a mix\.lock entry: /);
    expect(problems[1]?.message).toBe('"weird" has an unknown source :svn');
    expect(problems[2]?.message).toBe('"mint" depends on "hpax", which is not in the lock file');
  });
});

describe('scale', () => {
  it('reads 50,000 entries well under a second', () => {
    const lines = [];
    for (let i = 0; i < 50_000; i++) lines.push(`  "p${i}": {:hex, :p${i}, "1.0.0", "${'a'.repeat(64)}", [:mix], [{:p${(i + 1) % 50_000}, "~> 1.0", [hex: :p${(i + 1) % 50_000}, repo: "hexpm", optional: false]}], "hexpm", "${'b'.repeat(64)}"},`);
    const text = `%{\n${lines.join('\n')}\n}\n`;
    const started = performance.now();
    const { set } = run(parser, text);
    expect(set.dependencies).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(timeBudget(3_000));
  });
});
