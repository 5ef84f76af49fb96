import type { ParsedEdges, ParsedSet } from '../../src/ingest/parser.js';

/** A parser's edges as [from, to] pairs, in whichever of the two shapes it gave them. */
export function pairsOf(edges: ParsedEdges): (readonly [string, string])[] {
  if (edges instanceof Map) return [...(edges as ReadonlyMap<string, readonly string[]>)].flatMap(([from, targets]) => targets.map((to: string) => [from, to] as const));
  return [...(edges as readonly (readonly [string, string])[])];
}

/**
 * The edges the graph stage keeps (ParsedEdges): both ends listed in the set, not from a ref to itself, each
 * once, in the order first given.
 */
export function keptPairs(set: ParsedSet): (readonly [string, string])[] {
  const refs = new Set(set.dependencies.map((d) => d.ref));
  const seen = new Set<string>();
  return pairsOf(set.edges).filter(([from, to]) => {
    const key = `${from}\n${to}`;
    if (from === to || !refs.has(from) || !refs.has(to) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
