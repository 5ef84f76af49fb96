import type { Dependency } from './dependency.js';

/**
 * Nodes are the purls of a set's dependencies; `edges` maps a purl to the sorted purls it depends on.
 * An input without edges gives a graph with none (DESIGN.md 4).
 */
export interface DependencyGraph {
  readonly edges: ReadonlyMap<string, readonly string[]>;
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
