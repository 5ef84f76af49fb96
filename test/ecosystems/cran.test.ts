import { describe, expect, it } from 'vitest';
import { cran } from '../../src/ecosystems/cran/index.js';
import { ecosystemFor } from '../../src/ecosystems/registry.js';
import { referenceGoldenTests } from './goldens.js';

const { versioning } = cran;
const v = (text: string) => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('cran against R 4.2 package_version (golden files from scripts/reference/cran/generate.sh)', () => {
  // 739 distinct valid strings (real renv.lock, R and Debian r-cran-* versions, hand cases) when the goldens were made.
  referenceGoldenTests('cran', versioning, { minOrdered: 700 });
});

describe('cran versions (package_version)', () => {
  it.each([
    ['1.2-3', '1.2.3'],
    ['1.0', '1.0.0'], // R pads with zeros (compareVersion() would say 1.0 < 1.0.0; dependency checks use this)
    ['01.02', '1.2'],
  ])('%j equals %j', (a, b) => expect(versioning.compare(v(a), v(b))).toBe(0));

  it.each([
    ['1.9', '1.10'],
    ['3.99-0.9', '3.99-0.10'],
    ['0.3.3.9.2', '0.3.3.9.4'],
    ['1.2147483646', '1.2147483647'],
  ])('%j < %j', (a, b) => {
    expect(versioning.compare(v(a), v(b))).toBe(-1);
    expect(versioning.compare(v(b), v(a))).toBe(1);
  });

  it.each(['1', '1.0-', '1.0a', 'v1.0', '1..0', ' 1.0', '2147483648.1', 'r1234'])('rejects %j', (text) =>
    expect(versioning.parse(text).ok).toBe(false),
  );
});

describe('cran ranges (dependency conditions)', () => {
  const contains = (range: string, version: string, syntax: 'native' | 'advisory' = 'native') => {
    const r = versioning.parseRange(range, syntax);
    if (!r.ok) throw new Error(r.error);
    return r.value.contains(v(version));
  };
  it.each([
    ['>= 1.2-3', '1.2.3', true],
    ['>= 1.0, < 2.0', '2.0.0', false],
    ['== 1.0', '1.0.0.0', true],
    ['!= 1.0', '1.0.1', true],
  ])('%j contains %j: %s', (range, version, expected) => expect(contains(range, version)).toBe(expected));

  it.each([
    ['>=1.0.0 <1.2.3||>=2.0 <2.0-4', '2.0-3', true],
    ['>=1.0.0 <1.2.3||>=2.0 <2.0-4', '1.5', false],
  ])('advisory %j contains %j: %s', (range, version, expected) => expect(contains(range, version, 'advisory')).toBe(expected));

  it.each(['>=1.0', '= 1.0', '1.0', '>= 1.0 ', '>= 1.0,', ''])('rejects native %j as R does', (range) =>
    expect(versioning.parseRange(range, 'native').ok).toBe(false),
  );
});

describe('cran registry', () => {
  it('is registered', () => expect(ecosystemFor('cran')).toBe(cran));
  it('keeps names as-is', () => expect(cran.canonicalName(null, 'RcppEigen')).toBe('RcppEigen'));
});
