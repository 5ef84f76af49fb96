import type { DependencyGraph, Relationships } from './relationships.js';

export interface Flags {
  /** Per node: what a described package depends on; null when no described package has a dependency edge. */
  readonly direct: Uint8Array | null;
  /** Per node: 1 development, 0 production, -1 not reached; null when the document has no development edge. */
  readonly development: Int8Array | null;
  /** Out-edges per node (compressed rows), also used to list the edges once. */
  readonly adjacency: Adjacency;
}

export interface Adjacency {
  /** Edges of node i are `order[offsets[i]] .. order[offsets[i + 1] - 1]` (indices into the graph's edge lists). */
  readonly offsets: Int32Array;
  readonly order: Int32Array;
}

/**
 * Direct: what the described package(s) depend on. Development: reachable from the starting points only
 * through at least one development edge (DEV/TEST/BUILD_DEPENDENCY_OF); reachable through run-time edges
 * alone is production. The starting points are the described packages, or, when none has edges, every
 * node that nothing depends on. Linear in the number of edges.
 */
export function computeFlags(relationships: Relationships): Flags {
  const graph = relationships.graph;
  const n = graph.ids.length;
  const adjacency = compress(graph);
  const hasOut = (i: number): boolean => (adjacency.offsets[i + 1] as number) > (adjacency.offsets[i] as number);

  const roots: number[] = [];
  for (const id of relationships.described) {
    const i = graph.indexOf.get(id);
    if (i !== undefined && hasOut(i)) roots.push(i);
  }
  let direct: Uint8Array | null = null;
  if (roots.length > 0) {
    direct = new Uint8Array(n);
    for (const r of roots) forEachEdge(adjacency, r, (k) => (direct![graph.to[k] as number] = 1));
  }
  if (!graph.development.includes(true)) return { direct, development: null, adjacency };

  let starts = roots;
  if (starts.length === 0) {
    const hasIncoming = new Uint8Array(n);
    for (const t of graph.to) hasIncoming[t] = 1;
    starts = [];
    for (let i = 0; i < n; i++) if (!hasIncoming[i] && hasOut(i)) starts.push(i);
  }
  const production = reach(starts, graph, adjacency, false);
  const any = reach(starts, graph, adjacency, true);
  const development = new Int8Array(n).fill(-1);
  for (let i = 0; i < n; i++) if (any[i]) development[i] = production[i] ? 0 : 1;
  return { direct, development, adjacency };
}

function compress(graph: DependencyGraph): Adjacency {
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

function reach(starts: readonly number[], graph: DependencyGraph, adjacency: Adjacency, throughDevelopment: boolean): Uint8Array {
  const seen = new Uint8Array(graph.ids.length);
  const stack = [...starts];
  for (const s of starts) seen[s] = 1;
  while (stack.length > 0) {
    const node = stack.pop() as number;
    forEachEdge(adjacency, node, (k) => {
      const to = graph.to[k] as number;
      if ((graph.development[k] && !throughDevelopment) || seen[to]) return;
      seen[to] = 1;
      stack.push(to);
    });
  }
  return seen;
}
