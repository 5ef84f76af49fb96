import { describe, expect, it } from 'vitest';
import { cocoapods } from '../../src/ecosystems/cocoapods/index.js';
import { ecosystemFor } from '../../src/ecosystems/registry.js';
import { referenceGoldenTests } from './goldens.js';

const { versioning } = cocoapods;
const v = (text: string) => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('cocoapods against CocoaPods/Core 1.17.0 (golden files from scripts/reference/cocoapods/generate.sh)', () => {
  // 588 distinct valid strings (real trunk versions and hand cases) when the goldens were made.
  referenceGoldenTests('cocoapods', versioning, { minOrdered: 580 });
});

describe('cocoapods versions (Pod::Version)', () => {
  it.each([
    ['1.0', '1.0.0'],
    ['1.0.0+96ef7ed', '1.0'], // metadata does not count
    ['1.0-beta', '1.0.0-beta'],
    ['01.0', '1.0'],
  ])('%j equals %j', (a, b) => expect(versioning.compare(v(a), v(b))).toBe(0));

  it.each([
    ['1.0-beta', '1.0'],
    ['1.0.a.1', '1.0.a.b'], // inside a pre-release a number sorts before a string (unlike RubyGems)
    ['1.0.a.9', '1.0.a.10'],
    ['1.9', '1.10'],
    ['99999999999999999999999999999999998', '99999999999999999999999999999999999'],
  ])('%j < %j', (a, b) => {
    expect(versioning.compare(v(a), v(b))).toBe(-1);
    expect(versioning.compare(v(b), v(a))).toBe(1);
  });

  it.each(['1.0.', '.1', '1..0', 'v1.0', '1.0_1', '1.0+a+b', 'abc'])('rejects %j', (text) => expect(versioning.parse(text).ok).toBe(false));
  it.each(['1.0+a1+b', '1.0-', '', '1.0-beta+build'])('accepts %j as Version.correct? does', (text) => expect(versioning.parse(text).ok).toBe(true));
});

describe('cocoapods requirements (satisfied_by?)', () => {
  const contains = (range: string, version: string, syntax: 'native' | 'advisory' = 'native') => {
    const r = versioning.parseRange(range, syntax);
    if (!r.ok) throw new Error(r.error);
    return r.value.contains(v(version));
  };
  it.each([
    ['~> 1.0', '1.9.9', true],
    ['~> 1.0', '2.0', false],
    ['~> 1.0.1', '1.1', false],
    ['> 1.0', '1.0.0', true], // `>` is Comparable's, which breaks compare_segments ties by the text
    ['>= 1.0.1', '1.0.1+b', true],
    ['= 1.0', '1.0.0', true],
    ['>= 1.0, < 2.0, != 1.5', '1.5.0', false],
    ['', '0.0.1-beta', true],
  ])('%j contains %j: %s', (range, version, expected) => expect(contains(range, version)).toBe(expected));

  it.each([
    ['>= 1.0, < 1.2||>= 2.0 < 2.1', '2.0.5', true],
    ['>= 1.0, < 1.2||>= 2.0 < 2.1', '1.5', false],
  ])('advisory %j contains %j: %s', (range, version, expected) => expect(contains(range, version, 'advisory')).toBe(expected));

  it.each(['==1.0', '>= 1.0 < 2.0', '1.0,', '>= v1.0'])('rejects native %j', (range) =>
    expect(versioning.parseRange(range, 'native').ok).toBe(false),
  );
});

describe('cocoapods registry', () => {
  it('is registered', () => expect(ecosystemFor('cocoapods')).toBe(cocoapods));
  it('keeps case and folds a subspec onto its pod', () => {
    expect(cocoapods.canonicalName(null, 'AFNetworking/NSURLSession')).toBe('AFNetworking');
    expect(cocoapods.canonicalName(null, 'SBJson')).toBe('SBJson');
  });
});
