import type { DependencyGraph } from './relationships.js';
import { forEachEdge, type Adjacency } from './adjacency.js';

/** Per node: 0 not reached (unknown), 1 not optional, 2 optional. */
export type OptionalFlags = Uint8Array;

/**
 * Optional, from the kinds of the edges on the paths from the starting points, the way npm's arborist sets its
 * flags (calc-dep-flags.js) and npm's CycloneDX turns them into scope "optional" (`optional || devOptional`):
 * - reached without any development edge (used at run time): optional when every such path has an
 *   OPTIONAL_DEPENDENCY_OF edge (npm `optional`, or `devOptional`: optional at run time, needed for development);
 * - reached only through development edges: optional when every path has an optional edge (npm dev + optional).
 * Three linear walks over edge subsets; iterative, so a deep graph cannot overflow the stack.
 */
export function optionalFlags(graph: DependencyGraph, adjacency: Adjacency, starts: readonly number[]): OptionalFlags {
  const n = graph.ids.length;
  const reach = (skip: (edge: number) => boolean): Uint8Array => {
    const seen = new Uint8Array(n);
    const stack = [...starts];
    for (const s of starts) seen[s] = 1;
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      forEachEdge(adjacency, node, (k) => {
        const target = graph.to[k] as number;
        if (seen[target] || skip(k)) return;
        seen[target] = 1;
        stack.push(target);
      });
    }
    return seen;
  };
  const all = reach(() => false);
  const withoutDevelopment = reach((k) => graph.development[k] === true);
  const withoutOptional = reach((k) => graph.optional[k] === true);
  const plain = reach((k) => graph.development[k] === true || graph.optional[k] === true);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!all[i]) continue;
    const optional = withoutDevelopment[i] ? !plain[i] : !withoutOptional[i];
    flags[i] = optional ? 2 : 1;
  }
  return flags;
}
