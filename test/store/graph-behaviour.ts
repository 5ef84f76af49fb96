/**
 * The graphs every store keeps with its sets (issue 15), called from behaviour.ts so SQLite and Elasticsearch are
 * held to the same answers: `why` from the index equals `why` from the file, edges follow a re-scan, a set written
 * without edges says so. Data: a real CycloneDX file of the repo's fixtures, and small sets written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { explainWhy } from '../../src/graph/why.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { renderWhyText } from '../../src/report/why-text.js';
import { readInputs } from '../../src/run/scan.js';
import { withIntroducedBy } from '../../src/store/introduced-by.js';
import type { SetToWrite, Store } from '../../src/store/store.js';
import { dep, scan, set } from './behaviour.js';

const fixtures = new URL('../../fixtures/cli/', import.meta.url).pathname;
const T1 = '2026-11-01T08:00:00.000Z';
const T2 = '2026-11-10T08:00:00.000Z';

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** "a@1 -> b@2" per edge, sorted (STYLE.md: graphs as edge strings). */
function edgeLines(s: DependencySet): string[] {
  const label = (purl: string): string => purl.replace(/^pkg:[a-z]+\//, '');
  return [...s.graph.edges].flatMap(([from, targets]) => targets.map((to) => `${label(from)} -> ${label(to)}`)).sort();
}

const a = dep({ type: 'npm', name: 'a', version: '1.0.0' });
const b = dep({ type: 'npm', name: 'b', version: '1.0.0', introduced: false });
const c = dep({ type: 'npm', name: 'c', version: '1.0.0', introduced: false });
const z = dep({ type: 'npm', name: 'z', version: '1.0.0' });
const withEdges = (edges: [string, string[]][], dependencies = [a, b, c, z]): SetToWrite => ({
  ...set('package-lock.json', dependencies),
  graph: { edges: new Map(edges) },
});

export function describeGraphs(current: () => Store): void {
  describe('graphs', () => {
    it('answers why from the index exactly as from the file it was scanned from', async () => {
      const store = current();
      const read = await readInputs({ patterns: ['web-app.cdx.json'], cwd: fixtures, maxInputBytes: 10_000_000 });
      expect(read.errors).toEqual([]);
      await must(store.writeScan(scan('g/web', 'main', T1, 'c1'), read.sets));
      const loaded = await must(store.loadGraphs('g/web', 'main'));
      expect(loaded.map(edgeLines)).toEqual(read.sets.map(edgeLines));
      for (const query of ['qs', 'pkg:npm/jest', 'body-parser', 'left-pad']) {
        expect(explainWhy(loaded, query, 10).map(renderWhyText)).toEqual(explainWhy(read.sets, query, 10).map(renderWhyText));
      }
      // Written out by hand from the file (as test/cli/scan.test.ts checks the same question on the file).
      expect(explainWhy(loaded, 'qs', 10).map(renderWhyText).join('')).toBe(
        'qs@6.11.0 in web-app.cdx.json (transitive, runtime)\n  express@4.18.2 > qs@6.11.0\n  express@4.18.2 > body-parser@1.20.1 > qs@6.11.0\n',
      );
    });

    it('replaces the edges with the set, also when only the edges changed', async () => {
      const store = current();
      await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [withEdges([[a.purl, [b.purl]], [b.purl, [c.purl]]])]));
      const [first] = await must(store.loadGraphs('g/p', 'main'));
      expect(edgeLines(first!)).toEqual(['a@1.0.0 -> b@1.0.0', 'b@1.0.0 -> c@1.0.0']);
      // The same context and dependencies: only the edges tell this write from the first.
      await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [withEdges([[z.purl, [c.purl, b.purl]]])]));
      const [second] = await must(store.loadGraphs('g/p', 'main'));
      expect(edgeLines(second!)).toEqual(['z@1.0.0 -> b@1.0.0', 'z@1.0.0 -> c@1.0.0']);
      // Edges to what is not in the set, and self-edges, cannot be stored.
      await must(store.writeScan(scan('g/p', 'main', T2, 'c3'), [withEdges([[a.purl, [a.purl, 'pkg:npm/gone@1.0.0', c.purl]], ['pkg:npm/gone@1.0.0', [b.purl]]])]));
      const [third] = await must(store.loadGraphs('g/p', 'main'));
      expect(edgeLines(third!)).toEqual(['a@1.0.0 -> c@1.0.0']);
      expect(third!.dependencies.map((d) => d.name)).toEqual(['a', 'b', 'c', 'z']);
    });

    it('keeps edges between purls that code units and UTF-8 bytes sort differently', async () => {
      const store = current();
      const raw = (purl: string, introduced: boolean) => ({ ...a, purl, name: purl.slice(12, -2), introduced });
      // U+FF21 sorts after a surrogate pair in code units, before it in UTF-8 bytes (SQLite's and Lucene's order).
      const wide = raw('pkg:generic/\uFF21@1', true);
      const astral = raw('pkg:generic/\u{1F600}@1', false);
      const plain = raw('pkg:generic/b@1', false);
      await must(store.writeScan(scan('g/u', 'main', T1, 'c1'), [{ ...set('x.json', [wide, astral, plain]), graph: { edges: new Map([[wide.purl, [astral.purl]], [astral.purl, [plain.purl]]]) } }]));
      const [loaded] = await must(store.loadGraphs('g/u', 'main'));
      expect(edgeLines(loaded!)).toEqual(['\u{1F600}@1 -> b@1', '\uFF21@1 -> \u{1F600}@1']);
    });

    it('keeps one file with --file, and answers nothing for a ref never scanned', async () => {
      const store = current();
      await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [withEdges([[a.purl, [b.purl]]]), set('other.lock', [z])]));
      expect((await must(store.loadGraphs('g/p', 'main'))).map((s) => s.file)).toEqual(['other.lock', 'package-lock.json']);
      expect((await must(store.loadGraphs('g/p', 'main', 'other.lock'))).map((s) => [s.file, s.graph.edges.size])).toEqual([['other.lock', 0]]);
      expect(await must(store.loadGraphs('g/p', 'nope'))).toEqual([]);
      expect(await must(store.loadGraphs('g/p', 'main', 'nope.lock'))).toEqual([]);
    });

    it('loads one set with its graph and the time of its scan, and null for a set it does not hold', async () => {
      const store = current();
      const optional = dep({ type: 'npm', name: 'o', version: '1.0.0', introduced: false, optional: true });
      await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [withEdges([[a.purl, [b.purl]], [b.purl, [optional.purl]]], [z, optional, c, b, a]), set('other.lock', [z])]));
      // A partial write of the other file later: each set keeps the time of its own scan.
      await must(store.writeScan(scan('g/p', 'main', T2, 'c2'), [set('other.lock', [a])]));
      const one = await must(store.loadSet('g/p', 'main', 'package-lock.json'));
      expect(one?.scannedAt).toBe(T1);
      expect(one && edgeLines(one)).toEqual(['a@1.0.0 -> b@1.0.0', 'b@1.0.0 -> o@1.0.0']);
      // Sorted by purl, each as written (the optional flag too).
      expect(one?.dependencies).toEqual([a, b, c, optional, z]);
      const { scannedAt: _at, ...asGraph } = one!;
      expect([asGraph]).toEqual(await must(store.loadGraphs('g/p', 'main', 'package-lock.json')));
      const other = await must(store.loadSet('g/p', 'main', 'other.lock'));
      expect([other?.scannedAt, other?.dependencies.map((d) => d.name), other?.graph.edges.size]).toEqual([T2, ['a'], 0]);
      expect(await must(store.loadSet('g/p', 'main', 'nope.lock'))).toBeNull();
      expect(await must(store.loadSet('g/p', 'nope', 'package-lock.json'))).toBeNull();
    });

    it('says which introduced dependencies bring a hit in, null where its set has no edges', async () => {
      const store = current();
      await must(store.writeScan(scan('g/p', 'main', T1, 'c1'), [
        withEdges([[a.purl, [b.purl]], [b.purl, [c.purl]], [z.purl, [c.purl]]]),
        set('flat.lock', [a, c]),
      ]));
      const found = await must(store.search({ name: 'c', limit: 50, offset: 0 }));
      const answered = await must(withIntroducedBy(store, found));
      expect(answered.hits.map((h) => [h.file, h.introducedBy])).toEqual([
        ['flat.lock', null],
        ['package-lock.json', [a.purl, z.purl]],
      ]);
      const direct = await must(withIntroducedBy(store, await must(store.search({ name: 'a', limit: 50, offset: 0 }))));
      expect(direct.hits.map((h) => h.introducedBy)).toEqual([[a.purl], [a.purl]]);
    });
  });
}
