import type { DependencySet } from '../model/dependency-set.js';

/** Bound on the nodes visited per query, so a dense graph cannot hang the job. */
const MAX_VISITS = 100_000;

/**
 * "Which introduced dependencies bring this one in": walks up "who depends on me" from the target, stopping at
 * introduced dependencies (an introduced one answers itself). Where the input does not say which dependencies
 * are introduced, the graph's roots stand in; without edges the answer is empty. For many queries on one set:
 * the reverse edges are built once, on the first query.
 */
export function introducedByFinder(set: DependencySet): (purl: string) => string[] {
  let parents: Map<string, string[]> | null = null;
  let isStart: ((purl: string) => boolean) | null = null;
  const introduced = new Set(set.dependencies.filter((d) => d.introduced === true).map((d) => d.purl));
  return (target) => {
    if (introduced.has(target)) return [target];
    if (parents === null) {
      parents = new Map();
      for (const [from, targets] of set.graph.edges) {
        for (const to of targets) {
          const list = parents.get(to);
          if (list) list.push(from);
          else parents.set(to, [from]);
        }
      }
      const p = parents;
      isStart = introduced.size > 0 ? (purl) => introduced.has(purl) : (purl) => !p.has(purl);
    }
    const up = parents as Map<string, string[]>;
    const start = isStart as (purl: string) => boolean;
    if (!up.has(target)) return [];
    const found = new Set<string>();
    const seen = new Set([target]);
    const queue = [target];
    for (let i = 0; i < queue.length && seen.size < MAX_VISITS; i++) {
      for (const parent of up.get(queue[i] as string) ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        if (start(parent)) found.add(parent);
        else queue.push(parent);
      }
    }
    return [...found].sort();
  };
}
