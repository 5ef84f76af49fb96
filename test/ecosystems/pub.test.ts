import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { pub } from '../../src/ecosystems/pub/index.js';
import { corpus, dataLines, expectOrder, invalidRanges, mustParse, orderCases, rangeCases, rangeContains, repoPath } from './support.js';

const fixtures = (file: string): string => repoPath(`fixtures/ecosystems/pub/${file}`);

describe('pub: order (ported from pub_semver version_test.dart)', () => {
  it.each(orderCases(fixtures('order.txt')))('$line', (c) => expectOrder(pub, c));
});

describe('pub: invalid versions', () => {
  it.each(dataLines(fixtures('invalid.txt')))('rejects %j', (v) => expect(pub.versioning.parse(v).ok).toBe(false));
});

describe('pub: constraints (ported from pub_semver version_constraint_test.dart)', () => {
  it.each(rangeCases(fixtures('ranges.txt')))('$line', (c) => expect(rangeContains(pub, c)).toBe(c.expected));
  it.each(invalidRanges(fixtures('invalid-ranges.txt')))('refuses $range', ({ range, syntax }) => {
    expect(pub.versioning.parseRange(range, syntax).ok).toBe(false);
  });
});

describe('pub: a real corpus', () => {
  // /work/shared has no pub corpus; npm's published versions are all SemVer, which pub reads too. node-semver's
  // compareBuild (build metadata ordered, as pub orders it) is an independent implementation to check against.
  it('orders the npm corpus as node-semver compareBuild does', () => {
    const versions = corpus('npm');
    expect(versions.filter((v) => !pub.versioning.parse(v).ok)).toEqual([]);
    const sorted = [...versions].sort((a, b) => pub.versioning.compare(mustParse(pub, a), mustParse(pub, b)));
    const wrong = sorted.slice(1).filter((v, i) => semver.compareBuild(sorted[i]!, v) > 0);
    expect(wrong).toEqual([]);
  });
});

describe('pub: names', () => {
  it('lower-cases', () => expect(pub.canonicalName(null, 'Http')).toBe('http'));
});
