/** Refs reachable from `roots` along `edges` (from -> to), roots included. Iterative, so deep graphs cannot overflow the stack. */
export function reachable(roots: Iterable<string>, edges: readonly (readonly [string, string])[]): Set<string> {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const ref = stack.pop() as string;
    if (seen.has(ref)) continue;
    seen.add(ref);
    for (const to of next.get(ref) ?? []) if (!seen.has(to)) stack.push(to);
  }
  return seen;
}
