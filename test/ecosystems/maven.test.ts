import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maven } from '../../src/ecosystems/maven/index.js';
import { canonicalMavenVersion, type MavenVersion } from '../../src/ecosystems/maven/comparable-version.js';
import { readGolden } from './goldens.js';

const { versioning } = maven;
const v = (text: string): MavenVersion => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const cmp = (a: string, b: string) => versioning.compare(v(a), v(b));
const range = (text: string, syntax: 'native' | 'advisory' = 'native') => {
  const r = versioning.parseRange(text, syntax);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

// The goldens come from maven-artifact built from the apache/maven source: bash scripts/reference/maven/generate.sh
// (maven-3.9.16 in fixtures/ecosystems/maven/, maven-4.0.0-rc-6 in fixtures/ecosystems/maven/4.x/).
describe('maven against maven-artifact 3.9.16 (built from source by scripts/reference/maven/generate.sh)', () => {
  it('was generated from the tag named in REFERENCE.txt', () => {
    const reference = readFileSync(new URL('../../fixtures/ecosystems/maven/REFERENCE.txt', import.meta.url), 'utf8');
    expect(reference).toContain('apache/maven maven-3.9.16 ');
  });

  it('orders the corpus as Maven 3.9 does', () => {
    const order = readGolden<[string, string]>('maven', 'order.jsonl');
    expect(order.length).toBeGreaterThan(1000);
    const wrong: unknown[] = [];
    for (let i = 1; i < order.length; i++) {
      const [relation, text] = order[i] as [string, string];
      const previous = (order[i - 1] as [string, string])[1];
      if (cmp(previous, text) !== (relation === '=' ? 0 : -1)) wrong.push([previous, relation, text]);
    }
    expect(wrong).toEqual([]);
  });

  it('compares sampled pairs as Maven 3.9 does', () => {
    const pairs = readGolden<[string, string, number]>('maven', 'compare.jsonl');
    expect(pairs.length).toBeGreaterThan(4000);
    const wrong = pairs.filter(([a, b, expected]) => cmp(a, b) !== expected);
    expect(wrong).toEqual([]);
  });

  it('answers as 3.9 where Maven 4 (4.0.0-rc-6, built from source) orders otherwise', () => {
    const pairs39 = readGolden<[string, string, number]>('maven', 'compare.jsonl');
    const pairs4 = readGolden<[string, string, number]>('maven', '4.x/compare.jsonl');
    expect(pairs4.length).toBe(pairs39.length);
    const differ = pairs39.filter(([a, b, c], i) => (pairs4[i] as [string, string, number])[0] === a && (pairs4[i] as [string, string, number])[1] === b && (pairs4[i] as [string, string, number])[2] !== c);
    // MNG-7714 and Maven 4's CombinationItem: "final"/"ga"/"release" kept as items, 1.0-1 keeping its 0.
    expect(differ.length).toBeGreaterThan(0);
    expect(differ.filter(([a, b, c]) => cmp(a, b) !== c)).toEqual([]);
  });

  it('answers containsVersion as Maven does for every range and probe', () => {
    const rows = readGolden<[string, string, boolean]>('maven', 'satisfies.jsonl');
    expect(rows.length).toBeGreaterThan(400);
    const wrong = rows.filter(([r, version, expected]) => range(r).contains(v(version)) !== expected);
    expect(wrong).toEqual([]);
  });

  it('rejects the range specs Maven rejects', () => {
    const rejected = readGolden<[string]>('maven', 'rejected-ranges.jsonl');
    expect(rejected.length).toBeGreaterThan(3);
    expect(rejected.filter(([r]) => versioning.parseRange(r, 'native').ok)).toEqual([]);
  });
});

describe('maven ComparableVersion, cases of ComparableVersionTest (3.9.16 answers)', () => {
  const QUALIFIERS = ['1-alpha2snapshot', '1-alpha2', '1-alpha-123', '1-beta-2', '1-beta123', '1-m2', '1-m11', '1-rc',
    '1-cr2', '1-rc123', '1-SNAPSHOT', '1', '1-sp', '1-sp2', '1-sp123', '1-abc', '1-def', '1-pom-1', '1-1-snapshot',
    '1-1', '1-2', '1-123'];
  // 3.9's list: after MNG-7644 "2.0.0.a" equals "2.0.a" and left the list.
  const NUMBERS = ['2.0', '2.0.a', '2-1', '2.0.2', '2.0.123', '2.1.0', '2.1-a', '2.1b', '2.1-c', '2.1-1', '2.1.0.1', '2.2',
    '2.123', '11.a2', '11.a11', '11.b2', '11.b11', '11.m2', '11.m11', '11', '11.a', '11b', '11c', '11m'];

  it.each([['qualifiers', QUALIFIERS], ['numbers', NUMBERS]])('orders the %s list strictly', (_name, list) => {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        expect([list[i], list[j], cmp(list[i] as string, list[j] as string)]).toEqual([list[i], list[j], -1]);
        expect(cmp(list[j] as string, list[i] as string)).toBe(1);
      }
    }
  });

  it.each([
    ['1', '1.0.0'], ['1', '1-0'], ['1.0', '1.0-0'], ['1a', '1-a'], ['1a', '1.0.0-a'], ['1.0x', '1-x'],
    ['1ga', '1'], ['1release', '1'], ['1final', '1'], ['1cr', '1rc'], ['1a1', '1-alpha-1'], ['1b2', '1-beta-2'],
    ['1m3', '1-milestone-3'], ['1X', '1x'], ['1RELeaSE', '1'], ['1MILESTONE3', '1m3'],
    ['2-abc', '2.0.abc'], ['2-abc', '2.0.0.abc'], ['2.0.RC', '2.0.0.RC'],
    ['0000000000000000001', '1'], ['0000000000000000000', '0'], ['1-abcdefghijklmnopqrstuvwxyz', '1-ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  ])('%j equals %j', (a, b) => {
    expect(cmp(a, b)).toBe(0);
    expect(cmp(b, a)).toBe(0);
  });

  it.each([
    ['1.0-alpha-1', '1.0'], ['1.0-SNAPSHOT', '1.0'], ['1.0-alpha-1-SNAPSHOT', '1.0-alpha-1'], ['1.0', '1.0-1'],
    ['1.0.0', '1.0-1'], ['2.0-1', '2.0.1'], ['2.0.1-klm', '2.0.1-lmn'], ['2.0.1', '2.0.1-xyz'], ['2.0.1-xyz', '2.0.1-123'],
    // MNG-5568, MNG-6572, MNG-6964, MNG-7559, MNG-7644
    ['6.1.0rc3', '6.1.0'], ['6.1.0rc3', '6.1H.5-beta'], ['6.1.0', '6.1H.5-beta'],
    ['20190126.230843', '1234567890.12345'], ['1234567890.12345', '123456789012345.1H.5-beta'],
    ['123456789012345.1H.5-beta', '12345678901234567890.1H.5-beta'],
    ['1-0.alpha', '1'], ['1-0.beta', '1'], ['1-0.alpha', '1-0.beta'],
    ['1.0.0.RC1', '1.0.0-RC2'], ['4.0.0.Beta3', '4.0.0-RC2'], ['1.0.0.abc1', '1.0.0-abc2'],
    // unknown qualifiers sort after the release (MNG-7559's "2.3-pfd < 2.3" proposal, PR 929, was never merged)
    ['2.3', '2.3-pfd'], ['2.0.1', '2.0.1.MR'], ['9.4.1.jre16', '9.4.1.jre16-preview'],
    // MNG-7714 is Maven 4's (its testMng7714 says <): 3.9.16 reads final/ga as "" and drops them, and answers >
    ['1-sp-1', '1-ga-1'], ['1.0-sp1-redhat', '1.0.final-redhat'], ['1.0-sp-1-redhat', '1.0.final-redhat'],
    ['1.0-sp.1-redhat', '1.0.final-redhat'], ['2.13.5.SP1-redhat-00002', '2.13.5.Final-redhat-00002'],
    // sizes: an Int item is below a Long one even when both are zero (IntItem.compareTo(LongItem) is -1)
    ['0.1', '0000000000.1'], ['2147483647', '2147483648'], ['9223372036854775807', '9223372036854775808'],
    ['99999999999999999999999999999999999998', '99999999999999999999999999999999999999'],
  ])('%j < %j', (a, b) => {
    expect(cmp(a, b)).toBe(-1);
    expect(cmp(b, a)).toBe(1);
  });

  it.each([
    ['1.0.final-redhat', '1-redhat'],
    ['1-0.alpha', '1-alpha'],
    ['1.0-1', '1-1'],
    ['1.٣', '1.3'],
    ['1.0.RC1', '1-rc-1'],
  ])('canonical form of %j is %j', (text, canonical) => expect(canonicalMavenVersion(v(text))).toBe(canonical));

  it('accepts any string as Maven does, refusing only absurd lengths', () => {
    for (const text of ['', '.', '-', 'v1.0', '1 0', '1..2', 'ǃ']) expect(versioning.parse(text).ok).toBe(true);
    expect(versioning.parse('1.'.repeat(5000)).ok).toBe(false);
  });
});

