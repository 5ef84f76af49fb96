import type { Dependency } from '../model/dependency.js';
import type { DependencySet } from '../model/dependency-set.js';
import { packageMatcher } from './match.js';
import { pathFinder } from './paths.js';

/** Why one matching dependency is in one set: the paths to it, or why none can be shown. */
export interface WhyAnswer {
  readonly file: string;
  readonly dependency: Dependency;
  /** Paths from an introduced dependency down to it, as purls, shortest first; a path of one is the dependency itself. */
  readonly paths: readonly (readonly string[])[];
  /** Paths left out past the cap; `countCapped`: at least this many. */
  readonly omitted: number;
  readonly countCapped: boolean;
  /** When no longer path is shown: declared directly, the set has no graph, or nothing introduced reaches it. */
  readonly note: 'declared directly' | 'no graph' | 'unreached' | null;
  /** purl -> "name@version" for every purl on the paths. */
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * `why` over sets, read from input files or from the index alike (issue 15: the same answer either way): each
 * dependency matching `query`, in set and purl order, with its paths (graph/paths.ts). Pure.
 */
export function explainWhy(sets: readonly DependencySet[], query: string, maxPaths: number): WhyAnswer[] {
  const matches = packageMatcher(query);
  const answers: WhyAnswer[] = [];
  for (const set of sets) {
    const found = set.dependencies.filter(matches);
    if (found.length === 0) continue;
    const byPurl = new Map(set.dependencies.map((d) => [d.purl, d]));
    const find = pathFinder(set);
    for (const dependency of found) {
      const { paths, omitted, countCapped } = find(dependency.purl, { maxPaths });
      const labels = new Map<string, string>();
      for (const path of paths) {
        for (const purl of path) {
          const d = byPurl.get(purl);
          labels.set(purl, d ? `${d.name}@${d.version}` : purl);
        }
      }
      labels.set(dependency.purl, `${dependency.name}@${dependency.version}`);
      const bare = paths.length === 0 || (paths.length === 1 && paths[0]?.length === 1);
      const note = !bare ? null : dependency.introduced === true ? 'declared directly' : set.graph.edges.size === 0 ? 'no graph' : 'unreached';
      answers.push({ file: set.file, dependency, paths, omitted, countCapped, note, labels });
    }
  }
  return answers;
}
