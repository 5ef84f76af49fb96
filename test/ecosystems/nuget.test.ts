import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nuget } from '../../src/ecosystems/nuget/index.js';
import { parseInterval } from '../../src/ecosystems/nuget/range.js';
import type { NuGetVersion } from '../../src/ecosystems/nuget/version.js';
import { referenceGoldenTests } from './goldens.js';
import { repoPath } from './support.js';

const { versioning } = nuget;
const v = (text: string): NuGetVersion => {
  const r = versioning.parse(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

// Cases ported from NuGet.Client's own tests (fixtures/ecosystems/nuget/README.md says which and why).
type Case =
  | { kind: 'valid'; version: string }
  | { kind: 'invalid'; version: string }
  | { kind: 'parts'; version: string; parts: number[]; release: string }
  | { kind: 'less'; a: string; b: string }
  | { kind: 'equal'; a: string; b: string }
  | { kind: 'bounds'; range: string; min: string | null; minInclusive: boolean; max: string | null; maxInclusive: boolean }
  | { kind: 'invalid-range'; range: string }
  | { kind: 'valid-range'; range: string }
  | { kind: 'satisfies'; range: string; version: string; expected: boolean };
const cases = readFileSync(new URL('../../fixtures/ecosystems/nuget/nuget-client-cases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as Case & { from: string });
const ofKind = <K extends Case['kind']>(kind: K) =>
  cases.filter((c): c is Extract<Case, { kind: K }> & { from: string } => c.kind === kind);

describe('nuget versions, cases from NuGet.Versioning.Test', () => {
  it('has the ported cases', () => expect(cases.length).toBe(216));

  it.each(ofKind('valid').map((c) => [c.version]))('parses %j', (version) => expect(versioning.parse(version).ok).toBe(true));
  it.each(ofKind('invalid').map((c) => [c.version]))('rejects %j', (version) =>
    expect(versioning.parse(version).ok).toBe(false),
  );
  it.each(ofKind('parts').map((c) => [c.version, c.parts, c.release]))('%j has parts %j and release %j', (text, parts, release) => {
    const parsed = v(text);
    expect(parsed.parts).toEqual(parts);
    // Labels are kept upper-cased for OrdinalIgnoreCase comparison.
    expect(parsed.labels?.join('.') ?? '').toBe(release.toUpperCase());
  });
  it.each(ofKind('less').map((c) => [c.a, c.b]))('%j < %j', (a, b) => {
    expect(versioning.compare(v(a), v(b))).toBe(-1);
    expect(versioning.compare(v(b), v(a))).toBe(1);
  });
  it.each(ofKind('equal').map((c) => [c.a, c.b]))('%j equals %j', (a, b) => expect(versioning.compare(v(a), v(b))).toBe(0));
});

describe('nuget ranges, cases from NuGet.Versioning.Test', () => {
  it.each(ofKind('bounds').map((c) => [c.range, c]))('%j has the bounds NuGet gives it', (range, c) => {
    const parsed = parseInterval(range, true);
    if (!parsed.ok) throw new Error(parsed.error);
    const { min, max, minInclusive, maxInclusive } = parsed.value;
    expect(min === null ? null : versioning.compare(min, v(c.min ?? ''))).toBe(c.min === null ? null : 0);
    expect(max === null ? null : versioning.compare(max, v(c.max ?? ''))).toBe(c.max === null ? null : 0);
    expect([minInclusive, maxInclusive]).toEqual([c.minInclusive, c.maxInclusive]);
  });
  it.each(ofKind('invalid-range').map((c) => [c.range]))('rejects %j', (range) =>
    expect(versioning.parseRange(range, 'native').ok).toBe(false),
  );
  it.each(ofKind('valid-range').map((c) => [c.range]))('parses %j', (range) =>
    expect(versioning.parseRange(range, 'native').ok).toBe(true),
  );
  it.each(ofKind('satisfies').map((c) => [c.range, c.version, c.expected]))('%j satisfied by %j: %s', (range, version, expected) => {
    const parsed = versioning.parseRange(range, 'native');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.contains(v(version))).toBe(expected);
  });
});

describe('nuget hard edges', () => {
  it.each([
    ['1.0.0-01', false], // numeric labels may not have leading zeros
    ['1.0.0-0A', true],
    ['1.0.0-a..b', false],
    ['1.0.0+01', true], // ... but metadata may
    ['2147483647.0', true],
    ['2147483648.0', false], // System.Version parts are Int32
    ['1.0.0.0.0', false],
    ['1 .0', true], // int.TryParse allows blanks around each part
    ['1.0.0-beta+', false],
    ['1.0.0\uFEFF', false], // .NET's Trim() keeps U+FEFF
    ['\u00A01.0', true],
  ])('%j valid: %s', (text, valid) => expect(versioning.parse(text).ok).toBe(valid));

  it.each([
    ['1.0.0-2', '1.0.0-10'], // numeric labels by value
    ['1.0.0-10', '1.0.0-a'], // numbers before letters
    ['1.0.0-3', '1.0.0-2147483648'], // not an Int32, so a text label: after every number
    ['1.0.0-alpha', '1.0.0-alpha.1'],
    ['1.0.0.1-beta', '1.0.0.1'],
    ['1.0.0', '1.0.0.1'],
  ])('%j < %j', (a, b) => expect(versioning.compare(v(a), v(b))).toBe(-1));

  it.each([
    ['1.*', '2.0.0', true], // Satisfies checks bounds only: a float range is its lower bound
    ['1.*', '0.9.0', false],
    ['1.0.0-*', '1.0.0-0', true],
    ['*', '0.0.0-beta', false],
    ['*-*', '0.0.0-beta', true],
    ['1.0', '1.0.0-beta', false],
    ['1.0', '5.0.0', true], // a bare version means >=
  ])('native %j satisfied by %j: %s', (range, version, expected) => {
    const parsed = versioning.parseRange(range, 'native');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.contains(v(version))).toBe(expected);
  });

  it.each([
    ['[2.0,2.3.1],[2.4.0,2.12.2),[2.13.0,2.17.1)', '2.3.1', true],
    ['[2.0,2.3.1],[2.4.0,2.12.2),[2.13.0,2.17.1)', '2.3.5', false],
    ['[2.0,2.3.1],[2.4.0,2.12.2),[2.13.0,2.17.1)', '2.12.2', false],
    ['[2.0,2.3.1],[2.4.0,2.12.2),[2.13.0,2.17.1)', '2.16.0', true],
    ['(,0.7.0]', '0.7.0', true],
    ['(,0.7.0]', '0.7.1', false],
    ['1.0', '1.0.0', true], // a bare version means exactly that version here
    ['1.0', '5.0.0', false],
  ])('advisory %j contains %j: %s', (range, version, expected) => {
    const parsed = versioning.parseRange(range, 'advisory');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.contains(v(version))).toBe(expected);
  });

  it.each(['', '[1.0,2.0', '[1.0,2.0],', '[1.0] [2.0]', '1.*', '[1.0,2.0)x'])('rejects advisory range %j', (range) =>
    expect(versioning.parseRange(range, 'advisory').ok).toBe(false),
  );

  it('lower-cases package ids', () => expect(nuget.canonicalName(null, 'Newtonsoft.Json')).toBe('newtonsoft.json'));
});

describe('nuget corpus (../shared/versions-corpus)', () => {
  const corpus = (file: string) =>
    readFileSync(new URL(`../../../shared/versions-corpus/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean);
  const versions = corpus('nuget.txt');

  it('parses every version taken from real NuGet files and tags', () => {
    expect(versions.length).toBe(958);
    expect(versions.filter((t) => !versioning.parse(t).ok)).toEqual([]);
  });

  it('parses every range taken from real project files', () => {
    const ranges = corpus('ranges/nuget.txt');
    expect(ranges.filter((r) => !versioning.parseRange(r, 'native').ok)).toEqual([]);
  });

  // A naive SemVer-style model written independently: four numbers, then labels (numbers first, then text
  // case-insensitively). The corpus has no label that trips its simplifications.
  function naive(a: string, b: string): number {
    const split = (s: string) => {
      const [core = '', ...rest] = s.split('+')[0]!.split('-');
      const nums = core.split('.').map(Number);
      while (nums.length < 4) nums.push(0);
      return { nums, labels: rest.length ? rest.join('-').split('.') : [] };
    };
    const x = split(a);
    const y = split(b);
    for (let i = 0; i < 4; i++) if (x.nums[i] !== y.nums[i]) return Math.sign(x.nums[i]! - y.nums[i]!);
    if (x.labels.length === 0 || y.labels.length === 0) return y.labels.length - x.labels.length === 0 ? 0 : x.labels.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.max(x.labels.length, y.labels.length); i++) {
      const p = x.labels[i];
      const q = y.labels[i];
      if (p === undefined) return -1;
      if (q === undefined) return 1;
      const pn = /^\d+$/.test(p);
      const qn = /^\d+$/.test(q);
      if (pn && qn) {
        if (Number(p) !== Number(q)) return Math.sign(Number(p) - Number(q));
      } else if (pn !== qn) {
        return pn ? -1 : 1;
      } else if (p.toUpperCase() !== q.toUpperCase()) {
        return p.toUpperCase() < q.toUpperCase() ? -1 : 1;
      }
    }
    return 0;
  }

  it('orders every pair of corpus versions as the naive model does', () => {
    const parsed = versions.map((t) => [t, v(t)] as const);
    const wrong: string[] = [];
    for (let i = 0; i < parsed.length; i += 3) {
      for (let j = 0; j < parsed.length; j += 7) {
        const [a, pa] = parsed[i]!;
        const [b, pb] = parsed[j]!;
        if (versioning.compare(pa, pb) !== naive(a, b)) wrong.push(`${a} vs ${b}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});

// NuGet.Versioning itself, built from NuGet/NuGet.Client at tag 6.6.2.1: bash scripts/reference/nuget/generate.sh
describe('nuget against NuGet.Versioning 6.6.2.1 (built from source)', () => {
  it('was generated from the tag named in REFERENCE.txt', () => {
    expect(readFileSync(repoPath('fixtures/ecosystems/nuget/REFERENCE.txt'), 'utf8')).toContain('NuGet/NuGet.Client 6.6.2.1 ');
  });
  referenceGoldenTests('nuget', nuget.versioning, { minOrdered: 1000 });
});
