/**
 * The edges of a set as buildSet made them, as positions in its dependency list (compressed rows, distinct
 * targets, no self-edges). Kept beside the purl map, keyed by that map, so that whole-graph work
 * (introduced-by.ts) need not look 150,000 edge ends up by purl: on the 50,000-node bench graph those lookups were
 * most of the time. A graph made elsewhere (read back from a store, built by a test) has none; callers fall back.
 */
export interface PositionalEdges {
  /** purls[i] is the purl of dependency i of the set as built. */
  readonly purls: readonly string[];
  /** The targets of node i are targets[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** The purls are in compareStrings order (buildSet sorts them), so a purl is found by binary search. */
  readonly sorted: boolean;
}

const byEdges = new WeakMap<ReadonlyMap<string, readonly string[]>, PositionalEdges>();

export function rememberPositions(edges: ReadonlyMap<string, readonly string[]>, positions: PositionalEdges): void {
  byEdges.set(edges, positions);
}

/** The positions of these edges, when buildSet made them and the dependencies are still the ones it numbered. */
export function positionsOf(edges: ReadonlyMap<string, readonly string[]>, dependencies: readonly { readonly purl: string }[]): PositionalEdges | null {
  const found = byEdges.get(edges);
  if (!found || found.purls.length !== dependencies.length) return null;
  for (let i = 0; i < dependencies.length; i++) if ((dependencies[i] as { purl: string }).purl !== found.purls[i]) return null;
  return found;
}
