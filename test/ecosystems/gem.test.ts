import { describe, expect, it } from 'vitest';
import { gem } from '../../src/ecosystems/gem/index.js';
import { ecosystemFor } from '../../src/ecosystems/registry.js';
import { referenceGoldenTests } from './goldens.js';

const { versioning } = gem;
const v = (text: string) => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('gem against RubyGems 3.3 (golden files from scripts/reference/gem/generate.sh)', () => {
  // 1,369 distinct valid strings in the corpus and hand cases when the goldens were made.
  referenceGoldenTests('gem', versioning, { minOrdered: 1300 });
});

describe('gem versions (Gem::Version)', () => {
  it.each([
    ['1.0', '1'],
    ['1.0.0.0', '1'],
    ['1.0.a', '1.a'],
    ['1.0.a.0', '1.0.a'],
    ['1.0-beta', '1.0.pre.beta'],
    ['01.02', '1.2'],
    ['  1.0  ', '1.0'],
    ['', '0'],
  ])('%j equals %j', (a, b) => expect(versioning.compare(v(a), v(b))).toBe(0));

  it.each([
    ['1.0.a', '1.0'],
    ['1.0.A', '1.0.a'], // string segments compare by bytes
    ['1.0.a', '1.0.b'],
    ['1.0.a.9', '1.0.a.10'],
    ['1.0.b', '1.0.b.1'],
    ['1.0.rc1', '1.0'],
    ['1.0', '1.0.0.1'],
    ['1.9', '1.10'],
    ['99999999999999999999999999999999998', '99999999999999999999999999999999999'],
  ])('%j < %j', (a, b) => {
    expect(versioning.compare(v(a), v(b))).toBe(-1);
    expect(versioning.compare(v(b), v(a))).toBe(1);
  });

  it.each(['1.0.', '.1', '1..0', '1.0-', '-1.0', 'v1.0', '1.0+build', '1.0_1', '1.0 .1', 'abc'])('rejects %j', (text) =>
    expect(versioning.parse(text).ok).toBe(false),
  );
});

describe('gem requirements (satisfied_by?)', () => {
  const contains = (range: string, version: string, syntax: 'native' | 'advisory' = 'native') => {
    const r = versioning.parseRange(range, syntax);
    if (!r.ok) throw new Error(r.error);
    return r.value.contains(v(version));
  };
  it.each([
    ['~> 1.0', '1.9.9', true],
    ['~> 1.0', '2.0', false],
    ['~> 1.0', '2.0.a', false], // release(2.0.a) = 2.0, not below bump(1.0) = 2
    ['~> 1.0', '1.0.a', false], // below 1.0
    ['~> 1.2.3', '1.3', false],
    ['~> 1.2.3', '1.2.99', true],
    ['~> 1', '1.5', true],
    ['~> 1', '2.0', false],
    ['< 1.0', '1.0.a', true],
    ['= 1.0', '1.0.0', true],
    ['1.0', '1.0.0', true],
    ['!= 1.0', '1', false],
    ['>= 1.0, < 2.0, != 1.5', '1.5.0', false],
    ['', '0.0.a', true],
  ])('%j contains %j: %s', (range, version, expected) => expect(contains(range, version)).toBe(expected));

  it.each([
    ['>= 1.0, < 1.2||>= 2.0 < 2.1', '1.1', true],
    ['>= 1.0, < 1.2||>= 2.0 < 2.1', '2.0.5', true],
    ['>= 1.0, < 1.2||>= 2.0 < 2.1', '1.5', false],
    ['<1.10.9||>=1.11.0.rc1 <1.11.0.rc4', '1.11.0.rc2', true],
    ['<1.10.9||>=1.11.0.rc1 <1.11.0.rc4', '1.11.0', false],
    ['1.5||2.0', '1.5.0', true], // a bare version means =
  ])('advisory %j contains %j: %s', (range, version, expected) =>
    expect(contains(range, version, 'advisory')).toBe(expected),
  );

  it.each(['>= 1.0||', '', '== 1.0', '>= 1.0 <', '>= abc'])('rejects advisory range %j', (range) =>
    expect(versioning.parseRange(range, 'advisory').ok).toBe(false),
  );
});

describe('gem registry', () => {
  it('is found by its PMDB registry id', () => expect(ecosystemFor('rubygem')).toBe(gem));
  it('keeps names as-is', () => expect(gem.canonicalName(null, 'ActiveRecord')).toBe('ActiveRecord'));
});
