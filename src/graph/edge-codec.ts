import type { DependencyGraph } from '../model/dependency-set.js';
import { compareStrings } from '../model/compare-strings.js';

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
  const out = [...new Set(purls)];
  for (let i = 1; i < out.length; i++) {
    if (compareStrings(out[i - 1] as string, out[i] as string) > 0) return out.sort(compareStrings);
  }
  return out;
}

/** Targets of each position, ascending; edges whose ends are not among `purls` are left out (cannot be stored). */
export function edgeRows(purls: readonly string[], graph: DependencyGraph | undefined): number[][] {
  const rows: number[][] = purls.map(() => []);
  if (!graph || graph.edges.size === 0) return rows;
  const index = new Map<string, number>();
  purls.forEach((p, i) => index.set(p, i));
  for (const [from, targets] of graph.edges) {
    const a = index.get(from);
    if (a === undefined) continue;
    const row = rows[a] as number[];
    for (const to of targets) {
      const b = index.get(to);
      if (b !== undefined && b !== a) row.push(b);
    }
    row.sort((x, y) => x - y);
    for (let i = row.length - 1; i > 0; i--) if (row[i] === row[i - 1]) row.splice(i, 1);
  }
  return rows;
}

export function encodeEdges(rows: readonly (readonly number[])[]): Uint8Array {
  let edges = 0;
  for (const row of rows) edges += row.length;
  // At most 5 bytes per 32-bit number: a bound, trimmed at the end.
  const out = new Uint8Array(1 + 5 * (1 + rows.length + edges));
  let at = 0;
  const put = (value: number): void => {
    let v = value >>> 0;
    while (v >= 0x80) {
      out[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    out[at++] = v;
  };
  out[at++] = FORMAT;
  put(rows.length);
  for (const row of rows) {
    put(row.length);
    let previous = 0;
    for (const target of row) {
      put(target - previous);
      previous = target;
    }
  }
  return out.slice(0, at);
}

/** Sorted rows back from bytes; a message when the bytes are not edges of a set of `size` purls (never throws). */
export function decodeEdges(bytes: Uint8Array, size: number): number[][] | string {
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
    const rows: number[][] = [];
    for (let i = 0; i < count; i++) {
      const degree = take();
      if (degree > size) return 'an edge count is larger than the set';
      const row: number[] = [];
      let target = 0;
      for (let k = 0; k < degree; k++) {
        target += take();
        if (target >= size) return 'an edge points past the set';
        row.push(target);
      }
      rows.push(row);
    }
    return rows;
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
