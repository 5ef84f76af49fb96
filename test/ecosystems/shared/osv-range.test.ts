import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ecosystemForOsv, osvRange, type OsvAffectedJson } from '../../../src/ecosystems/shared/osv-range.js';
import { ecosystemFor } from '../../../src/ecosystems/registry.js';
import { sharedPath } from '../support.js';

const npm = ecosystemFor('npm')!;

describe('osvRange: events', () => {
  const cases: [string, OsvAffectedJson, string, boolean][] = [
    ['introduced 0, fixed', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] }, '4.17.20', true],
    ['fixed is exclusive', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] }, '4.17.21', false],
    ['introduced is inclusive', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0.0' }, { fixed: '1.2.3' }] }] }, '1.0.0', true],
    ['below introduced', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0.0' }, { fixed: '1.2.3' }] }] }, '0.9.0', false],
    ['last_affected is inclusive', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { last_affected: '2.88.2' }] }] }, '2.88.2', true],
    ['after last_affected', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { last_affected: '2.88.2' }] }] }, '2.88.3', false],
    ['introduced only: everything above', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0.0' }] }] }, '99.0.0', true],
    ['two intervals, unsorted events', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0.0' }, { fixed: '2.1.0' }, { introduced: '1.0.0' }, { fixed: '1.1.0' }] }] }, '1.0.5', true],
    ['two intervals, the gap', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0.0' }, { fixed: '2.1.0' }, { introduced: '1.0.0' }, { fixed: '1.1.0' }] }] }, '1.5.0', false],
    ['limit caps', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0.0' }, { limit: '1.5.0' }] }] }, '1.5.0', false],
    ['limit *', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0.0' }, { limit: '*' }] }] }, '9.0.0', true],
    ['pre-releases count (no semver range exclusion)', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '5.0.0' }] }] }, '5.0.0-beta.1', true],
    ['SEMVER with a v', { ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.2.4' }] }] }, 'v2.2.3', true],
    ['explicit versions list', { versions: ['1.0.3', '1.0.5'] }, '1.0.5', true],
    ['a version between listed ones', { versions: ['1.0.3', '1.0.5'] }, '1.0.4', false],
    ['GIT ranges are skipped', { ranges: [{ type: 'GIT', events: [{ introduced: '0' }, { fixed: 'abcdef' }] }] }, '1.0.0', false],
    ['unparsable version: outside', { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }, 'not-a-version', false],
  ];
  it.each(cases)('%s', (_name, affected, version, expected) => {
    const range = osvRange(npm, affected);
    expect(range.ok).toBe(true);
    if (range.ok) expect(range.value.contains(version)).toBe(expected);
  });

  it.each([
    [{ ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: 'x.y' }] }] }, '/affected/0/ranges/0/events/0'],
    [{ ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0.0', fixed: '2.0.0' }] }] }, '/affected/0/ranges/0/events/0'],
    [{ ranges: [{ type: 'WEIRD', events: [] }] }, '/affected/0/ranges/0'],
  ])('names the place of an unusable event: %j', (affected, place) => {
    const range = osvRange(npm, affected as OsvAffectedJson, '/affected/0');
    expect(range.ok).toBe(false);
    if (!range.ok) expect(range.error.startsWith(place)).toBe(true);
  });
});

