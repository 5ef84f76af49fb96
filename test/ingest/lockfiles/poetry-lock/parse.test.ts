import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/poetry-lock/parse.js';
import { byRef, difference, edgeStrings, external, fixture, nameAtVersion, run, sbomNames } from '../helpers.js';

/** [[package]] header lines, counted without any TOML parsing. */
const packageCount = (text: string): number => text.split('\n').filter((l) => l === '[[package]]').length;

describe('poetry.lock 2.1 (python-poetry/poetry)', () => {
  const text = external('poetry/poetry.lock');
  const { set, problems, notes } = run(parser, text);

  it('reads every [[package]]', () => {
    expect(problems).toEqual([]);
    expect(set.dependencies).toHaveLength(packageCount(text));
    expect(set.dependencies).toHaveLength(78); // PROVENANCE.md
  });

  it('development = not in group "main" (counted from the groups lines)', () => {
    const notMain = text.split('\n').filter((l) => l.startsWith('groups = [') && !l.includes('"main"')).length;
    expect(set.dependencies.filter((d) => d.development === true)).toHaveLength(notMain);
    expect(byRef(set, 'anyio@4.13.0').development).toBe(false);
  });

  it('keeps the lowest sha256 of the artifacts, the PyPI source, and the git source of poetry-core', () => {
    const anyio = byRef(set, 'anyio@4.13.0');
    // The two files of anyio 4.13.0: 08b3... (wheel) and 334b... (sdist).
    expect(anyio.checksums).toEqual({ sha256: '08b310f9e24a9594186fd75b4f73f4a4152069e3853f1ed8bfbf58369f4ad708' });
    expect(anyio.source).toBe('https://pypi.org/simple');
    const core = set.dependencies.find((d) => d.purl.startsWith('pkg:pypi/poetry-core@'));
    expect(core?.source).toBe('git+https://github.com/python-poetry/poetry-core.git@e3998b0e111dc03e4aa721fd054c48e5c7de6fc5');
  });

  it('edges follow [package.dependencies] by PEP 503 name (typing_extensions -> typing-extensions)', () => {
    const edges = edgeStrings(set);
    expect(edges).toContain('anyio@4.13.0 -> idna@3.13');
    expect(edges.some((e) => e.startsWith('anyio@4.13.0 -> typing-extensions@'))).toBe(true);
  });

  it('without pyproject.toml, direct is unknown and a note says so', () => {
    expect(set.dependencies.every((d) => d.direct === null)).toBe(true);
    expect(notes?.join(' ')).toMatch(/no pyproject.toml/);
  });
});

describe('poetry.lock 2.0 with pyproject.toml (inesctec tsg-client)', () => {
  const text = external('inesctec-tsg-client/poetry.lock');
  const { set, problems } = run(parser, text, { 'pyproject.toml': external('inesctec-tsg-client/pyproject.toml') });

  it('finds the same packages GitLab Gemnasium reported for this commit', () => {
    expect(problems).toEqual([]);
    expect(set.dependencies).toHaveLength(packageCount(text));
    const ours = new Set(set.dependencies.map(nameAtVersion));
    const gitlab = new Set([...sbomNames(external('inesctec-tsg-client/gl-sbom-pypi-poetry.cdx.json'))].map((n) => n.toLowerCase()));
    expect(difference(ours, gitlab)).toEqual([]);
    expect(difference(gitlab, ours)).toEqual([]);
  });

  it('direct = declared in pyproject.toml; pytest is in main and dev, so runtime', () => {
    const direct = set.dependencies.filter((d) => d.direct).map(nameAtVersion).sort();
    expect(direct).toHaveLength(11); // [tool.poetry.dependencies] minus python; the dev group repeats pytest
    expect(direct).toContain('myst-parser@2.0.0');
    expect(byRef(set, 'pytest@8.1.1')).toMatchObject({ direct: true, development: false });
    expect(byRef(set, 'zipp@3.18.1')).toMatchObject({ direct: false, development: false });
  });
});

