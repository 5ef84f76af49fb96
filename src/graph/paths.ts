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

/** A shortest path from an introduced dependency to a target, as purls; long ones shortened in the middle. */
export interface ViaPath {
  /** The start, then (when `omitted` > 0) the nodes nearest the target: from the start down to the target. */
  readonly path: readonly string[];
  /** How many nodes between the start and the rest were left out (0: the path is whole). */
  readonly omitted: number;
}

/**
 * For the diff's "via" of many targets: the path of `shortestPathFinder`, whole up to `maxNodes` nodes; a longer
 * one keeps its start and its last nodes, with a count of the rest. A query searches up at most `maxNodes` levels;
 * a longer path's ends are read from one breadth-first walk down from every start, made once when first needed,
 * so a 100,000-deep chain costs linear time instead of a walk of its depth per node.
 */
export function viaPathFinder(set: DependencySet, maxNodes = 10): (targetPurl: string) => ViaPath | null {
  const parents = reverseEdges(set);
  const isStart = startPredicate(set, parents);
  let tree: ReturnType<typeof forwardTree> | null = null;
  return (targetPurl) => {
    // Short paths: the search up from the target, which picks the same path as pathsTo among equals.
    const near = nearestStart(parents, isStart, targetPurl, maxNodes);
    if (near) return { path: near, omitted: 0 };
    tree ??= forwardTree(set, isStart);
    const start = tree.start(targetPurl);
    if (start === undefined) return null;
    const tail: string[] = [];
    for (let node: string | undefined = targetPurl; node !== undefined && node !== start && tail.length < maxNodes - 1; node = tree.parent(node)) {
      tail.push(node);
    }
    const length = tree.depth(targetPurl) + 1;
    return { path: [start, ...tail.reverse()], omitted: length - 1 - tail.length };
  };
}

/**
 * One breadth-first walk down from every start (sorted): each node's parent, depth and start in that tree. Nodes
 * are numbered once so that the walk fills typed arrays instead of three maps (a third of the time on 50,000).
 */
function forwardTree(set: DependencySet, isStart: (purl: string) => boolean) {
  const purls = set.dependencies.map((d) => d.purl);
  const index = new Map<string, number>();
  purls.forEach((p, i) => index.set(p, i));
  const parent = new Int32Array(purls.length).fill(-1);
  const depth = new Int32Array(purls.length).fill(-1);
  const start = new Int32Array(purls.length).fill(-1);
  let level = purls.map((_, i) => i).filter((i) => isStart(purls[i] as string)).sort((a, b) => compareStrings(purls[a] as string, purls[b] as string));
  for (const s of level) {
    depth[s] = 0;
    start[s] = s;
  }
  for (let d = 1; level.length > 0; d++) {
    const next: number[] = [];
    for (const node of level) {
      for (const child of set.graph.edges.get(purls[node] as string) ?? []) {
        const c = index.get(child);
        if (c === undefined || depth[c] !== -1) continue;
        depth[c] = d;
        parent[c] = node;
        start[c] = start[node] as number;
        next.push(c);
      }
    }
    level = next;
  }
  const at = (table: Int32Array, purl: string): number => {
    const i = index.get(purl);
    return i === undefined ? -1 : (table[i] as number);
  };
  return {
    start: (purl: string) => (at(start, purl) < 0 ? undefined : purls[at(start, purl)]),
    parent: (purl: string) => (at(parent, purl) < 0 ? undefined : purls[at(parent, purl)]),
    depth: (purl: string) => at(depth, purl),
  };
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
