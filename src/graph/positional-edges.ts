import type { DependencyGraph, GraphPositions } from '../model/dependency-set.js';

/**
 * The edges of a set as buildSet made them, as positions in its dependency list (compressed rows, distinct
 * targets, no self-edges; DependencyGraph.positions). Whole-graph work (introduced-by.ts) and the stored form
 * (edge-codec.ts) use them so that they need not look 150,000 edge ends up by purl: on the 50,000-node bench
 * graph those lookups were most of the time. A graph made elsewhere (read back from a store, built by a test)
 * has none; callers fall back. buildSet numbers the dependencies in compareStrings order of their purls, so a
 * purl is found by binary search.
 */
export type PositionalEdges = GraphPositions;

/**
 * The positions of this graph when buildSet made them and they still number exactly these purls, in this order
 * (a set merged or reshaped since is numbered otherwise): `purlAt(i)` for i below `count`.
 */
export function positionsOf(graph: DependencyGraph | undefined, count: number, purlAt: (i: number) => string): PositionalEdges | null {
  const found = graph?.positions;
  if (!found || found.purls.length !== count) return null;
  for (let i = 0; i < count; i++) if (purlAt(i) !== found.purls[i]) return null;
  return found;
}
