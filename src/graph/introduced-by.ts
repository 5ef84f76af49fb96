import type { DependencySet } from '../model/dependency-set.js';
import { compareStrings } from '../model/compare-strings.js';
import { components } from './components.js';
import { positionsOf, type PositionalEdges } from './positional-edges.js';

/** At most this many introducers are given per dependency: the first in purl order. */
const MAX_INTRODUCERS = 10;

/** Above this many bits (introduced dependencies x nodes) the per-start walk is used instead of bit sets. */
const MAX_BITS = 64 * 1024 * 1024;

/**
 * "Which introduced dependencies bring this one in", for many queries on one set (the checks ask once per
 * finding, thousands of times on a large scan with a licence allow list). Computed once, on the first query, for
 * every node: an introduced dependency (or, where the input does not say which are, a graph root) answers itself;
 * another node, the introduced ones it is reached from without passing through another introduced one, the first
 * ten in purl order, so the answer does not depend on input order. Without edges the answer is empty.
 * Each strongly connected component (nodes that reach one another, so are reached from the same introduced ones)
 * holds one bit set of the introduced dependencies that reach it, ORed down the edges of the component graph in
 * topological order: one pass. On 50,000 nodes, 150,000 edges and 200 introduced ones (a random graph, one large
 * cycle) repeated passes over the nodes until nothing changed took 130-180 ms on a loaded 2-core machine; a walk per
 * introduced dependency 2.8 s; a queue of changes 1.2 s.
 */
export function introducedByFinder(set: DependencySet): (purl: string) => readonly string[] {
  let answer: ((purl: string) => readonly string[]) | null = null;
  return (target) => {
    answer ??= propagate(set);
    return answer(target);
  };
}

