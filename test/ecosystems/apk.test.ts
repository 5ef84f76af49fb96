import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apk } from '../../src/ecosystems/apk/index.js';
import type { ApkVersion } from '../../src/ecosystems/apk/version.js';

const { versioning } = apk;
const v = (text: string): ApkVersion => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const cmp = (a: string, b: string) => versioning.compare(v(a), v(b));
const contains = (range: string, version: string, syntax: 'native' | 'advisory') => {
  const r = versioning.parseRange(range, syntax);
  if (!r.ok) throw new Error(r.error);
  return r.value.contains(v(version));
};
const lines = (url: URL) =>
  readFileSync(url, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l !== '');

// apk-tools' own test vectors (fixture header cites them); apk-tools itself, built from source, is in apk-tools.test.ts.
const vectors = lines(new URL('../../fixtures/ecosystems/apk/apk-tools-version.data', import.meta.url)).map(
  (l) => l.split(/\s+/) as [string, string, string],
);

describe('apk against apk-tools test/version.data', () => {
  it('has the test vectors', () => expect(vectors.length).toBe(729));

  it('treats exactly the two vectors with invalid versions ("1.0bc", "23_foo") as invalid', () => {
    const invalid = vectors.filter(([a, , b]) => !versioning.parse(a).ok || !versioning.parse(b).ok);
    expect(invalid).toEqual([['23_foo', '>', '4_beta'], ['1.0', '<', '1.0bc']]);
  });

  it('orders every valid vector as apk-tools does, both ways round', () => {
    const expected = { '<': -1, '=': 0, '>': 1 } as const;
    const wrong = vectors
      .filter(([a, , b]) => versioning.parse(a).ok && versioning.parse(b).ok)
      .filter(([a, op, b]) => cmp(a, b) !== expected[op as '<'] || cmp(b, a) !== -expected[op as '<'] + 0);
    expect(wrong).toEqual([]);
  });
});

describe('apk versions in the Alpine secdb corpus', () => {
  const corpus = lines(new URL('../../../shared/versions-corpus/apk.txt', import.meta.url));

  it('accepts every version in it but the secdb typos that no apk-tools validates', () => {
    expect(corpus.length).toBeGreaterThan(1400);
    // A "-" not followed by "r": apk-tools 2.14 and 3.x both refuse these (fixtures/ecosystems/apk/*/valid.jsonl).
    expect(corpus.filter((t) => !versioning.parse(t).ok).sort()).toEqual(['1.11-20-r0', '2.7.16-33', '4.10-1-r1', '57-1-r2']);
  });

  it('gives a consistent total order (sorted neighbours never out of order, equal only when equal both ways)', () => {
    const parsed = corpus.filter((t) => versioning.parse(t).ok).map(v);
    const sorted = [...parsed].sort((a, b) => versioning.compare(a, b));
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1] as ApkVersion;
      const b = sorted[i] as ApkVersion;
      expect(versioning.compare(a, b)).toBeLessThanOrEqual(0);
      expect(versioning.compare(b, a)).toBe(-versioning.compare(a, b) + 0);
    }
  });
});

describe('apk version edges (apk-tools src/version.c)', () => {
  it.each([
    ['1.0_alpha', '1.0_beta'], ['1.0_beta', '1.0_pre'], ['1.0_pre', '1.0_rc'], ['1.0_rc', '1.0'], ['1.0', '1.0_cvs'],
    ['1.0_cvs', '1.0_svn'], ['1.0_svn', '1.0_git'], ['1.0_git', '1.0_hg'], ['1.0_hg', '1.0_p'], ['1.0_p1', '1.0_p2'],
    ['1.0', '1.0a'], ['1.0a', '1.0b'], ['1.0z', '1.0.1'], ['1.0-r1', '1.0-r2'], ['1.0', '1.0-r0'], ['1.0-r9', '1.0.1'],
    ['1.02', '1.1'], ['1.01', '1.1'], ['1.0~abc', '1.0~abd'], ['1.0', '1.0~abc'], ['1.0~abc', '1.0~abc-r1'],
    ['1.0_rc1~abc', '1.0'], ['1.9', '1.10'], ['1.0.0_pre20191002222144-r0', '1.0.0_pre20210530193627-r0'],
    ['2.0_alpha_pre2', '2.0_alpha'],
  ])('%j < %j', (a, b) => {
    expect(cmp(a, b)).toBe(-1);
    expect(cmp(b, a)).toBe(1);
  });

  it.each([
    ['1.0-r0', '1.0-r00'], ['01', '1'], ['1.0.0', '1.0.0'],
    // numbers are uint64 and wrap, as apk_blob_pull_uint does: 2^64 + 1 reads as 1
    ['18446744073709551617', '1'],
  ])('%j equals %j', (a, b) => expect(cmp(a, b)).toBe(0));

  it.each(['', '1.0bc', '1.0-1', '1.0_foo', '1.0~', '1.0~ABC', '1.0-r1~abc', '1.0_p1.2', '1.0 ', '1.0+1',
    `${'1.'.repeat(600)}1`])('rejects %j', (text) => expect(versioning.parse(text).ok).toBe(false));

  // apk-tools 2.14's apk_version_validate lets these through (3.x refuses them); 2.14 orders them.
  it.each(['a', '.1', '1.', '1..0', '1.0-r', '1.0_', '1.0-r1-r2', '1.0a1', 'v1.0', '1.2.3.r0', '1.2.3.-r0'])(
    'accepts %j as apk-tools 2.14 does', (text) => expect(versioning.parse(text).ok).toBe(true));

  it.each(['1.0~0123abcdef-r1', '1.0_rc1_p2', '0.59s-r11', '1.0_alpha_pre2', '006', '1.2.3b_beta4_p5~cafe-r99'])(
    'accepts %j', (text) => expect(versioning.parse(text).ok).toBe(true));
});

describe('apk ranges', () => {
  it.each([
    ['<1.2.3-r1', '1.2.3-r0', true], ['<1.2.3-r1', '1.2.3-r1', false], ['<=1.2.3-r1', '1.2.3-r1', true],
    ['>1.0', '1.0-r1', true], ['~1.2', '1.2.9-r3', true], ['~1.2', '1.3', false], ['~1.2', '1.2', true],
    ['~1.2', '1.20', false], ['>~1.2', '1.2.9', true], ['<~1.2', '1.2.9', true], ['>=1.0 <2.0', '1.5', true], ['<1.0 || >=2.0', '1.5', false],
    ['1.0-r0', '1.0-r0', true],
  ])('native %j contains %j: %j', (range, version, expected) => expect(contains(range, version, 'native')).toBe(expected));

  it.each([['<1.2.3-r1', '1.2.3-r0', true], ['<1.2.3-r1', '1.2.3-r1', false], ['1.2.3-r1', '1.2.3-r1', true]])(
    'advisory %j contains %j: %j', (range, version, expected) => expect(contains(range, version, 'advisory')).toBe(expected));

  it.each(['', '<', '~1.2', '<1.0bc', '!=1.0'])('advisory rejects %j', (range) =>
    expect(versioning.parseRange(range, 'advisory').ok).toBe(false));
});

describe('apk package names', () => {
  it('lower-cases vendor and name (purl-spec: case-insensitive)', () =>
    expect(apk.canonicalName('Alpine', 'OpenSSL')).toBe('alpine/openssl'));
});