describe('own fixtures', () => {
  it('lock 2.1 groups: dev-only packages, legacy and git sources, names canonicalised for edges', () => {
    const { set } = run(parser, fixture('poetry-lock/dev-only-group.lock'));
    expect(set.dependencies.map((d) => [d.ref, d.development])).toEqual([
      ['requests@2.32.3', false],
      ['charset-normalizer@3.4.1', false],
      ['pytest@8.3.4', true],
      ['pluggy@1.5.0', true],
      ['poetry-core@2.0.0', true],
    ]);
    expect(byRef(set, 'requests@2.32.3').purl).toBe('pkg:pypi/requests@2.32.3');
    expect(byRef(set, 'pluggy@1.5.0').source).toBe('https://pypi.example.com/simple');
    expect(byRef(set, 'charset-normalizer@3.4.1').checksums).toBeNull();
    expect(edgeStrings(set)).toEqual(['pytest@8.3.4 -> pluggy@1.5.0', 'requests@2.32.3 -> charset-normalizer@3.4.1']);
  });

  it('lock 1.1: category and [metadata.files]', () => {
    const { set } = run(parser, fixture('poetry-lock/category.v1.lock'));
    expect(byRef(set, 'attrs@21.4.0')).toMatchObject({
      development: true,
      checksums: { sha256: '2d27e3784d7a565d36ab851fe94887c5eccd6a463168875832a1be79c82828b4' },
    });
    expect(byRef(set, 'six@1.16.0').development).toBe(false);
  });

  it('malformed entries become problems with their line; the rest parses', () => {
    const { set, problems } = run(parser, fixture('poetry-lock/malformed-package.lock'));
    expect(set.dependencies.map((d) => d.ref)).toEqual(['idna@3.7', 'urllib3@2.2.2']);
    expect(problems.map((p) => p.place)).toEqual(['line 13', 'line 18', 'line 23']); // the bad value, then the two package headers
    expect(problems[2]?.message).toMatch(/md5:not-a-digest/);
    expect(byRef(set, 'urllib3@2.2.2').checksums).toEqual({ sha256: 'dd505485549a7a552833da5e6063639d0d177c04f23bc3864e41e5dc5f612168' });
  });

  it('lock 2.0: development from what pyproject.toml runtime and dev groups reach', () => {
    const { set } = run(parser, fixture('poetry-lock/groups-from-pyproject.lock'), {
      'pyproject.toml': fixture('poetry-lock/groups-from-pyproject.pyproject.toml'),
    });
    const flags = Object.fromEntries(set.dependencies.map((d) => [d.ref, [d.direct, d.development]]));
    expect(flags).toEqual({
      'flask@3.0.3': [true, false],
      'click@8.1.7': [false, false], // runtime through flask, although pytest's extra reaches it too
      'pytest@8.1.1': [true, true],
      'iniconfig@2.0.0': [false, true],
      'orphan@0.1.0': [false, null],
    });
  });

  it('an unreadable pyproject.toml leaves direct unknown, with a note', () => {
    const { set, notes } = run(parser, fixture('poetry-lock/category.v1.lock'), { 'pyproject.toml': '[tool.poetry\n' });
    expect(set.dependencies.every((d) => d.direct === null)).toBe(true);
    expect(notes?.[0]).toMatch(/pyproject.toml is not valid TOML/);
  });
});

describe('detection', () => {
  it.each([
    ['Cargo.lock', external('ripgrep/Cargo.lock')],
    ['pyproject.toml', external('inesctec-tsg-client/pyproject.toml')],
    ['Pipfile', external('pipenv/Pipfile')],
    ['requirements.txt', external('gitlab-com-runbooks/requirements.txt')],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });

  it('claims a lock without the generated comment by [metadata] content-hash', () => {
    const text = fixture('poetry-lock/category.v1.lock');
    expect(text.startsWith('#')).toBe(false);
    expect(parser.detect({ text, json: undefined })).toBe(true);
  });
});