/** A set's graph numbered: node i is purls[i]; the targets of node n are targets[offsets[n] .. offsets[n + 1]). */
interface Numbered {
  readonly purls: readonly string[];
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** The introduced dependencies (or, where the input does not say, the graph's roots), in purl order. */
  readonly starts: readonly number[];
  /** purl -> node (a binary search over buildSet's purl order, or the map the graph was numbered with). */
  find(purl: string): number | undefined;
}

/** Binary search, for purls in compareStrings order (a built set's): no map of 50,000 purls to make. */
function sortedFinder(purls: readonly string[]): (purl: string) => number | undefined {
  return (purl) => {
    let lo = 0;
    let hi = purls.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareStrings(purls[mid] as string, purl);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}

const byPurl = (purls: readonly string[]) => (a: number, b: number): number => compareStrings(purls[a] as string, purls[b] as string);

/** From the positions buildSet kept (positional-edges.ts): no purl is looked up. */
function numberedFromPositions(set: DependencySet, positions: PositionalEdges): Numbered {
  const { purls, offsets, targets } = positions;
  let starts: number[] = [];
  set.dependencies.forEach((d, i) => {
    if (d.introduced === true) starts.push(i);
  });
  if (starts.length === 0) {
    // The roots: nodes with edges out and none in (the keys of the edge map without a parent).
    const hasParent = new Uint8Array(purls.length);
    for (const t of targets) hasParent[t] = 1;
    for (let n = 0; n < purls.length; n++) if (hasParent[n] === 0 && (offsets[n + 1] as number) > (offsets[n] as number)) starts.push(n);
  }
  starts = starts.sort(byPurl(purls));
  return { purls, offsets, targets, starts, find: sortedFinder(purls) };
}

/** From the purl map alone (a graph buildSet did not make): the dependencies, then roots that are not among them. */
function numberedFromMap(set: DependencySet): Numbered {
  const { edges } = set.graph;
  const introduced = set.dependencies.filter((d) => d.introduced === true).map((d) => d.purl);
  let startPurls = introduced;
  if (introduced.length === 0) {
    const hasParent = new Set<string>();
    for (const targets of edges.values()) for (const to of targets) hasParent.add(to);
    startPurls = [...edges.keys()].filter((n) => !hasParent.has(n));
  }
  const purls = set.dependencies.map((d) => d.purl);
  const index = new Map<string, number>();
  purls.forEach((purl, i) => index.set(purl, i));
  for (const purl of startPurls) {
    if (index.has(purl)) continue;
    index.set(purl, purls.length);
    purls.push(purl);
  }
  const offsets = new Int32Array(purls.length + 1);
  const flat: number[] = [];
  for (let n = 0; n < purls.length; n++) {
    for (const c of edges.get(purls[n] as string) ?? []) {
      const i = index.get(c);
      if (i !== undefined) flat.push(i);
    }
    offsets[n + 1] = flat.length;
  }
  const starts = startPurls.map((purl) => index.get(purl) as number).sort(byPurl(purls));
  return { purls, offsets, targets: Int32Array.from(flat), starts, find: (purl) => index.get(purl) };
}

function propagate(set: DependencySet): (purl: string) => readonly string[] {
  const positions = positionsOf(set.graph, set.dependencies.length, (i) => (set.dependencies[i] as { purl: string }).purl);
  const graph = positions ? numberedFromPositions(set, positions) : numberedFromMap(set);
  const { purls, offsets, targets, starts } = graph;
  const words = Math.ceil(starts.length / 32);
  if (words * 32 * purls.length > MAX_BITS) {
    const startPurls = starts.map((n) => purls[n] as string);
    return walkPerStart(set, startPurls, new Set(startPurls));
  }
  // A start answers only itself: edges into starts are not followed.
  const isStart = new Uint8Array(purls.length);
  for (const n of starts) isStart[n] = 1;
  // Components come out of Tarjan's walk after every component they lead to: walked backwards, a topological order.
  const { component, count, members, memberOffsets } = components(starts, offsets, targets, isStart);
  const bits = new Int32Array(count * words);
  starts.forEach((n, k) => {
    const at = (component[n] as number) * words + (k >>> 5);
    bits[at] = (bits[at] as number) | (1 << (k & 31));
  });
  for (let c = count - 1; c >= 0; c--) {
    const from = c * words;
    for (let m = memberOffsets[c] as number, mEnd = memberOffsets[c + 1] as number; m < mEnd; m++) {
      const n = members[m] as number;
      for (let e = offsets[n] as number, end = offsets[n + 1] as number; e < end; e++) {
        const child = targets[e] as number;
        if (isStart[child] === 1) continue;
        const target = component[child] as number;
        if (target === c) continue;
        const to = target * words;
        for (let w = 0; w < words; w++) bits[to + w] = (bits[to + w] as number) | (bits[from + w] as number);
      }
    }
  }
  return (purl) => {
    const n = graph.find(purl);
    if (n === undefined) return [];
    const c = component[n] as number;
    if (c < 0) return [];
    const out: string[] = [];
    for (let w = 0; w < words && out.length < MAX_INTRODUCERS; w++) {
      let word = bits[c * words + w] as number;
      while (word !== 0 && out.length < MAX_INTRODUCERS) {
        const bit = 31 - Math.clz32(word & -word);
        out.push(purls[starts[w * 32 + bit] as number] as string);
        word &= word - 1;
      }
    }
    return out;
  };
}

/**
 * For very many introduced dependencies: one breadth-first walk per introduced dependency, in purl order, that
 * does not go past a node already holding ten (everything below it was reached by the same ten).
 */
function walkPerStart(set: DependencySet, starts: readonly string[], isStart: ReadonlySet<string>): (purl: string) => readonly string[] {
  const answers = new Map<string, string[]>();
  for (const start of starts) {
    answers.set(start, [start]);
    const seen = new Set([start]);
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      for (const child of set.graph.edges.get(queue[i] as string) ?? []) {
        if (seen.has(child) || isStart.has(child)) continue;
        seen.add(child);
        const list = answers.get(child);
        if (list === undefined) answers.set(child, [start]);
        else if (list.length < MAX_INTRODUCERS) list.push(start);
        else continue;
        queue.push(child);
      }
    }
  }
  return (purl) => answers.get(purl) ?? [];
}
