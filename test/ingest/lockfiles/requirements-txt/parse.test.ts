import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/requirements-txt/parse.js';
import { byRef, edgeStrings, external, fixture, run } from '../helpers.js';

describe('gitlab-com/runbooks requirements.txt', () => {
  const text = external('gitlab-com-runbooks/requirements.txt');

  it('its one pinned line is a direct dependency that Gemnasium also reported', () => {
    const { set, problems } = run(parser, text);
    const lines = text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    expect(problems).toEqual([]);
    expect(set.dependencies).toHaveLength(lines.length);
    expect(set.dependencies[0]).toMatchObject({ purl: 'pkg:pypi/json-schema-for-humans@1.0.2', direct: true, development: null, source: 'https://pypi.org/simple' });
    // Gemnasium resolved the other 19 by installing; the file itself only pins this one.
    expect(external('gitlab-com-runbooks/gl-sbom-pypi-pip.cdx.json')).toContain('"purl": "pkg:pypi/json-schema-for-humans@1.0.2"');
  });
});

describe('unpinned lines', () => {
  const { set, problems, notes } = run(parser, fixture('requirements-txt/unpinned-lines.txt'));

  it('keeps exact pins (with extras and markers) and names every other line', () => {
    expect(set.dependencies.map((d) => d.purl)).toEqual(['pkg:pypi/django@5.0.6', 'pkg:pypi/urllib3@2.2.2', 'pkg:pypi/sqlalchemy@2.0.30']);
    expect(set.dependencies.every((d) => d.direct === true)).toBe(true);
    expect(problems.map((p) => p.place)).toEqual(['line 3', 'line 4', 'line 5', 'line 6', 'line 7', 'line 8', 'line 9', 'line 11']);
    expect(problems[0]?.message).toMatch(/"requests" has ">=2.31", not one pinned version/);
    expect(problems[2]?.message).toMatch(/"numpy" has "==1.26.\*"/);
    expect(problems[3]?.message).toMatch(/editable/);
    expect(notes).toEqual([expect.stringMatching(/^line 10: "-r other-requirements.txt" names another file/)]);
  });
});

describe('pip-compile output', () => {
  const { set, problems } = run(parser, fixture('requirements-txt/pip-compile-via.txt'));

  it('takes edges and direct from the "# via" annotations, hashes from continuation lines, the index from --index-url', () => {
    expect(problems).toEqual([]);
    expect(edgeStrings(set)).toEqual(['flask@3.0.3 -> blinker@1.8.2', 'flask@3.0.3 -> click@8.1.7', 'flask@3.0.3 -> itsdangerous@2.2.0']);
    expect(set.dependencies.filter((d) => d.direct).map((d) => d.ref)).toEqual(['click@8.1.7', 'flask@3.0.3']);
    expect(byRef(set, 'blinker@1.8.2')).toMatchObject({
      checksums: { sha256: '1779309f71bf239144b9399d06ae925637cf6634cf6bd131104184531bf67c83' },
      source: 'https://pypi.example.com/simple',
    });
  });

  it('--extra-index-url makes the source unknown, with a note', () => {
    const extra = run(parser, fixture('requirements-txt/extra-index.txt'));
    expect(extra.set.dependencies[0]?.source).toBeNull();
    expect(extra.notes?.join(' ')).toMatch(/extra-index-url/);
  });
});

describe('detection', () => {
  it.each([
    ['a YAML file', fixture('requirements-txt/not-requirements.yaml')],
    ['prose', fixture('requirements-txt/prose.txt')],
    ['pyproject.toml', external('inesctec-tsg-client/pyproject.toml')],
    ['Pipfile', external('pipenv/Pipfile')],
    ['go.sum', external('cli-cli/go.sum')],
    ['go.mod', external('cli-cli/go.mod')],
    ['Gemfile.lock', external('rubygems.org/Gemfile.lock')],
    ['yarn.lock', external('excalidraw/yarn.lock')],
    ['gradle.lockfile', external('kotlin-bip39/gradle.lockfile')],
    ['a bare word', 'hello\n'],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(false);
  });

  it('never claims JSON', () => {
    expect(parser.detect({ text: '{"a": "b==1"}', json: { a: 'b==1' } })).toBe(false);
  });

  it.each([
    ['one pin', 'requests==2.31.0\n'],
    ['options only around names', '--index-url https://example.com/simple\nrequests\nflask\n'],
    ['Windows line ends', 'a==1\r\nb==2\r\n'],
  ])('claims %s', (_name, text) => {
    expect(parser.detect({ text, json: undefined })).toBe(true);
  });
});
