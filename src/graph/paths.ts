import type { DependencySet } from '../model/dependency-set.js';
import { compareStrings } from './build.js';

export interface PathsResult {
  /** Paths from an introduced dependency down to the target, as purls, shortest first. */
  readonly paths: readonly (readonly string[])[];
  /** Paths found beyond the cap; `countCapped` means there were at least this many more. */
  readonly omitted: number;
  readonly countCapped: boolean;
}

export interface PathOptions {
  readonly maxPaths: number;
  /** Bound on the work spent counting what is left out, so a dense graph cannot hang the job. */
  readonly maxExpansions: number;
}

const DEFAULTS: PathOptions = { maxPaths: 10, maxExpansions: 200_000 };

/**
 * Walks up from the target through "who depends on me" until it reaches introduced dependencies.
 * Breadth-first over partial paths gives the shortest first; paths never repeat a node (cycles exist in real
 * graphs). Where the input does not say which dependencies are introduced, the graph's roots stand in.
 */
export function pathsTo(set: DependencySet, targetPurl: string, options: Partial<PathOptions> = {}): PathsResult {
  return pathFinder(set)(targetPurl, options);
}

/** For many queries on one set: the reverse edges and the start nodes are computed once, not per query. */
export function pathFinder(set: DependencySet): (targetPurl: string, options?: Partial<PathOptions>) => PathsResult {
  const parents = reverseEdges(set);
  const isStart = startPredicate(set, parents);
  return (targetPurl, options = {}) => findPaths(parents, isStart, targetPurl, { ...DEFAULTS, ...options });
}

function findPaths(
  parents: ReadonlyMap<string, readonly string[]>,
  isStart: (purl: string) => boolean,
  targetPurl: string,
  { maxPaths, maxExpansions }: PathOptions,
): PathsResult {
  const paths: string[][] = [];
  let found = 0;
  let expansions = 0;
  let queue: string[][] = [[targetPurl]];
  while (queue.length > 0 && expansions < maxExpansions) {
    const next: string[][] = [];
    for (const partial of queue) {
      const head = partial[0] as string;
      if (isStart(head)) {
        found++;
        if (paths.length < maxPaths) paths.push(partial);
        continue;
      }
      for (const parent of parents.get(head) ?? []) {
        if (partial.includes(parent)) continue;
        if (++expansions > maxExpansions) break;
        next.push([parent, ...partial]);
      }
    }
    queue = next;
  }
  const countCapped = queue.length > 0;
  return { paths, omitted: found - paths.length, countCapped };
}

function reverseEdges(set: DependencySet): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const [from, targets] of set.graph.edges) {
    for (const to of targets) {
      let list = parents.get(to);
      if (!list) parents.set(to, (list = []));
      list.push(from);
    }
  }
  for (const list of parents.values()) list.sort(compareStrings);
  return parents;
}

function startPredicate(set: DependencySet, parents: Map<string, string[]>): (purl: string) => boolean {
  const introduced = new Set(set.dependencies.filter((d) => d.introduced === true).map((d) => d.purl));
  if (introduced.size > 0) return (purl) => introduced.has(purl);
  return (purl) => (parents.get(purl)?.length ?? 0) === 0;
}