describe('maven ranges', () => {
  it.each([
    ['[1.0,2.0)', '1.0', true], ['[1.0,2.0)', '2.0', false], ['[1.0,2.0)', '2.0-SNAPSHOT', true],
    ['(,1.0]', '1', true], ['(,1.0]', '1.0.1', false], ['[1.0]', '1.0.0', true], ['[1.0]', '1.0.1', false],
    ['(,1.0],[1.2,)', '1.1', false], ['(,1.0],[1.2,)', '1.2', true], ['[1,1]', '1.0', true], ['(,)', '0', true],
    // a bare version is Maven's soft requirement: every version satisfies it
    ['1.0', '9.9', true], ['', '1.0', false],
  ])('native %j contains %j: %j', (r, version, expected) => expect(range(r).contains(v(version))).toBe(expected));

  it.each([
    ['1.0', '1.0.0', true], ['1.0', '1.1', false], ['[1.5,),[1.0,2.0)', '1.2', true], ['[1.0,2.0),[1.5,3.0)', '2.5', true],
    ['[2.0,2.3.1],[2.4.0,2.12.2),[2.13.0,2.17.1)', '2.12.1', true], ['[2.0,2.3.1],[2.4.0,2.12.2),[2.13.0,2.17.1)', '2.12.2', false],
    ['(,0.7.0]', '0.7', true], [' [1.0,2.0) ', '1.5', true],
  ])('advisory %j contains %j: %j', (r, version, expected) => expect(range(r, 'advisory').contains(v(version))).toBe(expected));

  it.each(['[1.0', '[2.0,1.0]', '(1.0]', '[1.0,2.0],3.0', '[1.0,2.0),[1.5,3.0)'])('native rejects %j', (r) =>
    expect(versioning.parseRange(r, 'native').ok).toBe(false));

  it.each(['', '[1.0', '(1.0]', '[1.0,2.0],3.0'])('advisory rejects %j', (r) =>
    expect(versioning.parseRange(r, 'advisory').ok).toBe(false));
});

describe('maven package names', () => {
  it('joins groupId and artifactId with a colon and keeps their case (DESIGN.md 4)', () => {
    expect(maven.canonicalName('org.Jenkins-ci.plugins', 'Git')).toBe('org.Jenkins-ci.plugins:Git');
    expect(maven.canonicalName(null, 'junit')).toBe('junit');
  });
});
