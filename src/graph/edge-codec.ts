import type { DependencyGraph } from '../model/dependency-set.js';
import { compareStrings } from '../model/compare-strings.js';
import { positionsOf } from './positional-edges.js';

/**
 * A set's edges as stored in the index (issue 15): positions in the set's purls sorted by `compareStrings`,
 * not purls, so an edge costs about three bytes instead of two purls (~100). Both stores key by the same order,
 * which each sorts itself in JS on read: SQLite and Elasticsearch sort by UTF-8 bytes, which differs from
 * code-unit order for a few characters.
 *
 * Layout: a format byte (1), the number of purls, then per purl in order its number of targets and the targets,
 * ascending, as differences from the previous one (the first from 0); every number an unsigned LEB128 varint.
 */
const FORMAT = 1;

/** The set's purls in the order edges are numbered by: distinct, sorted by compareStrings. */
export function edgeOrder(purls: Iterable<string>): string[] {
  const out = Array.isArray(purls) ? (purls as string[]) : [...purls];
  // Sets come sorted and distinct from the graph stage and the stores: checked, not redone (a copy and a sort of
  // 50,000 purls was a tenth of the cost of storing a set's edges).
  for (let i = 1; i < out.length; i++) {
    if ((out[i - 1] as string) >= (out[i] as string)) return [...new Set(out)].sort(compareStrings);
  }
  return out;
}

function indexOf(purls: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < purls.length; i++) index.set(purls[i] as string, i);
  return index;
}

/** Positions of `targets` in ascending order, without `self`, repeats or purls that are not in the set. */
function targetPositions(index: ReadonlyMap<string, number>, self: number, targets: readonly string[], into: number[]): number[] {
  into.length = 0;
  let sorted = true;
  for (const to of targets) {
    const b = index.get(to);
    if (b === undefined || b === self) continue;
    if (into.length > 0 && b <= (into[into.length - 1] as number)) sorted = false;
    into.push(b);
  }
  if (!sorted) {
    into.sort((x, y) => x - y);
    let kept = 0;
    for (let i = 0; i < into.length; i++) if (i === 0 || into[i] !== into[i - 1]) into[kept++] = into[i] as number;
    into.length = kept;
  }
  return into;
}

/** Targets of each position, ascending; edges whose ends are not among `purls` are left out (cannot be stored). */
export function edgeRows(purls: readonly string[], graph: DependencyGraph | undefined): number[][] {
  const rows: number[][] = purls.map(() => []);
  if (!graph || graph.edges.size === 0) return rows;
  const index = indexOf(purls);
  for (const [from, targets] of graph.edges) {
    const a = index.get(from);
    if (a !== undefined) rows[a] = [...targetPositions(index, a, targets, [])];
  }
  return rows;
}

/**
 * The stored form of a set's graph over its ordered purls (layout above). From the graph stage's positions when
 * they fit, else by looking each target up: the lookups were most of the cost of storing 150,000 edges.
 */
export function encodeGraph(purls: readonly string[], graph: DependencyGraph | undefined): Uint8Array {
  const positions = positionsOf(graph, purls.length, (i) => purls[i] as string);
  const index = positions ? null : indexOf(purls);
  let out = new Uint8Array(16 + purls.length * 2);
  let at = 0;
  const put = (value: number): void => {
    if (at + 5 > out.length) {
      const grown = new Uint8Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      out[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[at++] = v;
  };
  out[at++] = FORMAT;
  put(purls.length);
  const row: number[] = [];
  for (let i = 0; i < purls.length; i++) {
    if (positions) {
      const end = positions.offsets[i + 1] as number;
      let previous = 0;
      put(end - (positions.offsets[i] as number));
      for (let k = positions.offsets[i] as number; k < end; k++) {
        put((positions.targets[k] as number) - previous);
        previous = positions.targets[k] as number;
      }
      continue;
    }
    const targets = graph?.edges.get(purls[i] as string);
    if (targets === undefined || targets.length === 0) {
      put(0);
      continue;
    }
    targetPositions(index as Map<string, number>, i, targets, row);
    put(row.length);
    let previous = 0;
    for (const target of row) {
      put(target - previous);
      previous = target;
    }
  }
  return out.slice(0, at);
}

/** The graph back from its stored form over the same ordered purls; a message when the bytes do not fit them. */
export function decodeGraph(bytes: Uint8Array, purls: readonly string[]): DependencyGraph | string {
  const size = purls.length;
  let at = 0;
  const take = (): number => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (at >= bytes.length) throw new RangeError('the edges end early');
      const byte = bytes[at++] as number;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new RangeError('a number is too long');
  };
  try {
    if (bytes[at++] !== FORMAT) return `unknown edge format ${String(bytes[0])}`;
    const count = take();
    if (count !== size) return `the edges are of ${count} dependencies, the set has ${size}`;
    const edges = new Map<string, readonly string[]>();
    for (let i = 0; i < count; i++) {
      const degree = take();
      if (degree === 0) continue;
      if (degree > size) return 'an edge count is larger than the set';
      const row: string[] = [];
      let target = 0;
      for (let k = 0; k < degree; k++) {
        target += take();
        if (target >= size) return 'an edge points past the set';
        row.push(purls[target] as string);
      }
      edges.set(purls[i] as string, row);
    }
    return { edges };
  } catch (e) {
    return (e as Error).message;
  }
}

/** The graph of a set from its ordered purls and rows, as the graph walks (graph/paths.ts) take it. */
export function graphOf(purls: readonly string[], rows: readonly (readonly number[])[]): DependencyGraph {
  const edges = new Map<string, readonly string[]>();
  rows.forEach((row, i) => {
    if (row.length > 0) edges.set(purls[i] as string, row.map((t) => purls[t] as string));
  });
  return { edges };
}
