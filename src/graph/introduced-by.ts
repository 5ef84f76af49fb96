import type { DependencySet } from '../model/dependency-set.js';
import { compareStrings } from '../model/compare-strings.js';

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

function startsOf(set: DependencySet): string[] {
  const introduced = set.dependencies.filter((d) => d.introduced === true).map((d) => d.purl);
  if (introduced.length > 0) return introduced.sort(compareStrings);
  const hasParent = new Set<string>();
  for (const targets of set.graph.edges.values()) for (const to of targets) hasParent.add(to);
  return [...set.graph.edges.keys()].filter((n) => !hasParent.has(n)).sort(compareStrings);
}

function propagate(set: DependencySet): (purl: string) => readonly string[] {
  const starts = startsOf(set);
  const isStart = new Set(starts);
  // Node numbers: the starts first (bit k is start k), then every other dependency; edges only join dependencies.
  const nodes: string[] = [...starts];
  for (const d of set.dependencies) if (!isStart.has(d.purl)) nodes.push(d.purl);
  const index = new Map<string, number>();
  nodes.forEach((purl, i) => index.set(purl, i));
  const words = Math.ceil(starts.length / 32);
  if (words * 32 * nodes.length > MAX_BITS) return walkPerStart(set, starts, isStart);

  // Children as one flat array (compressed rows), starts left out: they answer only themselves.
  const offsets = new Int32Array(nodes.length + 1);
  const flat: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    for (const c of set.graph.edges.get(nodes[n] as string) ?? []) {
      const i = index.get(c);
      if (i !== undefined && i >= starts.length) flat.push(i);
    }
    offsets[n + 1] = flat.length;
  }
  const children = Int32Array.from(flat);
  // Components come out of Tarjan's walk after every component they lead to: walked backwards, a topological order.
  const { component, count, members, memberOffsets } = components(starts.length, offsets, children, nodes.length);
  const bits = new Int32Array(count * words);
  starts.forEach((_, k) => {
    const at = (component[k] as number) * words + (k >>> 5);
    bits[at] = (bits[at] as number) | (1 << (k & 31));
  });
  for (let c = count - 1; c >= 0; c--) {
    const from = c * words;
    for (let m = memberOffsets[c] as number, mEnd = memberOffsets[c + 1] as number; m < mEnd; m++) {
      const n = members[m] as number;
      for (let e = offsets[n] as number, end = offsets[n + 1] as number; e < end; e++) {
        const target = component[children[e] as number] as number;
        if (target === c) continue;
        const to = target * words;
        for (let w = 0; w < words; w++) bits[to + w] = (bits[to + w] as number) | (bits[from + w] as number);
      }
    }
  }
  return (purl) => {
    const n = index.get(purl);
    if (n === undefined) return [];
    const c = component[n] as number;
    if (c < 0) return [];
    const out: string[] = [];
    for (let w = 0; w < words && out.length < MAX_INTRODUCERS; w++) {
      let word = bits[c * words + w] as number;
      while (word !== 0 && out.length < MAX_INTRODUCERS) {
        const bit = 31 - Math.clz32(word & -word);
        out.push(starts[w * 32 + bit] as string);
        word &= word - 1;
      }
    }
    return out;
  };
}

interface Components {
  /** The component of each node, -1 where no start reaches it; numbered so that edges go to lower numbers. */
  readonly component: Int32Array;
  readonly count: number;
  /** The nodes of component c: members[memberOffsets[c] .. memberOffsets[c + 1]). */
  readonly members: Int32Array;
  readonly memberOffsets: Int32Array;
}

/** Strongly connected components of the nodes reachable from the starts (indices 0..startCount-1): Tarjan, iterative. */
function components(startCount: number, offsets: Int32Array, children: Int32Array, size: number): Components {
  const component = new Int32Array(size).fill(-1);
  const order = new Int32Array(size).fill(-1); // discovery number
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const sccStack = new Int32Array(size);
  const members = new Int32Array(size);
  const memberOffsets: number[] = [0];
  const walk = new Int32Array(size);
  const edge = new Int32Array(size);
  let sccTop = 0;
  let discovered = 0;
  let count = 0;
  let placed = 0;
  for (let s = 0; s < startCount; s++) {
    if (order[s] !== -1) continue;
    let top = 0;
    walk[0] = s;
    edge[0] = offsets[s] as number;
    order[s] = low[s] = discovered++;
    sccStack[sccTop++] = s;
    onStack[s] = 1;
    while (top >= 0) {
      const n = walk[top] as number;
      const e = edge[top] as number;
      if (e < (offsets[n + 1] as number)) {
        edge[top] = e + 1;
        const c = children[e] as number;
        if (order[c] === -1) {
          top++;
          walk[top] = c;
          edge[top] = offsets[c] as number;
          order[c] = low[c] = discovered++;
          sccStack[sccTop++] = c;
          onStack[c] = 1;
        } else if (onStack[c] === 1 && (order[c] as number) < (low[n] as number)) {
          low[n] = order[c] as number;
        }
        continue;
      }
      if (low[n] === order[n]) {
        let m: number;
        do {
          m = sccStack[--sccTop] as number;
          onStack[m] = 0;
          component[m] = count;
          members[placed++] = m;
        } while (m !== n);
        count++;
        memberOffsets.push(placed);
      }
      top--;
      if (top >= 0) {
        const parent = walk[top] as number;
        if ((low[n] as number) < (low[parent] as number)) low[parent] = low[n] as number;
      }
    }
  }
  return { component, count, members, memberOffsets: Int32Array.from(memberOffsets) };
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
