import type { DependencySet } from '../model/dependency-set.js';
import { compareStrings } from '../model/compare-strings.js';

/** A shortest path from an introduced dependency to a target; long ones shortened in the middle. */
export interface ViaPath {
  /** The start, then (when `omitted` > 0) the nodes nearest the target: from the start down to the target, as purls. */
  readonly path: readonly string[];
  /** The name of each node of `path`: the dependency's name, or the purl of a node the set does not list. */
  readonly names: readonly string[];
  /** How many nodes between the start and the rest were left out (0: the path is whole). */
  readonly omitted: number;
}

/**
 * For the diff's "via" of many targets: a shortest path up from the target to a start (an introduced dependency,
 * or where the input says none, a node nothing depends on), whole up to `maxNodes` nodes; the search up picks
 * the same path as paths.ts's `pathsTo` among equals (parents in purl order). A longer path keeps its start and
 * its last nodes, with a count of the rest, read from one breadth-first walk down from every start (in purl
 * order), made once when first needed, so a 100,000-deep chain costs linear time.
 *
 * The graph is numbered once (purls to positions, compressed rows both ways) and every walk runs on typed
 * arrays: on two 50,000-node scans, looking edge ends up by purl in maps, walk after walk, was most of a diff.
 */
export function viaPathFinder(set: DependencySet, maxNodes = 10): (targetPurl: string) => ViaPath | null {
  let graph: Numbered | null = null;
  let tree: ForwardTree | null = null;
  return (targetPurl) => {
    graph ??= numbered(set);
    const target = graph.index.get(targetPurl);
    if (target === undefined) return null;
    const near = nearestStart(graph, target, maxNodes);
    if (near) return viaPath(graph, near, 0);
    if (target >= graph.listed) return null;
    tree ??= forwardTree(graph);
    const start = tree.start[target] as number;
    if (start < 0) return null;
    const tail: number[] = [];
    for (let node = target; node >= 0 && node !== start && tail.length < maxNodes - 1; node = tree.parent[node] as number) tail.push(node);
    const length = (tree.depth[target] as number) + 1;
    return viaPath(graph, [start, ...tail.reverse()], length - 1 - tail.length);
  };
}

/**
 * The graph by position: nodes 0..listed-1 are the set's dependencies in order, the rest are edge ends the set
 * does not list. `children` keeps each edge list's order; `parents` are sorted by purl.
 */
interface Numbered {
  readonly purls: readonly string[];
  readonly names: readonly string[];
  readonly listed: number;
  readonly index: ReadonlyMap<string, number>;
  readonly childOffsets: Int32Array;
  readonly children: Int32Array;
  readonly parentOffsets: Int32Array;
  readonly parents: Int32Array;
  readonly isStart: Uint8Array;
  /** Scratch of the searches up: the node one step nearer the target, valid where `seen` holds the query's stamp. */
  readonly towards: Int32Array;
  readonly seen: Int32Array;
  query: number;
}

function numbered(set: DependencySet): Numbered {
  const purls: string[] = [];
  const names: string[] = [];
  const index = new Map<string, number>();
  // A set lists each purl once (DependencySet); were one listed twice, the last would stand for it.
  for (const d of set.dependencies) {
    index.set(d.purl, purls.length);
    purls.push(d.purl);
    names.push(d.name);
  }
  const listed = purls.length;
  const at = (purl: string): number => {
    let i = index.get(purl);
    if (i === undefined) {
      i = purls.length;
      index.set(purl, i);
      purls.push(purl);
      names.push(purl);
    }
    return i;
  };
  // Edge ends as positions, in the map's order; the rows are laid out once every node has its number.
  const from: number[] = [];
  const to: number[] = [];
  for (const [source, targets] of set.graph.edges) {
    const s = at(source);
    for (const target of targets) {
      from.push(s);
      to.push(at(target));
    }
  }
  const count = purls.length;
  const { offsets: childOffsets, values: children } = rows(count, from, to);
  const { offsets: parentOffsets, values: parents } = rows(count, to, from);
  for (let n = 0; n < count; n++) {
    const first = parentOffsets[n] as number;
    const end = parentOffsets[n + 1] as number;
    if (end - first > 1) parents.subarray(first, end).sort((a, b) => compareStrings(purls[a] as string, purls[b] as string));
  }
  const isStart = new Uint8Array(count);
  let introduced = false;
  for (const d of set.dependencies) {
    if (d.introduced !== true) continue;
    isStart[index.get(d.purl) as number] = 1;
    introduced = true;
  }
  // Where the input says nothing is introduced, the graph's roots stand in.
  if (!introduced) for (let n = 0; n < count; n++) if (parentOffsets[n] === parentOffsets[n + 1]) isStart[n] = 1;
  return {
    purls,
    names,
    listed,
    index,
    childOffsets,
    children,
    parentOffsets,
    parents,
    isStart,
    towards: new Int32Array(count),
    seen: new Int32Array(count),
    query: 0,
  };
}

