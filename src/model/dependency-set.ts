import type { Dependency } from './dependency.js';

/**
 * Nodes are the purls of a set's dependencies; `edges` maps a purl to the sorted purls it depends on.
 * An input without edges gives a graph with none (DESIGN.md 4).
 */
export interface DependencyGraph {
  readonly edges: ReadonlyMap<string, readonly string[]>;
  /** The same edges by position, when the graph stage made them; the index stores these (graph/edge-codec.ts). */
  readonly positions?: GraphPositions;
}

/**
 * Edges as compressed rows over `purls` (the set's, in order): the targets of `purls[i]` are
 * `targets[offsets[i] .. offsets[i + 1]]`, ascending and distinct. Only valid while `purls` are the set's.
 */
export interface GraphPositions {
  readonly purls: readonly string[];
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/** The dependencies of one dependency file, deduplicated by purl and sorted by purl for determinism. */
export interface DependencySet {
  readonly file: string;
  readonly packageManager: string | null;
  /** Id of the input format it was read from (Parser.id). */
  readonly format: string;
  readonly dependencies: readonly Dependency[];
  readonly graph: DependencyGraph;
}
