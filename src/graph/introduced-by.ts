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
 * Each node holds a bit set of the introduced dependencies that reach it, ORed down the edges until nothing
 * changes: on 50,000 nodes, 150,000 edges and 200 introduced ones (a random graph: four passes) that took 130-180 ms on
 * a loaded 2-core machine, where a walk per introduced dependency took 2.8 s and a queue of changes 1.2 s.
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
  const bits = new Int32Array(nodes.length * words);
  starts.forEach((_, k) => {
    bits[k * words + (k >>> 5)] = 1 << (k & 31);
  });
  // Passes over the nodes in reverse post-order of a depth-first walk from the starts (a topological order where
  // the graph has no cycle): one pass carries every bit down, the next finds nothing changed; a cycle costs a pass
  // more. Far fewer steps than pushing each change along a queue.
  const order = reversePostOrder(starts.length, offsets, children, nodes.length);
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of order) {
      const from = n * words;
      for (let e = offsets[n] as number, end = offsets[n + 1] as number; e < end; e++) {
        const to = (children[e] as number) * words;
        for (let w = 0; w < words; w++) {
          const before = bits[to + w] as number;
          const merged = before | (bits[from + w] as number);
          if (merged !== before) {
            bits[to + w] = merged;
            changed = true;
          }
        }
      }
    }
  }
  return (purl) => {
    const n = index.get(purl);
    if (n === undefined) return [];
    const out: string[] = [];
    for (let w = 0; w < words && out.length < MAX_INTRODUCERS; w++) {
      let word = bits[n * words + w] as number;
      while (word !== 0 && out.length < MAX_INTRODUCERS) {
        const bit = 31 - Math.clz32(word & -word);
        out.push(starts[w * 32 + bit] as string);
        word &= word - 1;
      }
    }
    return out;
  };
}

/** Nodes reachable from the starts (indices 0..startCount-1), each after every node that leads to it, cycles aside. */
function reversePostOrder(startCount: number, offsets: Int32Array, children: Int32Array, size: number): number[] {
  const post: number[] = [];
  const state = new Uint8Array(size); // 0 unseen, 1 on the stack, 2 done
  const stack: number[] = [];
  const edge: number[] = [];
  for (let s = 0; s < startCount; s++) {
    if (state[s] !== 0) continue;
    stack.push(s);
    edge.push(offsets[s] as number);
    state[s] = 1;
    while (stack.length > 0) {
      const top = stack.length - 1;
      const n = stack[top] as number;
      const e = edge[top] as number;
      if (e < (offsets[n + 1] as number)) {
        edge[top] = e + 1;
        const c = children[e] as number;
        if (state[c] === 0) {
          state[c] = 1;
          stack.push(c);
          edge.push(offsets[c] as number);
        }
        continue;
      }
      state[n] = 2;
      post.push(n);
      stack.pop();
      edge.pop();
    }
  }
  return post.reverse();
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