/** Compressed rows of the pairs (keys[k], values[k]), each row in the pairs' order. */
function rows(count: number, keys: readonly number[], values: readonly number[]): { offsets: Int32Array; values: Int32Array } {
  const offsets = new Int32Array(count + 1);
  for (const k of keys) offsets[k + 1] = (offsets[k + 1] as number) + 1;
  for (let n = 0; n < count; n++) offsets[n + 1] = (offsets[n + 1] as number) + (offsets[n] as number);
  const fill = offsets.slice(0, count);
  const out = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as number;
    out[fill[key] as number] = values[k] as number;
    fill[key] = (fill[key] as number) + 1;
  }
  return { offsets, values: out };
}

/** Breadth-first up from the target, at most `maxLevels` levels; the path from the start found down to it. */
function nearestStart(graph: Numbered, target: number, maxLevels: number): number[] | null {
  const { parentOffsets, parents, isStart, towards, seen } = graph;
  const stamp = ++graph.query;
  seen[target] = stamp;
  towards[target] = -1;
  let level = [target];
  for (let depth = 0; level.length > 0 && depth < maxLevels; depth++) {
    const next: number[] = [];
    for (const node of level) {
      if (isStart[node] === 1) {
        const path: number[] = [];
        for (let n = node; n >= 0; n = towards[n] as number) path.push(n);
        return path;
      }
      for (let k = parentOffsets[node] as number; k < (parentOffsets[node + 1] as number); k++) {
        const parent = parents[k] as number;
        if (seen[parent] === stamp) continue;
        seen[parent] = stamp;
        towards[parent] = node;
        next.push(parent);
      }
    }
    level = next;
  }
  return null;
}

interface ForwardTree {
  readonly parent: Int32Array;
  readonly depth: Int32Array;
  readonly start: Int32Array;
}

/** One breadth-first walk down from every listed start (in purl order), over listed nodes only. */
function forwardTree(graph: Numbered): ForwardTree {
  const { purls, listed, childOffsets, children, isStart } = graph;
  const parent = new Int32Array(listed).fill(-1);
  const depth = new Int32Array(listed).fill(-1);
  const start = new Int32Array(listed).fill(-1);
  let level: number[] = [];
  for (let n = 0; n < listed; n++) if (isStart[n] === 1) level.push(n);
  level.sort((a, b) => compareStrings(purls[a] as string, purls[b] as string));
  for (const s of level) {
    depth[s] = 0;
    start[s] = s;
  }
  for (let d = 1; level.length > 0; d++) {
    const next: number[] = [];
    for (const node of level) {
      for (let k = childOffsets[node] as number; k < (childOffsets[node + 1] as number); k++) {
        const c = children[k] as number;
        if (c >= listed || depth[c] !== -1) continue;
        depth[c] = d;
        parent[c] = node;
        start[c] = start[node] as number;
        next.push(c);
      }
    }
    level = next;
  }
  return { parent, depth, start };
}

function viaPath(graph: Numbered, nodes: readonly number[], omitted: number): ViaPath {
  return { path: nodes.map((n) => graph.purls[n] as string), names: nodes.map((n) => graph.names[n] as string), omitted };
}
