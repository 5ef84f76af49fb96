import { describe, expect, it } from 'vitest';
import { composer } from '../../src/ecosystems/composer/index.js';
import { ecosystemFor } from '../../src/ecosystems/registry.js';
import { referenceGoldenTests } from './goldens.js';

const { versioning } = composer;
const v = (text: string) => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('composer against composer/semver 3.3 (golden files from scripts/reference/composer/generate.sh)', () => {
  // 1,466 distinct valid strings in the corpus and hand cases when the goldens were made.
  referenceGoldenTests('composer', versioning, { minOrdered: 1350 });
});

describe('composer versions (VersionParser::normalize)', () => {
  it.each([
    ['1.0', '1.0.0.0'],
    ['v1.0.0', '1.0.0.0'],
    ['1.0.0-a1', '1.0.0.0-alpha1'],
    ['1.0.0-pl1', '1.0.0.0-patch1'],
    ['1.0.0-rc.1', '1.0.0.0-RC1'],
    ['1.0.0+build.1', '1.0.0.0'],
    ['1.0.x-dev', '1.0.9999999.9999999-dev'],
    ['2010-01-02', '2010.01.02'],
    ['master', 'dev-master'],
    ['1.0.0@beta', '1.0.0.0'],
  ])('normalises %j to %j', (text, normalized) => expect(v(text).normalized).toBe(normalized));

  it.each([
    ['1.0.0-dev', '1.0.0-alpha1'],
    ['1.0.0-alpha2', '1.0.0-alpha10'],
    ['1.0.0-alpha1', '1.0.0-beta1'],
    ['1.0.0-beta1', '1.0.0-RC1'],
    ['1.0.0-RC1', '1.0.0'],
    ['1.0.0', '1.0.0-patch1'],
    ['1.0.0-patch1', '1.0.0.1'],
    ['dev-feature', '0.0.1'], // branches sort below releases...
    ['99999.0', 'dev-master'], // ...except the default branch
  ])('%j < %j', (a, b) => {
    expect(versioning.compare(v(a), v(b))).toBe(-1);
    expect(versioning.compare(v(b), v(a))).toBe(1);
  });

  it.each([
    ['123456', '123456'], // six digits are read as a date, not as a major version
    ['1.0.0-', '1.0.0.0'],
  ])('accepts %j as %j', (text, normalized) => expect(v(text).normalized).toBe(normalized));

  it('saturates numbers at 2^63-1 as PHP strtol does', () =>
    expect(versioning.compare(v('1.9223372036854775807'), v('1.99999999999999999999'))).toBe(0));

  it.each(['-1.0', '1.0.0-gamma', 'abc', '1.0.0.0.0'])('rejects %j', (text) =>
    expect(versioning.parse(text).ok).toBe(false),
  );
});

describe('composer constraints (Semver::satisfies)', () => {
  const contains = (range: string, version: string, syntax: 'native' | 'advisory' = 'native') => {
    const r = versioning.parseRange(range, syntax);
    if (!r.ok) throw new Error(r.error);
    return r.value.contains(v(version));
  };
  it.each([
    ['~1.2', '1.9', true],
    ['~1.2', '2.0.0-beta', false],
    ['~1.2.3', '1.3.0', false],
    ['^0.3', '0.4.0', false],
    ['^0.3', '0.3.9', true],
    ['^1.2.3', '1.2.3-beta', true], // the lower bound is 1.2.3.0-dev
    ['^1.2.3', '1.2.2', false],
    ['1.2.*', '1.2.0-beta', true], // the lower bound is 1.2.0.0-dev
    ['1.0 - 2.0', '2.0.5', true], // a partial upper bound is widened to <2.1
    ['1.0.0 - 2.1.3', '2.1.4', false],
    ['<1.0', '1.0.0-beta', false], // `<` gets -dev, so pre-releases of the bound are out
    ['<1.0-rc1', '1.0.0-beta', true],
    ['>=1.0,<1.1 || >=1.1,<1.2', '1.1.5', true],
    ['>=5.0,<3.0 || >=3.0,<4.0', '3.5', false], // optimizeConstraints merges to >=5.0,<4.0
    ['!=1.0', 'dev-master', true],
    ['dev-master', 'dev-master', true],
    ['>=1.0', 'dev-master', false],
  ])('%j contains %j: %s', (range, version, expected) => expect(contains(range, version)).toBe(expected));

  it.each([
    ['>=1.0,<1.2||>=2.0,<2.1', '1.1', true],
    ['>=1.0,<1.2||>=2.0,<2.1', '2.0.5', true],
    ['>=1.0,<1.2||>=2.0,<2.1', '1.5', false],
    ['1.5||2.0', '1.5.0', true],
  ])('advisory %j contains %j: %s', (range, version, expected) =>
    expect(contains(range, version, 'advisory')).toBe(expected),
  );

  it.each(['~>1.2', 'foo', '>=foo', '1.0 - ', '>=1.0,', ''])('rejects %j', (range) =>
    expect(versioning.parseRange(range, 'native').ok).toBe(false),
  );
});

describe('composer registry', () => {
  it('is found by its PMDB registry id', () => expect(ecosystemFor('packagist')).toBe(composer));
  it('lower-cases vendor/name', () => expect(composer.canonicalName('Symfony', 'HTTP-Kernel')).toBe('symfony/http-kernel'));
});
