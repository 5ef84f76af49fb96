import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apk } from '../../src/ecosystems/apk/index.js';
import { compareApkTools2, readApkTools2 } from '../../src/ecosystems/apk/tools2.js';
import { apkTools2Versioning, apkTools3Versioning } from '../../src/ecosystems/apk/versioning.js';
import type { Versioning } from '../../src/ecosystems/types.js';
import { repoPath } from './support.js';

// Golden answers of apk-tools itself, src/version.c built at two tags: bash scripts/reference/apk/generate.sh
// (inputs: the real Alpine secdb and Wolfi corpora, apk-tools' test/version.data, hand-versions.txt).
type Relation = '<' | '=' | '>' | '!';
const rows = <T>(tag: string, file: string): T[] =>
  readFileSync(repoPath(`fixtures/ecosystems/apk/${tag}/${file}`), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
const golden = (tag: string) => ({
  valid: new Map(rows<[string, boolean]>(tag, 'valid.jsonl')),
  compare: rows<[string, string, Relation]>(tag, 'compare.jsonl'),
  satisfies: rows<[string, string, string, boolean]>(tag, 'satisfies.jsonl'),
});
const v2 = golden('v2.14.10');
const v3 = golden('v3.0.6');
const RELATION = { '-1': '<', '0': '=', '1': '>' } as const;

function answers<V>(versioning: Versioning<V>, a: string, b: string): Relation | 'unparsed' {
  const x = versioning.parse(a);
  const y = versioning.parse(b);
  if (!x.ok || !y.ok) return 'unparsed';
  return RELATION[String(versioning.compare(x.value, y.value)) as '0'];
}

function satisfied<V>(versioning: Versioning<V>, version: string, op: string, bound: string): boolean | 'unparsed' {
  const v = versioning.parse(version);
  const range = versioning.parseRange(`${op}${bound}`, 'native');
  if (!v.ok || !range.ok) return 'unparsed';
  return range.value.contains(v.value);
}

describe.each([
  ['v2.14.10', v2, apkTools2Versioning as Versioning<unknown>],
  ['v3.0.6', v3, apkTools3Versioning as Versioning<unknown>],
] as const)('apk-tools %s (built from source) against its port', (_tag, ref, versioning) => {
  it('has the corpora and the hand-written shapes', () => {
    expect(ref.valid.size).toBeGreaterThan(4000);
    expect(ref.compare.length).toBeGreaterThan(15000);
    expect(ref.satisfies.length).toBeGreaterThan(15000);
  });

  it('validates exactly what apk_version_validate validates', () => {
    const wrong = [...ref.valid].filter(([v, ok]) => versioning.parse(v).ok !== ok);
    expect(wrong).toEqual([]);
  });

  it('orders every pair `apk version -t` orders, as it does', () => {
    const wrong = ref.compare.filter(([a, b, r]) => r !== '!' && ref.valid.get(a) && ref.valid.get(b) && answers(versioning, a, b) !== r);
    expect(wrong).toEqual([]);
  });

  it('answers every dependency check as apk does', () => {
    const asked = ref.satisfies.filter(([v]) => ref.valid.get(v));
    expect(asked.length).toBeGreaterThan(12000);
    expect(asked.filter(([v, op, bound, yes]) => satisfied(versioning, v, op, bound) !== yes)).toEqual([]);
  });
});

describe('apk-tools 2.14 orders versions it does not validate (`apk version -t` 2.14 takes any text)', () => {
  it('as its compare does, on every pair of the golden', () => {
    const wrong = v2.compare.filter(([a, b, r]) => RELATION[String(compareApkTools2(readApkTools2(a), readApkTools2(b))) as '0'] !== r);
    expect(wrong).toEqual([]);
  });
});

describe('apk and wolfi: 2.14 where it reads both versions, 3.x where only 3.x does', () => {
  const { versioning } = apk;

  it('accepts a version when either apk-tools validates it, and only then', () => {
    const wrong = [...v2.valid].filter(([v, ok2]) => versioning.parse(v).ok !== (ok2 || v3.valid.get(v) === true));
    expect(wrong).toEqual([]);
  });

  it('answers as 2.14 on every pair 2.14 validates', () => {
    const asked = v2.compare.filter(([a, b]) => v2.valid.get(a) && v2.valid.get(b));
    expect(asked.filter(([a, b, r]) => answers(versioning, a, b) !== r)).toEqual([]);
    const checks = v2.satisfies.filter(([v]) => v2.valid.get(v));
    expect(checks.filter(([v, op, bound, yes]) => satisfied(versioning, v, op, bound) !== yes)).toEqual([]);
  });

  it('answers as 3.x on every pair only 3.x validates', () => {
    const asked = v3.compare.filter(([a, b, r]) => r !== '!' && !(v2.valid.get(a) && v2.valid.get(b)));
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter(([a, b, r]) => answers(versioning, a, b) !== r)).toEqual([]);
  });

  it('differs from 3.x on pairs both validate only where 2.14 and 3.x differ themselves: leading zeros', () => {
    const answer2 = new Map(v2.compare.map(([a, b, r]) => [`${a}\u0000${b}`, r]));
    const both = v3.compare.filter(([a, b, r]) => r !== '!' && answer2.has(`${a}\u0000${b}`) && v2.valid.get(a) && v2.valid.get(b));
    expect(both.length).toBeGreaterThan(10000);
    const differ = both.filter(([a, b, r]) => answers(apk.versioning, a, b) !== r);
    expect(differ.filter(([a, b]) => answer2.get(`${a}\u0000${b}`) !== answers(apk.versioning, a, b))).toEqual([]);
    // 2.14 reads a component with leading zeros as "so many extra zeros, then a number"; 3.x compares it as text.
    expect(differ.every(([a, b]) => /(^|[.])0\d/.test(a) || /(^|[.])0\d/.test(b))).toBe(true);
    const corpus = new Set(['apk', 'wolfi'].flatMap((f) => readFileSync(repoPath(`../shared/versions-corpus/${f}.txt`), 'utf8').split('\n')));
    const real = differ.filter(([a, b]) => corpus.has(a) && corpus.has(b));
    // Wolfi's 1.00-r1, 1.000010-r1, 1.005-r3 ...: the pairs an Alpine 3.23+ user would see ordered otherwise.
    expect(real.length).toBeGreaterThan(0);
    expect(real.length).toBeLessThan(both.length / 500);
  });
});
