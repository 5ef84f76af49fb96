import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/pipfile-lock/parse.js';
import { byRef, external, fixture, run } from '../helpers.js';

interface Lock {
  default: Record<string, { version?: string }>;
  develop: Record<string, { version?: string }>;
}

describe('Pipfile.lock (pypa/pipenv) with its Pipfile', () => {
  const text = external('pipenv/Pipfile.lock');
  const lock = JSON.parse(text) as Lock;
  const { set, problems } = run(parser, text, { Pipfile: external('pipenv/Pipfile') });
  const key = (name: string, v: { version?: string }) => `${name.toLowerCase()}@${v.version}`;
  const runtime = new Set(Object.entries(lock.default).map(([n, v]) => key(n, v)));
  const all = new Set([...runtime, ...Object.entries(lock.develop).map(([n, v]) => key(n, v))]);

  it('one dependency per name and version across default and develop', () => {
    expect(problems).toEqual([]);
    expect(Object.keys(lock.default)).toHaveLength(10); // PROVENANCE.md: 10 default + 100 develop
    expect(Object.keys(lock.develop)).toHaveLength(100);
    expect(set.dependencies).toHaveLength(all.size);
  });

  it('develop-only entries are development; entries also in default are not', () => {
    expect(set.dependencies.filter((d) => d.development === false)).toHaveLength(runtime.size);
    expect(byRef(set, 'exceptiongroup@1.3.1').development).toBe(false);
  });

  it('reads the lowest sha256, the source of _meta.sources, and direct from the Pipfile', () => {
    expect(byRef(set, 'exceptiongroup@1.3.1')).toMatchObject({
      purl: 'pkg:pypi/exceptiongroup@1.3.1',
      checksums: { sha256: '8b412432c6055b0b7d14c310000ae93352ed6754f70fa8f7c34141f91c4e3219' },
      source: 'https://pypi.org/simple',
    });
    // Pipfile: [packages] pytz; [dev-packages] ... click = "==8.0.3", pytest-cov
    const pytz = set.dependencies.find((d) => d.purl.startsWith('pkg:pypi/pytz@'));
    expect(pytz).toMatchObject({ direct: true, development: false });
    expect(set.dependencies.find((d) => d.purl === 'pkg:pypi/click@8.0.3')).toMatchObject({ direct: true, development: true });
    expect(byRef(set, 'pluggy@1.6.0').direct).toBe(false);
  });

  it('without the Pipfile, direct is unknown and a note says so', () => {
    const alone = run(parser, text);
    expect(alone.set.dependencies.every((d) => d.direct === null)).toBe(true);
    expect(alone.notes?.[0]).toMatch(/no Pipfile/);
  });
});

describe('own fixtures', () => {
  const { set, problems } = run(parser, fixture('pipfile-lock/git-and-custom-index.json'));

  it('an entry without an == version is a problem with its JSON pointer; the rest parses', () => {
    expect(set.dependencies.map((d) => d.ref)).toEqual(['internal-lib@0.3.0', 'unknown-index@1.0.0', 'black@24.4.2']);
    expect(problems).toEqual([
      { place: '/default/Internal_Lib/hashes', message: expect.stringMatching(/sha256:tooshort/) },
      { place: '/default/mytool', message: expect.stringMatching(/git requirement without a locked version/) },
      { place: '/default/ranged', message: expect.stringMatching(/no "==" locked version/) },
      { place: '/default/unknown-index/index', message: expect.stringMatching(/"nowhere" is not in _meta.sources/) },
    ]);
  });

  it('index -> that source; none -> the first source; the same version in develop stays runtime', () => {
    expect(byRef(set, 'internal-lib@0.3.0')).toMatchObject({
      development: false,
      source: 'https://pypi.example.com/simple',
      checksums: { sha256: 'a'.repeat(64) },
    });
    expect(byRef(set, 'black@24.4.2')).toMatchObject({ development: true, source: 'https://pypi.org/simple', checksums: null });
  });

  it.each([
    ['composer.lock', external('composer/composer.lock')],
    ['packages.lock.json', external('bicep/src/Bicep.Core/packages.lock.json')],
  ])('does not claim %s', (_name, text) => {
    expect(parser.detect({ text, json: JSON.parse(text) })).toBe(false);
  });
});
