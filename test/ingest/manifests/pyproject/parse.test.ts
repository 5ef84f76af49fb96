import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parser, declaredPyprojectDependencies } from '../../../../src/ingest/manifests/pyproject/parse.js';
import { canonicalPypiName, requirementName } from '../../../../src/ecosystems/pypi/name.js';
import { artifactChecksums } from '../../../../src/ingest/manifests/pyproject/artifact-digests.js';

const external = (p: string) => readFileSync(new URL(`../../../../../shared/fixtures/external/${p}`, import.meta.url), 'utf8');
const fixture = (p: string) => readFileSync(new URL(`../../../../fixtures/ingest/${p}`, import.meta.url), 'utf8');

describe('pyproject.toml scanned alone', () => {
  const text = external('inesctec-tsg-client/pyproject.toml');

  it('is claimed, gives no set and a note pointing at the lock file', () => {
    expect(parser.detect({ text, json: undefined })).toBe(true);
    const outcome = parser.parse({ text, json: undefined, path: 'pyproject.toml', companions: new Map() });
    expect(outcome).toMatchObject({ ok: true, value: { sets: [], problems: [] } });
    expect(outcome.ok && outcome.value.notes?.[0]).toMatch(/pyproject.toml is a manifest: it declares 11 dependencies .* scan the lock file beside it \(poetry.lock\)/);
  });

  it('declares the [tool.poetry.dependencies] (without python) and the dev group', () => {
    const declared = declaredPyprojectDependencies(text);
    expect(declared.ok && declared.value.filter((d) => !d.development).map((d) => d.name)).toEqual([
      'loguru', 'python-dotenv', 'requests', 'myst-parser', 'sphinx', 'sphinx-rtd-theme', 'ruff', 'bcrypt', 'pytest', 'jinja2', 'urllib3',
    ]);
    expect(declared.ok && declared.value.filter((d) => d.development)).toEqual([{ name: 'pytest', development: true }]);
  });

  it('PEP 621, PEP 735 and Poetry groups', () => {
    const declared = declaredPyprojectDependencies(fixture('pyproject/pep621-and-groups.toml'));
    expect(declared.ok && declared.value).toEqual([
      { name: 'requests', development: false },
      { name: 'typing-extensions', development: false },
      { name: 'pyyaml', development: false },
      { name: 'sphinx', development: true },
      { name: 'attrs', development: false },
      { name: 'pytest', development: true },
      { name: 'ruff', development: true },
    ]);
  });

  it('invalid TOML is an error naming the file', () => {
    const outcome = parser.parse({ text: '[project]\nname = \n', json: undefined, path: 'pyproject.toml', companions: new Map() });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/^pyproject.toml is not valid TOML/), place: expect.stringMatching(/^line 2/) });
  });

  it.each([
    ['poetry.lock', external('poetry/poetry.lock')],
    ['poetry.lock 2.0', external('inesctec-tsg-client/poetry.lock')],
    ['Cargo.lock', external('ripgrep/Cargo.lock')],
    ['Pipfile', external('pipenv/Pipfile')],
    ['Cargo.toml', '[package]\nname = "x"\nversion = "0.1.0"\n\n[build-system]\n'],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });
});

describe('PEP 503 and PEP 508 names', () => {
  it.each([
    ['Typing_Extensions', 'typing-extensions'],
    ['zope.interface', 'zope-interface'],
    ['A--B__C..D', 'a-b-c-d'],
  ])('%s -> %s', (name, canonical) => {
    expect(canonicalPypiName(name)).toBe(canonical);
  });

  it.each([
    ["requests[socks]>=2; python_version<'3'", 'requests'],
    ['  flask ==3', 'flask'],
    ['pkg @ https://x', 'pkg'],
    ['>=1', null],
    ['-e .', null],
  ])('requirementName(%s) = %s', (text, name) => {
    expect(requirementName(text)).toBe(name);
  });
});

describe('one digest per algorithm from several artifacts', () => {
  it('keeps the lowest valid digest whatever the order, lower-cased, and reports bad entries', () => {
    const a = 'b'.repeat(64);
    const b = 'A'.repeat(64);
    expect(artifactChecksums([`sha256:${a}`, `sha256:${b}`, 'sha256:xyz', 'nocolon'])).toEqual({
      checksums: { sha256: 'a'.repeat(64) },
      invalid: ['sha256:xyz', 'nocolon'],
    });
    expect(artifactChecksums([`sha256:${b}`, `sha256:${a}`]).checksums).toEqual({ sha256: 'a'.repeat(64) });
    expect(artifactChecksums([]).checksums).toBeNull();
  });
});
