import type { DependencySet } from '../../model/dependency-set.js';

/**
 * For each vulnerable purl, the introduced (direct) dependencies that bring it in: walking up the graph from it,
 * stopping at introduced dependencies. A set whose input says nothing about direct dependencies uses its graph's
 * roots. Each query visits every node at most once.
 */
export function introducedByFinder(set: DependencySet): (purl: string) => string[] {
  let parents: Map<string, string[]> | null = null;
  let isStart: ((purl: string) => boolean) | null = null;
  const build = (): void => {
    parents = new Map();
    for (const [from, tos] of set.graph.edges) {
      for (const to of tos) {
        const list = parents.get(to);
        if (list) list.push(from);
        else parents.set(to, [from]);
      }
    }
    const introduced = new Set(set.dependencies.filter((d) => d.introduced === true).map((d) => d.purl));
    const known = set.dependencies.some((d) => d.introduced !== null);
    const p = parents;
    isStart = known ? (purl) => introduced.has(purl) : (purl) => !p.has(purl);
  };
  return (purl) => {
    if (!parents) build();
    const up = parents as unknown as Map<string, string[]>;
    const start = isStart as unknown as (purl: string) => boolean;
    const found = new Set<string>();
    const seen = new Set<string>([purl]);
    const queue = [purl];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i] as string;
      if (start(node)) {
        found.add(node);
        continue;
      }
      for (const parent of up.get(node) ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        queue.push(parent);
      }
    }
    return [...found].sort();
  };
}
