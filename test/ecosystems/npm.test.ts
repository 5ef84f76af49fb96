import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { npm } from '../../src/ecosystems/npm/index.js';
import { compareSemVer2, parseSemVer2 } from '../../src/ecosystems/shared/semver2.js';
import { corpus, dataLines, expectOrder, mustParse, orderCases, rangeCases, rangeContains, repoPath, sharedPath } from './support.js';

const fixtures = (file: string): string => repoPath(`fixtures/ecosystems/npm/${file}`);

describe('npm: order cases', () => {
  it.each(orderCases(fixtures('order.txt')))('$line', (c) => expectOrder(npm, c));
});

describe('npm: invalid versions', () => {
  it.each(dataLines(fixtures('invalid.txt')))('rejects %j', (v) => expect(npm.versioning.parse(v).ok).toBe(false));
});

describe('npm: ranges', () => {
  it.each(rangeCases(fixtures('ranges.txt')))('$line', (c) => expect(rangeContains(npm, c)).toBe(c.expected));
  it.each(['>=1.0.0 &&', 'not a range', '>=1.0.0 <'])('refuses %j', (text) => expect(npm.versioning.parseRange(text, 'native').ok).toBe(false));
});

describe('npm: the real corpus', () => {
  const versions = corpus('npm');

  it('parses every published version', () => {
    expect(versions.filter((v) => !npm.versioning.parse(v).ok)).toEqual([]);
  });

  it('reads every real range (nodejs/security-wg vulnerable/patched ranges)', () => {
    const ranges = dataLines(sharedPath('versions-corpus/ranges/npm.txt'));
    expect(ranges.length).toBeGreaterThan(400);
    expect(ranges.filter((r) => !npm.versioning.parseRange(r, 'native').ok || !npm.versioning.parseRange(r, 'advisory').ok)).toEqual([]);
  });

  it('orders it as an independent SemVer 2.0 implementation does (src/ecosystems/shared/semver2.ts)', () => {
    // node-semver is npm's reference; semver2.ts is separate code (used for OSV SEMVER ranges). Where a version is
    // strict SemVer 2.0, both must agree on every adjacent pair of the sorted corpus.
    const strict = versions.flatMap((text) => {
      const s = parseSemVer2(text);
      return s.ok ? [{ text, s: s.value, n: mustParse(npm, text) }] : [];
    });
    expect(strict.length).toBeGreaterThan(2900);
    strict.sort((a, b) => npm.versioning.compare(a.n, b.n));
    const disagreements = strict.slice(1).filter((cur, i) => compareSemVer2(strict[i]!.s, cur.s) > 0);
    expect(disagreements.map((d) => d.text)).toEqual([]);
  });
});

describe('npm: nodejs/security-wg advisories (vulnerable_versions vs patched_versions)', () => {
  const dir = sharedPath('fixtures/advisories/native/nodejs-security-wg/vuln/npm');
  const records = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: f, json: JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { vulnerable_versions?: string; patched_versions?: string } }));

  it('parses every vulnerable_versions range', () => {
    const bad = records.filter((r) => r.json.vulnerable_versions && !npm.versioning.parseRange(r.json.vulnerable_versions, 'advisory').ok);
    expect(bad.map((r) => r.file)).toEqual([]);
    expect(records.length).toBe(110);
  });

  it('finds a release both vulnerable and patched only where the data itself overlaps', () => {
    const releases = corpus('npm')
      .map((v) => mustParse(npm, v))
      .filter((v) => v.prerelease.length === 0);
    const overlaps: string[] = [];
    for (const { file, json } of records) {
      if (!json.vulnerable_versions || !json.patched_versions) continue;
      const vulnerable = npm.versioning.parseRange(json.vulnerable_versions, 'advisory');
      const patched = npm.versioning.parseRange(json.patched_versions, 'advisory');
      if (!vulnerable.ok || !patched.ok) continue;
      const both = releases.find((v) => vulnerable.value.contains(v) && patched.value.contains(v));
      if (both) overlaps.push(`${file}: ${both.version}`);
    }
    // 400.json (protobufjs): vulnerable "<=6.8.5" also covers the 5.x line that patched ">=5.0.3 <6.0.0 || >=6.8.6"
    // calls fixed: the record contradicts itself there, and only there.
    expect(overlaps).toEqual(['400.json: 5.25.9']);
  });

  it('answers the express advisory (8.json) as written', () => {
    const record = records.find((r) => r.file === '8.json')!.json;
    const vulnerable = npm.versioning.parseRange(record.vulnerable_versions!, 'advisory');
    expect(vulnerable.ok).toBe(true);
    if (!vulnerable.ok) return;
    expect(vulnerable.value.contains(mustParse(npm, '3.10.9'))).toBe(true);
    expect(vulnerable.value.contains(mustParse(npm, '4.4.9'))).toBe(true);
    expect(vulnerable.value.contains(mustParse(npm, '4.5.0'))).toBe(false);
    expect(vulnerable.value.contains(mustParse(npm, '3.11.0'))).toBe(false);
  });
});

describe('npm: names', () => {
  it('keeps scoped names as @scope/name, case included', () => {
    expect(npm.canonicalName('@babel', 'core')).toBe('@babel/core');
    expect(npm.canonicalName('babel', 'core')).toBe('@babel/core');
    expect(npm.canonicalName(null, 'JSONStream')).toBe('JSONStream');
  });
});
