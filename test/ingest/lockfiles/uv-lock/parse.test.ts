import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { readTomlLock } from '../../../../src/ingest/text/toml-lock.js';
import { parser } from '../../../../src/ingest/lockfiles/uv-lock/parse.js';
import { byRef, edgeStrings, external, fixture, run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('NW-PaGe test_pkg uv.lock (real, PROVENANCE.md)', () => {
  const text = fixture('uv-lock/test-pkg.uv.lock');
  const { set, problems } = run(parser, text);

  it('every [[package]] but the project itself (source virtual) is a dependency', () => {
    expect(problems).toEqual([]);
    const blocks = text.split('[[package]]\n').slice(1);
    expect(set.dependencies).toHaveLength(blocks.filter((b) => !b.includes('source = { virtual')).length);
  });

  it('direct = the project’s dependencies and dev-dependencies; development by reachability', () => {
    expect(byRef(set, 'polars@1.32.3')).toMatchObject({ direct: true, development: false, purl: 'pkg:pypi/polars@1.32.3' });
    expect(byRef(set, 'pytest@8.4.1')).toMatchObject({ direct: true, development: true });
    expect(byRef(set, 'pluggy@1.6.0')).toMatchObject({ direct: false, development: true });
  });

  it('sdist hash -> checksum, sdist url -> source, dependencies -> edges', () => {
    expect(byRef(set, 'colorama@0.4.6')).toMatchObject({
      checksums: { sha256: '08695f5cb7ed6e0531a20572697297273c47b8cae5a63ffc6d6ed5c201be6e44' },
      source: 'https://files.pythonhosted.org/packages/d8/53/6f443c9a4a8358a93a6792e2acffb9d9d5cb0a5cfd8802644b7b1c9a02e4/colorama-0.4.6.tar.gz',
    });
    expect(edgeStrings(set)).toEqual(['pytest@8.4.1 -> colorama@0.4.6', 'pytest@8.4.1 -> iniconfig@2.1.0', 'pytest@8.4.1 -> packaging@25.0', 'pytest@8.4.1 -> pluggy@1.6.0', 'pytest@8.4.1 -> pygments@2.19.2']);
  });
});

describe('a workspace with bad entries (own)', () => {
  const { set, problems } = run(parser, fixture('uv-lock/workspace-and-bad-entries.uv.lock'));

  it('members are not dependencies; what they depend on is direct; two versions resolve by version', () => {
    expect(set.dependencies.map((d) => [d.ref, d.direct, d.development])).toEqual([
      ['numpy@1.26.4', false, true],
      ['numpy@2.1.0', true, false],
      ['requests@2.32.3', true, false],
      ['pytest@8.3.3', true, true],
    ]);
    expect(byRef(set, 'numpy@2.1.0').checksums).toEqual({ sha256: '0'.repeat(64) });
    expect(byRef(set, 'requests@2.32.3').source).toBe('https://github.com/psf/requests?tag=v2.32.3#0e322af87745eff34caffe4df68456ebc20d9068');
    expect(byRef(set, 'pytest@8.3.3').checksums).toBeNull();
  });

  it('a missing dependency and a package without a version are problems at their [[package]] line', () => {
    expect(problems).toEqual([
      { place: 'line 57', message: '"broken" has no version' },
      { place: 'line 22', message: '"lib" depends on "missing", which is not in the lock file (or is there more than once)' },
    ]);
  });

  it('invalid TOML is refused whole, with its place', () => {
    const outcome = parser.parse({ text: 'version = 1\nrequires-python = ">=3"\n[[package]\n', json: undefined, path: 'uv.lock', companions: new Map() });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.place).toBe('line 3, column 11');
  });

  it.each([
    ['poetry.lock', external('poetry/poetry.lock')],
    ['Cargo.lock', external('ripgrep/Cargo.lock')],
    ['pyproject.toml', external('inesctec-tsg-client/pyproject.toml')],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });
});

describe('scale', () => {
  it('reads 50,000 packages well under a second', () => {
    const parts = ['version = 1\nrequires-python = ">=3.12"\n\n[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { virtual = "." }\ndependencies = [{ name = "p0" }]\n'];
    for (let i = 0; i < 50_000; i++) {
      parts.push(`\n[[package]]\nname = "p${i}"\nversion = "1.0.0"\nsource = { registry = "https://pypi.org/simple" }\ndependencies = [{ name = "p${(i + 1) % 50_000}" }]\nsdist = { url = "https://x/p${i}.tar.gz", hash = "sha256:${'a'.repeat(64)}", size = 1 }\n`);
    }
    const started = performance.now();
    const { set } = run(parser, parts.join(''));
    expect(set.dependencies).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(timeBudget(8000));
  });
});

describe('TOML reading (the lock-file reader, smol-toml when it cannot)', () => {
  it.each([['test-pkg.uv.lock'], ['workspace-and-bad-entries.uv.lock']])('%s: the lock-file reader gives smol-toml’s values', (name) => {
    const text = fixture(`uv-lock/${name}`);
    const lock = readTomlLock(text);
    expect(lock.problems).toEqual([]);
    expect(lock.root).toEqual(parseToml(text));
  });

  it('a duplicate key, which only smol-toml can judge, still refuses the file whole', () => {
    const text = 'version = 1\nrequires-python = ">=3"\n\n[[package]]\nname = "a"\nname = "b"\nversion = "1"\nsource = { registry = "https://pypi.org/simple" }\n';
    const outcome = parser.parse({ text, json: undefined, path: 'uv.lock', companions: new Map() });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.place).toMatch(/^line 6, /);
  });
});

