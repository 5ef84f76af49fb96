import { describe, expect, it } from 'vitest';
import { pypi } from '../../src/ecosystems/pypi/index.js';
import { referenceGoldenTests } from './goldens.js';

const { versioning } = pypi;
const v = (text: string) => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('pypi against packaging 23 (golden files from scripts/reference/pypi/generate.sh)', () => {
  // 2,758 distinct valid strings in the corpus and hand cases when the goldens were made.
  referenceGoldenTests('pypi', versioning, { minOrdered: 2600 });
});

describe('pypi versions (PEP 440)', () => {
  it.each([
    ['1.0-ALPHA.1', '1.0a1'],
    ['v1.0', '1.0'],
    ['1.0_post_1', '1.0.post1'],
    ['1.0-1', '1.0.post1'],
    ['1.0.0', '1.0'],
    ['0!1.0', '1.0'],
    ['1.0c1', '1.0rc1'],
    ['1.0+LOCAL.07', '1.0+local.7'],
    ['  1.0\n', '1.0'],
  ])('%j equals %j', (a, b) => expect(versioning.compare(v(a), v(b))).toBe(0));

  it.each([
    ['1.0.dev0', '1.0a1'],
    ['1.0a1', '1.0a1.post1'],
    ['1.0a1.post1', '1.0b1'],
    ['1.0rc1', '1.0'],
    ['1.0', '1.0+local'],
    ['1.0+abc', '1.0+1'],
    ['1.0+abc', '1.0+abc.1'],
    ['1.0+local', '1.0.post1.dev0'],
    ['1.0.post1.dev0', '1.0.post1'],
    ['1.0.post1', '1.1.dev0'],
    ['9.9', '1!0.1'],
    ['1.99999999999999999999999999999998', '1.99999999999999999999999999999999'],
  ])('%j < %j', (a, b) => {
    expect(versioning.compare(v(a), v(b))).toBe(-1);
    expect(versioning.compare(v(b), v(a))).toBe(1);
  });

  it.each(['1.0+', '1.0.*', '.1', '1.', 'abc', '1.0-', '1.0a1a2', '1.0+-abc', '1.0ǃ', `1.${'9'.repeat(4301)}`])(
    'rejects %j',
    (text) => expect(versioning.parse(text).ok).toBe(false),
  );
});

describe('pypi specifiers (contains with prereleases=True)', () => {
  const contains = (range: string, version: string, syntax: 'native' | 'advisory' = 'native') => {
    const r = versioning.parseRange(range, syntax);
    if (!r.ok) throw new Error(r.error);
    return r.value.contains(v(version));
  };
  it.each([
    ['<1.0', '1.0rc1', false], // `<V` excludes pre-releases of V
    ['<1.0', '0.9rc1', true],
    ['<1.0rc2', '1.0rc1', true],
    ['>1.0', '1.0.post1', false], // `>V` excludes post-releases of V
    ['>1.0.post1', '1.0.post2', true],
    ['>1.0', '1.0+local', false], // ... and V with a local label
    ['>1.0', '1.1', true],
    ['<=1.0', '1.0+local', true],
    ['==1.0', '1.0+local', true],
    ['==1.0+local', '1.0', false],
    ['==1.0.*', '1.0.5rc1', true],
    ['==1.0.*', '1.0', true],
    ['==1.0.0.*', '1', true],
    ['!=1.0.*', '1.0.1', false],
    ['~=1.4.5a4', '1.4.9', true],
    ['~=1.4.5a4', '1.5', false],
    ['~=2.2.post3', '2.9', true],
    ['~=2.2.post3', '2.2.post2', false],
    ['===1.0', '1.0', true],
    ['===1.0', '1.0.0', false],
    ['>=1.0, <2.0, !=1.5.*', '1.5.1', false],
    ['', '0.0.1.dev0', true],
  ])('%j contains %j: %s', (range, version, expected) => expect(contains(range, version)).toBe(expected));

  it.each([
    ['>=1.0,<1.2||>=2.0,<2.1', '1.1', true],
    ['>=1.0,<1.2||>=2.0,<2.1', '2.0.5', true],
    ['>=1.0,<1.2||>=2.0,<2.1', '1.5', false],
    ['1.5||2.0', '1.5.0', true], // a bare version means ==
    ['1.5||2.0', '1.6', false],
  ])('advisory %j contains %j: %s', (range, version, expected) =>
    expect(contains(range, version, 'advisory')).toBe(expected),
  );

  it.each(['>=1.0||', '||', '', '>=1.0,foo'])('rejects advisory range %j', (range) =>
    expect(versioning.parseRange(range, 'advisory').ok).toBe(false),
  );
  it.each(['>=1.0.*', '~=1', '=1.0', '>= 1.0 <2', '==1.0.*+local'])('rejects native range %j', (range) =>
    expect(versioning.parseRange(range, 'native').ok).toBe(false),
  );
});

describe('pypi names', () => {
  it.each([
    ['Django', 'django'],
    ['zope.interface', 'zope-interface'],
    ['Foo__Bar-.baz', 'foo-bar-baz'],
  ])('PEP 503: %j -> %j', (name, canonical) => expect(pypi.canonicalName(null, name)).toBe(canonical));
});
