import { describe, expect, it } from 'vitest';
import { diffSets } from '../../src/checks/diff.js';
import type { Dependency } from '../../src/model/dependency.js';
import { dep, set } from './dependency-sets.js';

describe('diffSets', () => {
  it('reports added, removed, upgraded and downgraded per file, in the ecosystem order', () => {
    const base = [set('package-lock.json', [dep('npm', 'a', '1.9.0'), dep('npm', 'b', '2.0.0'), dep('npm', 'gone', '1.0.0'), dep('npm', 'same', '1.0.0')])];
    const head = [
      set('package-lock.json', [
        // 1.10.0 > 1.9.0 in semver, though not as text
        dep('npm', 'a', '1.10.0'),
        dep('npm', 'b', '2.0.0-rc.1'),
        dep('npm', 'new', '0.1.0', { introduced: true }),
        dep('npm', 'same', '1.0.0'),
      ]),
    ];
    const diff = diffSets('main', base, head);
    expect(diff.summary).toEqual({ added: 1, removed: 1, upgraded: 1, downgraded: 1, changed: 0 });
    const [file] = diff.files;
    expect(file?.changed.map((c) => `${c.name} ${c.from} -> ${c.to} ${c.direction}`)).toEqual(['a 1.9.0 -> 1.10.0 upgrade', 'b 2.0.0 -> 2.0.0-rc.1 downgrade']);
    expect(file?.added.map((d) => d.name)).toEqual(['new']);
    expect(file?.removed.map((d) => d.name)).toEqual(['gone']);
  });

  it('matches packages by canonical name: PyPI Django_Rest is django-rest', () => {
    const base = [set('requirements.txt', [dep('pypi', 'Django_Rest', '1.0')])];
    const head = [set('requirements.txt', [dep('pypi', 'django-rest', '1.1')])];
    const diff = diffSets('main', base, head);
    expect(diff.summary).toEqual({ added: 0, removed: 0, upgraded: 1, downgraded: 0, changed: 0 });
  });

  it('pairs several versions of one package highest with highest and keeps the shared ones unchanged', () => {
    const base = [set('f', [dep('npm', 'lodash', '3.10.1'), dep('npm', 'lodash', '4.17.20')])];
    const head = [set('f', [dep('npm', 'lodash', '3.10.1'), dep('npm', 'lodash', '4.17.21'), dep('npm', 'lodash', '2.4.2')])];
    const [file] = diffSets('main', base, head).files;
    expect(file?.changed.map((c) => `${c.from} -> ${c.to}`)).toEqual(['4.17.20 -> 4.17.21']);
    expect(file?.added.map((d) => d.version)).toEqual(['2.4.2']);
  });

  it('counts a version as shared when only its qualifiers differ, as when the package is matched by name', () => {
    // lib 1.0 is on both sides (once more with a classifier before), so only 2.0 -> 3.0 changed.
    const sources = { purl: 'pkg:maven/org.x/lib@1.0?classifier=sources' };
    const base = [set('pom.xml', [dep('maven', 'org.x/lib', '1.0'), dep('maven', 'org.x/lib', '1.0', sources), dep('maven', 'org.x/lib', '2.0')])];
    const head = [set('pom.xml', [dep('maven', 'org.x/lib', '1.0'), dep('maven', 'org.x/lib', '3.0')])];
    const diff = diffSets('main', base, head);
    expect(diff.summary).toEqual({ added: 0, removed: 0, upgraded: 1, downgraded: 0, changed: 0 });
    expect(diff.files[0]?.changed.map((c) => `${c.from} -> ${c.to}`)).toEqual(['2.0 -> 3.0']);
  });

  it('gives the same diff whatever order the dependencies come in', () => {
    const names = Array.from({ length: 40 }, (_, i) => `p${i}`);
    const before = names.map((n, i) => dep('npm', n, i % 5 === 0 ? '1.0.0' : '2.0.0'));
    const after = names.filter((_, i) => i % 7 !== 3).map((n, i) => dep('npm', n, i % 4 === 0 ? '1.1.0' : '2.0.0'));
    const byPurl = (list: Dependency[]) => [...list].sort((a, b) => (a.purl < b.purl ? -1 : 1));
    const sorted = diffSets('main', [set('f', byPurl(before))], [set('f', byPurl(after))]);
    expect(sorted.summary.upgraded + sorted.summary.downgraded + sorted.summary.removed).toBeGreaterThan(10);
    expect(diffSets('main', [set('f', [...before].reverse())], [set('f', after)])).toEqual(sorted);
    expect(diffSets('main', [set('f', byPurl(before))], [set('f', [...after].reverse())])).toEqual(sorted);
  });

  it('shows the path that brings a new transient dependency in', () => {
    const head = [
      set(
        'f',
        [dep('npm', 'express', '4.0.0', { introduced: true }), dep('npm', 'body-parser', '1.0.0', { introduced: false }), dep('npm', 'qs', '6.0.0', { introduced: false })],
        [
          ['pkg:npm/express@4.0.0', 'pkg:npm/body-parser@1.0.0'],
          ['pkg:npm/body-parser@1.0.0', 'pkg:npm/qs@6.0.0'],
        ],
      ),
    ];
    const [file] = diffSets('main', [set('f', [dep('npm', 'express', '4.0.0', { introduced: true })])], head).files;
    expect(file?.added.map((d) => [d.name, d.via])).toEqual([
      ['body-parser', ['express']],
      ['qs', ['express', 'body-parser']],
    ]);
  });

  it('treats files only on one side as wholly added or removed', () => {
    const same = set('same.lock', [dep('npm', 'z', '1.0.0')]);
    const diff = diffSets('main', [set('old.lock', [dep('npm', 'x', '1.0.0')]), same], [set('new.lock', [dep('npm', 'y', '1.0.0')]), same]);
    expect(diff.files.map((f) => [f.file, f.added.length, f.removed.length])).toEqual([
      ['new.lock', 1, 0],
      ['old.lock', 0, 1],
    ]);
  });

  it('pairs one base set with one head set whatever their paths (scan new.cdx.json --base old.cdx.json)', () => {
    const diff = diffSets('the base reports', [set('old.cdx.json', [dep('npm', 'x', '1.0.0'), dep('npm', 'z', '1.0.0')])], [set('new.cdx.json', [dep('npm', 'x', '1.1.0'), dep('npm', 'z', '1.0.0')])]);
    expect(diff.files.map((f) => [f.file, f.added.length, f.removed.length, f.changed.map((c) => `${c.name} ${c.from} -> ${c.to}`)])).toEqual([
      ['new.cdx.json', 0, 0, ['x 1.0.0 -> 1.1.0']],
    ]);
  });

  it('says the target was never scanned instead of reporting everything as added', () => {
    const diff = diffSets('main', null, [set('f', [dep('npm', 'x', '1.0.0')])]);
    expect(diff).toMatchObject({ targetKnown: false, files: [], summary: { added: 0 } });
  });
});
