export interface Components {
  /** The component of each node, -1 where no root reaches it; numbered so that edges go to lower numbers. */
  readonly component: Int32Array;
  readonly count: number;
  /** The nodes of component c: members[memberOffsets[c] .. memberOffsets[c + 1]). */
  readonly members: Int32Array;
  readonly memberOffsets: Int32Array;
}

/**
 * Strongly connected components of the nodes reachable from `roots` (in that order) along the compressed rows
 * (targets of node n: children[offsets[n] .. offsets[n + 1])), edges into a node with `ignored[node]` = 1 left
 * out: Tarjan's algorithm, iterative (no recursion depth limit on a 50,000-node chain).
 */
export function components(roots: readonly number[], offsets: Int32Array, children: Int32Array, ignored: Uint8Array): Components {
  const size = offsets.length - 1;
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
  for (const s of roots) {
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
        if (ignored[c] === 1) continue;
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
