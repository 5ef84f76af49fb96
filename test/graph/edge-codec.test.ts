import { describe, expect, it } from 'vitest';
import { decodeGraph, edgeOrder, edgeRows, encodeGraph } from '../../src/graph/edge-codec.js';
import type { DependencyGraph } from '../../src/model/dependency-set.js';
import { readInputs } from '../../src/run/scan.js';

const external = new URL('../../../shared/fixtures/external/', import.meta.url).pathname;
const lines = (graph: DependencyGraph): string[] => [...graph.edges].flatMap(([from, targets]) => targets.map((to) => `${from} -> ${to}`)).sort();

describe('the stored form of a set graph', () => {
  it('gives back the graph of a real lock file, from the graph stage positions or from the edges alone', async () => {
    const read = await readInputs({ patterns: ['create-react-app/package-lock.json'], cwd: external, maxInputBytes: 100_000_000 });
    const set = read.sets[0]!;
    const purls = edgeOrder(set.dependencies.map((d) => d.purl));
    const fast = encodeGraph(purls, set.graph);
    // A spread drops the positions: the same bytes by looking every target up.
    expect(Buffer.compare(fast, encodeGraph(purls, { edges: set.graph.edges }))).toBe(0);
    const back = decodeGraph(fast, purls);
    expect(typeof back).toBe('object');
    expect(lines(back as DependencyGraph)).toEqual(lines(set.graph));
    expect(lines(set.graph).length).toBeGreaterThan(2000);
    // Compact: a few bytes an edge, not two purls.
    expect(fast.length / lines(set.graph).length).toBeLessThan(4);
  });

  it('orders purls in code-unit order whatever order they come in, and leaves out edges it cannot store', () => {
    // U+FF21 sorts after a surrogate pair in code units, before it in UTF-8 bytes (what SQLite sorts by).
    const wide = 'pkg:generic/\uFF21@1';
    const astral = 'pkg:generic/\u{1F600}@1';
    const order = edgeOrder([wide, 'pkg:generic/b@1', astral, 'pkg:generic/b@1']);
    expect(order).toEqual(['pkg:generic/b@1', astral, wide]);
    const graph = { edges: new Map([[wide, [astral, wide, 'pkg:generic/gone@1', 'pkg:generic/b@1']], ['pkg:generic/gone@1', [wide]]]) };
    expect(edgeRows(order, graph)).toEqual([[], [], [0, 1]]);
    expect(lines(decodeGraph(encodeGraph(order, graph), order) as DependencyGraph)).toEqual([`${wide} -> pkg:generic/b@1`, `${wide} -> ${astral}`]);
  });

  it.each([
    ['another format', Uint8Array.of(2, 0)],
    ['cut short', Uint8Array.of(1, 2, 1)],
    ['another set size', Uint8Array.of(1, 3, 0, 0, 0)],
    ['an edge past the set', Uint8Array.of(1, 2, 1, 5, 0)],
    ['a number too long', Uint8Array.of(1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)],
  ])('says what is wrong with bytes of %s, without throwing', (_what, bytes) => {
    expect(typeof decodeGraph(bytes, ['pkg:npm/a@1', 'pkg:npm/b@1'])).toBe('string');
  });
});