describe('ecosystemForOsv', () => {
  it.each([
    ['npm', 'npm'],
    ['crates.io', 'cargo'],
    ['Go', 'golang'],
    ['PyPI', 'pypi'],
    ['RubyGems', 'gem'],
    ['Packagist', 'composer'],
    ['Debian:12', 'deb'],
    ['Alpine:v3.18', 'apk'],
    ['SwiftURL', 'swift'],
    ['Pub', 'pub'],
  ])('%s is %s', (name, type) => expect(ecosystemForOsv(name)?.type).toBe(type));

  it('reads Go ECOSYSTEM events written without the v', () => {
    const range = osvRange(ecosystemFor('golang')!, { ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.15.0' }] }] });
    expect(range.ok && [range.value.contains('v3.14.9'), range.value.contains('v3.15.0')]).toEqual([true, false]);
  });
});

interface OsvRecord {
  id: string;
  affected: (OsvAffectedJson & { package: { ecosystem: string; name: string } })[];
}

function records(): { file: string; record: OsvRecord }[] {
  const roots = ['fixtures/advisories/osv', 'fixtures/advisories/osvdev'].map(sharedPath);
  return roots.flatMap((root) =>
    readdirSync(root).flatMap((eco) =>
      readdirSync(join(root, eco))
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({ file: `${eco}/${f}`, record: JSON.parse(readFileSync(join(root, eco, f), 'utf8')) as OsvRecord })),
    ),
  );
}

describe('osvRange: real OSV records', () => {
  const all = records();
  const supported = all.flatMap(({ file, record }) =>
    record.affected.flatMap((affected, i) => {
      const ecosystem = ecosystemForOsv(affected.package.ecosystem);
      return ecosystem ? [{ file, i, affected, ecosystem }] : [];
    }),
  );

  it('builds a range for every affected entry of npm, crates.io and Go records', () => {
    const mine = supported.filter((s) => ['npm', 'cargo', 'golang'].includes(s.ecosystem.type));
    // PROVENANCE.md: 19 npm + 300 crates.io + 385 Go files; multi-package records add entries.
    expect(mine.length).toBeGreaterThanOrEqual(19 + 300 + 385);
    const failures = mine.flatMap((s) => {
      const r = osvRange(s.ecosystem, s.affected, `${s.file}/affected/${s.i}`);
      return r.ok ? [] : [r.error];
    });
    expect(failures.join("\n")).toBe("");
  });

  it('reads known records as written', () => {
    const find = (file: string, name: string) => {
      const entry = supported.find((s) => s.file === file && s.affected.package.name === name);
      if (!entry) throw new Error(`${file} ${name} not found`);
      const r = osvRange(entry.ecosystem, entry.affected);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    const request = find('npm/GHSA-p8p7-x288-28g6.json', 'request');
    expect([request.contains('2.88.2'), request.contains('2.88.3')]).toEqual([true, false]);
    const express = find('npm/GHSA-qw6h-vgh9-j6wx.json', 'express');
    expect([express.contains('4.19.2'), express.contains('4.20.0')]).toEqual([true, false]);
    const base64 = find('crates.io/RUSTSEC-2017-0004.json', 'base64');
    expect([base64.contains('0.5.1'), base64.contains('0.5.2'), base64.contains('0.0.1-alpha')]).toEqual([true, false, true]);
    const yaml = supported.find((s) => s.affected.package.name === 'gopkg.in/yaml.v2' && JSON.stringify(s.affected.ranges).includes('"2.2.4"'));
    expect(yaml).toBeDefined();
    const yamlRange = osvRange(yaml!.ecosystem, yaml!.affected);
    expect(yamlRange.ok && [yamlRange.value.contains('v2.2.3'), yamlRange.value.contains('v2.2.4')]).toEqual([true, false]);
  });

  it('contains exactly the listed versions, where a record lists them (osv.dev-served and PyPA records)', () => {
    // Ground truth (PROVENANCE.md): the `versions` list osv.dev computed from the same events. Every listed version
    // must be inside the events; and every version listed for the same package by any record must be inside this
    // record's events exactly when this record lists it. Ecosystems whose semantics are not implemented are skipped.
    const withLists = supported.filter((s) => (s.affected.versions ?? []).length > 0 && (s.affected.ranges ?? []).some((r) => r.type !== 'GIT'));
    const known = new Map<string, Set<string>>();
    for (const s of withLists) {
      const key = `${s.ecosystem.type} ${s.affected.package.name}`;
      const set = known.get(key) ?? new Set<string>();
      for (const v of s.affected.versions ?? []) set.add(v);
      known.set(key, set);
    }
    const wrong: string[] = [];
    for (const s of withLists) {
      const events = osvRange(s.ecosystem, { ranges: s.affected.ranges });
      if (!events.ok) {
        wrong.push(`${s.file}: ${events.error}`);
        continue;
      }
      const listed = new Set(s.affected.versions);
      const { parse, compare } = s.ecosystem.versioning;
      const parsedListed = [...listed].flatMap((v) => {
        const p = parse(v);
        return p.ok ? [p.value] : [];
      });
      const highest = parsedListed.reduce((a, b) => (compare(a, b) >= 0 ? a : b));
      for (const v of known.get(`${s.ecosystem.type} ${s.affected.package.name}`) ?? []) {
        // Listed versions the ecosystem itself rejects (PyPI's pre-PEP 440 "0.1-bulbasaur") cannot meet events.
        const p = parse(v);
        if (!p.ok) continue;
        // A list is a snapshot (PROVENANCE.md): releases above its highest entry may postdate it.
        if (!listed.has(v) && compare(p.value, highest) > 0) continue;
        if (events.value.contains(v) !== listed.has(v)) wrong.push(`${s.file} ${s.affected.package.name} ${v}: listed ${listed.has(v)}`);
      }
    }
    // Where the data disagrees with itself, checked by hand; any other disagreement fails.
    const explained: Record<string, string> = {
      // 5.7.14, 5.7.15 (and 1.8.3) are backport releases published after the list was taken.
      'PyPI/PYSEC-2020-215.json notebook': 'snapshot',
      'PyPI/PYSEC-2022-180.json notebook': 'snapshot',
      'PyPI/PYSEC-2022-159.json scrapy': 'snapshot',
      // Overlapping intervals (introduced 0 .. fixed 2.11.6 inside introduced 2.11 .. fixed 2.11.7): the schema's
      // evaluation (events sorted, the last one at or below decides) leaves 2.11.6 out; osv.dev listed it.
      'PyPI/PYSEC-2021-114.json wagtail': 'overlapping intervals',
      // Lists pre-releases below the first `introduced` (3.2a1 < 3.2; 9.0.0.M1 < 9.0.0-M11): list and events come from
      // different revisions of the record.
      'PyPI/PYSEC-2023-61.json django': 'list below introduced',
      'Maven/GHSA-f4qf-m5gf-8jm8.json org.apache.tomcat:tomcat-coyote': 'list below introduced',
    };
    const unexplained = wrong.filter((w) => !Object.keys(explained).some((k) => w.startsWith(`${k} `)));
    expect(unexplained.slice(0, 20).join('\n')).toBe('');
  });
});
