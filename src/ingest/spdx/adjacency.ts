import type { DependencyGraph } from './relationships.js';

/** A document's relationships as out-edges per node (compressed rows): each node's edges are listed in one step. */
export interface Adjacency {
  /** Edges of node i are `order[offsets[i]] .. order[offsets[i + 1] - 1]` (indices into the graph's edge lists). */
  readonly offsets: Int32Array;
  readonly order: Int32Array;
}

export function compress(graph: DependencyGraph): Adjacency {
  const offsets = new Int32Array(graph.ids.length + 1);
  for (const f of graph.from) offsets[f + 1]! += 1;
  for (let i = 0; i < graph.ids.length; i++) offsets[i + 1]! += offsets[i] as number;
  const fill = offsets.slice(0, graph.ids.length);
  const order = new Int32Array(graph.from.length);
  graph.from.forEach((f, k) => (order[fill[f]!++] = k));
  return { offsets, order };
}

export function forEachEdge(adjacency: Adjacency, node: number, visit: (edge: number) => void): void {
  for (let j = adjacency.offsets[node] as number; j < (adjacency.offsets[node + 1] as number); j++) visit(adjacency.order[j] as number);
}
