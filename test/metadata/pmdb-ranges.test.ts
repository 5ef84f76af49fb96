import { describe, expect, it } from 'vitest';
import { AffectedRanges } from '../../src/metadata/match/affected.js';
import type { AffectedPackage } from '../../src/metadata/records/types.js';

const pkg = (type: string, range: string): AffectedPackage => ({
  type, name: 'p', versions: { kind: 'pmdb', range }, fixedVersions: [], solution: null, distro: null, severity: null, overrides: null,
});

// The affected_range syntax of DESIGN.md 8.1 per type; expectations from each ecosystem's own ordering rules.
describe('PMDB affected_range per type', () => {
  const ranges = new AffectedRanges();
  it.each([
    ['maven', '[2.0,2.3.1],[2.4.0,2.12.2),[2.13.0,2.17.1)', [['2.3.1', true], ['2.3.2', false], ['2.12.1', true], ['2.12.2', false], ['2.17.0', true], ['2.17.1', false], ['1.9', false]]],
    ['maven', '(,0.7.0]', [['0.7.0', true], ['0.7', true], ['0.8', false]]],
    ['nuget', '[1.0.0,2.0.0)', [['1.0.0', true], ['1.5.0-beta', true], ['2.0.0', false]]],
    ['npm', '>=1.0.0 <1.2.3 || >=2.0.0 && <2.0.5', [['1.2.2', true], ['1.2.3', false], ['2.0.4', true], ['2.0.5', false]]],
    ['npm', '<  2.0.5', [['2.0.4', true], ['2.0.5', false]]],
    ['cargo', '<0.5.2', [['0.5.1', true], ['0.5.2', false]]],
    ['pypi', '>=2.0,<2.4.5||<1.9.1', [['2.4.4', true], ['2.4.5', false], ['1.9.0', true], ['1.9.1', false], ['2.0rc1', false]]],
    ['composer', '<1.9.1||>=2.0.0,<2.4.5', [['1.9.0', true], ['v1.9.0', true], ['1.9.1', false], ['2.4.4', true]]],
    ['gem', '< 6.0.4.2 || >= 6.1.0, < 6.1.4.2', [['6.0.4.1', true], ['6.0.4.2', false], ['6.1.4.1', true]]],
    ['golang', '<v1.2.3||>=v2.0.0 <v2.1.0', [['v1.2.2', true], ['v1.2.3', false], ['v2.0.9', true]]],
    ['deb', '<1.0.1t-1+deb8u6', [['1.0.1t-1+deb8u5', true], ['1.0.1t-1+deb8u6', false], ['1:0.1', false]]],
    ['rpm', '<1.1.1k-7.el8', [['1.1.1k-6.el8', true], ['1.1.1k-7.el8', false]]],
    ['apk', '<3.0.8-r0', [['3.0.7-r3', true], ['3.0.8-r0', false]]],
    ['npm', '1.4.0', [['1.4.0', true], ['1.4.1', false]]],
  ] as const)('%s %s', (type, range, cases) => {
    const test = ranges.test(pkg(type, range));
    if (!test.ok) throw new Error(test.error);
    expect(cases.map(([v]) => [v, test.value(v)])).toEqual(cases.map(([v, affected]) => [v, affected]));
  });

  it('a range that does not parse is an error naming it, never a match', () => {
    const test = ranges.test(pkg('maven', '[1.0,'));
    expect(test.ok).toBe(false);
  });
});
