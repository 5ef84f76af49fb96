import type { ParsedWalk } from '../parser.js';
import type { Relationships } from './relationships.js';
import { compress, forEachEdge, type Adjacency } from './adjacency.js';
import { optionalFlags, type OptionalFlags } from './optional.js';

export interface Flags {
  /** Per node: what a described package depends on; null when no described package has a dependency edge. */
  readonly direct: Uint8Array | null;
  /**
   * The development walk for the graph stage (graph/walk.ts); null when the document has no development or
   * optional edge: a generator that writes only plain DEPENDS_ON / DEPENDENCY_OF does not tell the kinds apart.
   */
  readonly walk: ParsedWalk | null;
  /** optional.ts, under the same condition as `walk`. */
  readonly optional: OptionalFlags | null;
  /** Out-edges per node (compressed rows), also used to list the edges once. */
  readonly adjacency: Adjacency;
}

/**
 * Direct: what the described package(s) depend on. Development, worked out by the graph stage from the walk:
 * reachable from the starting points only through at least one development edge (DEV/TEST/BUILD_DEPENDENCY_OF);
 * reachable through run-time edges alone is production; not reached, unknown. The starting points are the
 * described packages, or, when none has edges, every node that nothing depends on. Linear in the number of edges.
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
  if (!graph.development.includes(true) && !graph.optional.includes(true)) return { direct, walk: null, optional: null, adjacency };

  let starts = roots;
  if (starts.length === 0) {
    const hasIncoming = new Uint8Array(n);
    for (const t of graph.to) hasIncoming[t] = 1;
    starts = [];
    for (let i = 0; i < n; i++) if (!hasIncoming[i] && hasOut(i)) starts.push(i);
  }
  // The graph is numbered already: handed over as it is, not as 10^5 [from, to, development] tuples of strings.
  const walk: ParsedWalk = {
    roots: starts.map((i) => [graph.ids[i] as string, false] as const),
    edges: { refs: graph.ids, indexOf: graph.indexOf, from: graph.from, to: graph.to, development: graph.development },
    unreached: null,
  };
  return { direct, walk, optional: optionalFlags(graph, adjacency, starts), adjacency };
}
