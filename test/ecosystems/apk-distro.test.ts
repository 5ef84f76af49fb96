import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apkToolsOfDistro } from '../../src/ecosystems/apk/distro.js';
import { purlSemantics } from '../../src/ecosystems/shared/purl-semantics.js';
import type { Versioning } from '../../src/ecosystems/types.js';
import { diffSets } from '../../src/checks/diff.js';
import { dependencyPolicy } from '../../src/checks/dependency-policy.js';
import { configOf } from '../checks/support.js';
import { AffectedRanges } from '../../src/metadata/match/affected.js';
import { dep, set } from '../checks/dependency-sets.js';
import { repoPath } from './support.js';

// The answers of apk-tools itself, built from source at v2.14.10 and v3.0.6 (scripts/reference/apk/generate.sh).
type Relation = '<' | '=' | '>' | '!';
const rows = <T>(tag: string, file: string): T[] =>
  readFileSync(repoPath(`fixtures/ecosystems/apk/${tag}/${file}`), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
const valid2 = new Map(rows<[string, boolean]>('v2.14.10', 'valid.jsonl'));
const valid3 = new Map(rows<[string, boolean]>('v3.0.6', 'valid.jsonl'));
const compare2 = new Map(rows<[string, string, Relation]>('v2.14.10', 'compare.jsonl').map(([a, b, r]) => [`${a}\u0000${b}`, r]));
const satisfies2 = new Map(rows<[string, string, string, boolean]>('v2.14.10', 'satisfies.jsonl').map(([v, op, b, r]) => [`${v}\u0000${op}\u0000${b}`, r]));

/** Pairs both builds order and order differently: [a, b, 2.14's answer, 3's answer]. */
const differing = rows<[string, string, Relation]>('v3.0.6', 'compare.jsonl')
  .map(([a, b, r3]) => [a, b, compare2.get(`${a}\u0000${b}`), r3] as const)
  .filter(([, , r2, r3]) => r2 !== undefined && r2 !== '!' && r3 !== '!' && r2 !== r3);
/** Dependency checks both answer differently: [version, op, bound, 2.14's answer, 3's answer]. */
const differingChecks = rows<[string, string, string, boolean]>('v3.0.6', 'satisfies.jsonl')
  .map(([v, op, b, r3]) => [v, op, b, satisfies2.get(`${v}\u0000${op}\u0000${b}`), r3] as const)
  .filter(([, , , r2, r3]) => r2 !== undefined && r2 !== r3);

const RELATION = { '-1': '<', '0': '=', '1': '>' } as const;
function order(versioning: Versioning<unknown>, a: string, b: string): Relation | 'unparsed' {
  const x = versioning.parse(a);
  const y = versioning.parse(b);
  return x.ok && y.ok ? RELATION[String(versioning.compare(x.value, y.value)) as '0'] : 'unparsed';
}
const versioningOf = (purl: string): Versioning<unknown> => {
  const semantics = purlSemantics('apk', purl);
  if (!semantics) throw new Error('no apk semantics');
  return semantics.ecosystem.versioning;
};
const alpine = (release: string): string => `pkg:apk/alpine/musl@1.2.5-r0?distro=${encodeURIComponent(release)}`;

describe('the distro qualifier chooses the apk-tools generation', () => {
  it.each([
    ['alpine-3.23', 3], ['alpine-3.23.0', 3], ['3.23.0', 3], ['alpine:v3.24', 3], ['Alpine 3.30.1', 3], ['alpine-edge', 3], ['edge', 3], ['4.0', 3],
    ['alpine-3.22.2', 2], ['3.18.4', 2], ['v3.9', 2], ['alpine-3.2', 2],
    ['wolfi-20230201', null], ['postmarketos-v24.06', null], ['alpine', null], ['', null],
  ] as const)('%s -> %s', (distro, tools) => {
    expect(apkToolsOfDistro(distro)).toBe(tools);
  });

  it('only under the alpine namespace; without a distro, the type’s own semantics', () => {
    expect(purlSemantics('apk', alpine('alpine-3.23'))?.key).toBe('apk+apk-tools 3');
    expect(purlSemantics('apk', 'pkg:apk/alpine/musl@1.2.5-r0?distro=3.23.0')?.key).toBe('apk+apk-tools 3');
    expect(purlSemantics('apk', 'pkg:apk/postmarketos/musl@1.2.5-r0?distro=3.23.0')?.key).toBe('apk');
    expect(purlSemantics('apk', 'pkg:apk/alpine/musl@1.2.5-r0')?.key).toBe('apk');
    expect(purlSemantics('apk', alpine('alpine-3.22'))?.key).toBe('apk');
    expect(purlSemantics('apk', 'not a purl')?.key).toBe('apk');
    expect(purlSemantics('npm', 'pkg:npm/a@1?distro=alpine-3.23')?.key).toBe('npm');
  });
});

describe('pairs apk-tools 2.14.10 and 3.0.6 order differently (reference builds)', () => {
  it('the references disagree on real and hand-written pairs', () => {
    expect(differing.length).toBeGreaterThan(100);
    expect(differingChecks.length).toBeGreaterThan(300);
  });

  it.each([['alpine-3.23'], ['3.23.0'], ['alpine-edge']])('distro=%s orders every one as apk-tools 3', (release) => {
    const versioning = versioningOf(alpine(release));
    expect(differing.filter(([a, b, , r3]) => order(versioning, a, b) !== r3)).toEqual([]);
  });

  it('distro=alpine-3.22 orders as apk-tools 2.14 every one whose versions 2.14 accepts', () => {
    const versioning = versioningOf(alpine('alpine-3.22'));
    const both = differing.filter(([a, b]) => valid2.get(a) && valid2.get(b));
    expect(both.length).toBeGreaterThan(5);
    expect(both.filter(([a, b, r2]) => order(versioning, a, b) !== r2)).toEqual([]);
  });

  it('distro=alpine-3.23 answers each dependency check as apk-tools 3 (on versions 3 validates)', () => {
    const versioning = versioningOf(alpine('alpine-3.23'));
    const asked = differingChecks.filter(([v, , b]) => valid3.get(v) && valid3.get(b) !== false);
    expect(asked.length).toBeGreaterThan(20);
    const answered = asked.filter(([v, op, b, , r3]) => {
      const version = versioning.parse(v);
      const range = versioning.parseRange(`${op}${b}`, 'native');
      return version.ok && range.ok && range.value.contains(version.value) !== r3;
    });
    expect(answered).toEqual([]);
  });
});

describe('where versions are compared for a purl', () => {
  // apk-tools 2.14: 1.002 < 1.0.2; apk-tools 3 compares the leading-zero part as text: 1.002 > 1.0.2.
  const pair = differing.find(([a, b]) => a === '1.002' && b === '1.0.2');

  it('advisory matching: a package of Alpine 3.23 is matched with apk-tools 3', () => {
    expect(pair).toEqual(['1.002', '1.0.2', '<', '>']);
    const ranges = new AffectedRanges();
    const range = { kind: 'pmdb', text: '<1.0.2' } as const;
    const test = (release: string): boolean => {
      const t = ranges.testText('apk', range, `pkg:apk/alpine/pkg@1.002?distro=${release}`);
      if (!t.ok) throw new Error(t.error);
      return t.value('1.002');
    };
    expect(test('alpine-3.22')).toBe(true);
    expect(test('alpine-3.23')).toBe(false);
    // cached apart: asking again in the other order gives the same answers
    expect(test('alpine-3.22')).toBe(true);
    expect(ranges.remediation('apk', ['1.0.2', '1.002'], '1.0.1', 'pkg:apk/alpine/pkg@1.0.1?distro=alpine-3.23').sorted).toEqual(['1.0.2', '1.002']);
    expect(ranges.remediation('apk', ['1.0.2', '1.002'], '1.0.1', 'pkg:apk/alpine/pkg@1.0.1?distro=alpine-3.22').sorted).toEqual(['1.002', '1.0.2']);
  });

  it('diff direction: the head’s distribution decides', () => {
    const apkDep = (version: string, release: string) => dep('apk', 'alpine/pkg', version, { namespace: 'alpine', purl: `pkg:apk/alpine/pkg@${version}?distro=${release}` });
    const direction = (release: string) =>
      diffSets('main', [set('sbom.json', [apkDep('1.0.2', release)])], [set('sbom.json', [apkDep('1.002', release)])]).files[0]?.changed.map((c) => c.direction);
    expect(direction('alpine-3.22')).toEqual(['downgrade']);
    expect(direction('alpine-3.23')).toEqual(['upgrade']);
  });

  it('dependencies.deny ranges: the dependency’s distribution decides', () => {
    const config = configOf('dependencies:\n  deny:\n    - purl: pkg:apk/alpine/pkg\n      range: "<1.0.2"\n');
    const denied = (release: string) =>
      dependencyPolicy({
        sets: [set('sbom.json', [dep('apk', 'alpine/pkg', '1.002', { namespace: 'alpine', purl: `pkg:apk/alpine/pkg@1.002?distro=${release}` })])],
        config,
        reported: [],
        previous: null,
        now: new Date(),
      }).length;
    expect(denied('alpine-3.22')).toBe(1);
    expect(denied('alpine-3.23')).toBe(0);
  });
});
