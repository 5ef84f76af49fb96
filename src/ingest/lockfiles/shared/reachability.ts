/**
 * Graph walks for lock files that must derive flags from their own graph. Iterative, so deep graphs cannot
 * overflow the stack, and linear in nodes + edges: each node is entered at most once per walk.
 */

/** Successors by node, for walks over an edge list (from -> to). */
export function successorsOf<K>(edges: readonly (readonly [K, K])[]): (node: K) => readonly K[] {
  const next = new Map<K, K[]>();
  for (const [from, to] of edges) {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  return (node) => next.get(node) ?? [];
}

/** Nodes reachable from `roots`, roots included. */
export function reachable<K>(roots: Iterable<K>, next: (node: K) => Iterable<K>): Set<K> {
  const seen = new Set<K>();
  walk(roots, next, (node) => {
    if (seen.has(node)) return false;
    seen.add(node);
    return true;
  });
  return seen;
}

/**
 * Development flags from the graph, for lock files that do not write them (yarn.lock, pnpm 9, poetry.lock 2.0):
 * a package reachable from a runtime root is needed at runtime (false); one reachable only from development
 * roots is a development dependency (true); one reachable from neither is absent from the map (unknown, null).
 */
export function developmentByReachability<K>(
  runtimeRoots: Iterable<K>,
  developmentRoots: Iterable<K>,
  next: (node: K) => Iterable<K>,
): Map<K, boolean> {
  const flags = new Map<K, boolean>();
  // The runtime walk goes first, so the development walk stops at anything runtime already reached.
  for (const [roots, development] of [[runtimeRoots, false], [developmentRoots, true]] as const) {
    walk(roots, next, (node) => {
      if (flags.has(node)) return false;
      flags.set(node, development);
      return true;
    });
  }
  return flags;
}

function walk<K>(roots: Iterable<K>, next: (node: K) => Iterable<K>, enter: (node: K) => boolean): void {
  const stack: K[] = [];
  for (const root of roots) if (enter(root)) stack.push(root);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const child of next(node)) if (enter(child)) stack.push(child);
  }
}
