import { describe, expect, it } from 'vitest';
import { golang } from '../../src/ecosystems/golang/index.js';
import { corpus, dataLines, expectOrder, orderCases, rangeCases, rangeContains, repoPath } from './support.js';
import { checkAgainstGolden, goldenOrder, isNonDecreasing } from './goldens.js';

const fixtures = (file: string): string => repoPath(`fixtures/ecosystems/golang/${file}`);
// Written by golang.org/x/mod/semver itself: bash scripts/reference/golang/generate.sh
const golden = goldenOrder(fixtures('golden-order.txt'));

describe('golang: against golang.org/x/mod/semver (golden-order.txt)', () => {
  it('covers the whole real corpus', () => {
    const listed = new Set([...golden.invalid, ...golden.ranked.map((r) => r.version)]);
    const missing = corpus('golang').filter((v) => !listed.has(v));
    expect(missing).toEqual([]);
    expect(golden.ranked.length).toBeGreaterThan(2700);
  });

  it('accepts every version the reference accepts and rejects every one it rejects', () => {
    const wronglyRejected = golden.ranked.filter((r) => !golang.versioning.parse(r.version).ok).map((r) => r.version);
    const wronglyAccepted = golden.invalid.filter((v) => golang.versioning.parse(v).ok);
    expect(wronglyRejected).toEqual([]);
    expect(wronglyAccepted).toEqual([]);
    expect(golden.invalid).toContain('v1.2-pre');
  });

  it('sorts the corpus and hard cases exactly as semver.Sort does, ties included', () => {
    const { sortedRanks, tieErrors } = checkAgainstGolden(golang, golden);
    expect(tieErrors).toEqual([]);
    expect(isNonDecreasing(sortedRanks)).toBe(true);
  });
});

describe('golang: order cases', () => {
  it.each(orderCases(fixtures('order.txt')))('$line', (c) => expectOrder(golang, c));
});

describe('golang: invalid versions', () => {
  it.each(dataLines(fixtures('invalid.txt')))('rejects %j', (v) => {
    const r = golang.versioning.parse(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(v);
  });
});

describe('golang: ranges', () => {
  it.each(rangeCases(fixtures('ranges.txt')))('$line', (c) => expect(rangeContains(golang, c)).toBe(c.expected));

  it.each(['', '>=', '>=v1.0.0 ||', 'v1.2-pre', '>=x'])('refuses %j', (text) => {
    expect(golang.versioning.parseRange(text, 'advisory').ok).toBe(false);
  });
});

describe('golang: names', () => {
  it('keeps module paths case-sensitive', () => {
    expect(golang.canonicalName('github.com/Sirupsen', 'logrus')).toBe('github.com/Sirupsen/logrus');
    expect(golang.canonicalName(null, 'golang.org/x/mod')).toBe('golang.org/x/mod');
  });
});
