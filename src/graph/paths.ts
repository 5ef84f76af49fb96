import type { DependencySet } from '../model/dependency-set.js';
import { compareStrings } from '../model/compare-strings.js';

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

/**
 * For many "one shortest path" queries on one set (the diff's "via"): breadth-first over nodes, each visited
 * once, so a query costs at most the graph's size. It gives the same path as the first of `pathFinder`, whose
 * search over partial paths also counts the rest and so can cost far more per query.
 */
export function shortestPathFinder(set: DependencySet): (targetPurl: string) => readonly string[] | null {
  const parents = reverseEdges(set);
  const isStart = startPredicate(set, parents);
  return (targetPurl) => nearestStart(parents, isStart, targetPurl, Infinity);
}

/** Breadth-first up from the target, at most `maxLevels` levels; the path from the start found down to it. */
function nearestStart(parents: Parents, isStart: (purl: string) => boolean, targetPurl: string, maxLevels: number): string[] | null {
  // towards[n] is the node one step nearer the target on the first (shortest) way found to n.
  const towards = new Map<string, string | null>([[targetPurl, null]]);
  let level = [targetPurl];
  for (let depth = 0; level.length > 0 && depth < maxLevels; depth++) {
    const next: string[] = [];
    for (const node of level) {
      if (isStart(node)) return walkBack(towards, node);
      for (const parent of parentList(parents, node)) {
        if (towards.has(parent)) continue;
        towards.set(parent, node);
        next.push(parent);
      }
    }
    level = next;
  }
  return null;
}

function walkBack(towards: ReadonlyMap<string, string | null>, start: string): string[] {
  const path: string[] = [];
  for (let node: string | null | undefined = start; node != null; node = towards.get(node)) path.push(node);
  return path;
}

function findPaths(
  parents: Parents,
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
      for (const parent of parentList(parents, head)) {
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

/**
 * Who depends on each node, sorted. Most nodes have one parent, held as the string itself: an array for each of
 * 50,000 nodes was most of the cost of a diff's "via" paths.
 */
type Parents = ReadonlyMap<string, string | readonly string[]>;

function reverseEdges(set: DependencySet): Parents {
  const parents = new Map<string, string | string[]>();
  for (const [from, targets] of set.graph.edges) {
    for (const to of targets) {
      const known = parents.get(to);
      if (known === undefined) parents.set(to, from);
      else if (typeof known === 'string') parents.set(to, [known, from]);
      else known.push(from);
    }
  }
  for (const list of parents.values()) if (typeof list !== 'string') list.sort(compareStrings);
  return parents;
}

function parentList(parents: Parents, node: string): readonly string[] {
  const up = parents.get(node);
  return up === undefined ? [] : typeof up === 'string' ? [up] : up;
}

function startPredicate(set: DependencySet, parents: Parents): (purl: string) => boolean {
  const introduced = new Set<string>();
  for (const d of set.dependencies) if (d.introduced === true) introduced.add(d.purl);
  if (introduced.size > 0) return (purl) => introduced.has(purl);
  return (purl) => !parents.has(purl);
}
