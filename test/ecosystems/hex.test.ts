import { describe, expect, it } from 'vitest';
import { hex } from '../../src/ecosystems/hex/index.js';
import { ecosystemFor } from '../../src/ecosystems/registry.js';
import { referenceGoldenTests } from './goldens.js';
import { timeBudget } from '../time-budget.js';

const { versioning } = hex;
const v = (text: string) => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('hex against Elixir 1.14 Version (golden files from scripts/reference/hex/generate.sh)', () => {
  // 358 distinct valid strings (real mix.lock versions and hand cases) when the goldens were made.
  referenceGoldenTests('hex', versioning, { minOrdered: 350 });
});

describe('hex versions (Version.parse/compare)', () => {
  it.each([
    ['1.0.0-rc.1', '1.0.0'],
    ['1.0.0-rc.2', '1.0.0-rc.10'],
    ['1.0.0-2', '1.0.0-10'], // all-digit identifiers are integers
    ['1.0.0-10', '1.0.0-alpha'], // integers before strings (Erlang term order)
    ['1.0.0-rc', '1.0.0-rc.0'],
    ['99999999999999999998.0.0', '99999999999999999999.0.0'],
  ])('%j < %j', (a, b) => {
    expect(versioning.compare(v(a), v(b))).toBe(-1);
    expect(versioning.compare(v(b), v(a))).toBe(1);
  });

  it('ignores build metadata', () => expect(versioning.compare(v('1.0.0+a'), v('1.0.0+b'))).toBe(0));

  it.each(['1.0', '01.0.0', '1.0.0-01', '1.0.0-', '1.0.0+', 'v1.0.0', ' 1.0.0', '1.0.0.0'])('rejects %j', (text) =>
    expect(versioning.parse(text).ok).toBe(false),
  );

  it('refuses a very long version in bounded time', () => {
    const start = performance.now();
    expect(versioning.parse(`1.0.0-${'a.'.repeat(100_000)}a`).ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(timeBudget(200));
  });
});

describe('hex requirements (Version.match?)', () => {
  const contains = (range: string, version: string, syntax: 'native' | 'advisory' = 'native') => {
    const r = versioning.parseRange(range, syntax);
    if (!r.ok) throw new Error(r.error);
    return r.value.contains(v(version));
  };
  it.each([
    ['~> 2.0', '2.9.9', true],
    ['~> 2.0', '3.0.0-rc.1', false],
    ['~> 2.0.1', '2.1.0', false],
    ['~> 2.0.1', '2.0.9', true],
    ['>= 1.0.0 and < 2.0.0 or == 3.0.0', '3.0.0', true],
    ['>= 1.0.0 and < 2.0.0 or == 3.0.0', '2.0.0', false],
    ['1.0.0', '1.0.0+build', true],
    ['> 1.0.0', '1.0.1-rc.1', true], // allow_pre: true, Version.match?'s default
  ])('%j contains %j: %s', (range, version, expected) => expect(contains(range, version)).toBe(expected));

  it.each([
    ['>= 1.0.0 < 1.2.0||>= 2.0.0 < 2.0.3', '2.0.2', true],
    ['>= 1.0.0 < 1.2.0||>= 2.0.0 < 2.0.3', '1.5.0', false],
  ])('advisory %j contains %j: %s', (range, version, expected) => expect(contains(range, version, 'advisory')).toBe(expected));

  it.each(['~> 1', '>= 1.0', '1.0.0 or', 'or 1.0.0', '== == 1.0.0', ''])('rejects native %j', (range) =>
    expect(versioning.parseRange(range, 'native').ok).toBe(false),
  );
});

describe('hex registry', () => {
  it('is found by type and by its repository name', () => {
    expect(ecosystemFor('hex')).toBe(hex);
    expect(ecosystemFor('hexpm')).toBe(hex);
  });
  it('lower-cases names as hex.pm does', () => expect(hex.canonicalName(null, 'Phoenix_HTML')).toBe('phoenix_html'));
});
