/**
 * Development flags from the graph, for lock files that do not write them (yarn.lock, pnpm 9): a package
 * reachable from a runtime root is needed at runtime (false); one reachable only from development roots is a
 * development dependency (true); one reachable from neither is absent from the map (unknown, null).
 * Linear in nodes + edges: each node is visited at most once per walk.
 */
export function developmentByReachability<K>(
  runtimeRoots: Iterable<K>,
  developmentRoots: Iterable<K>,
  next: (node: K) => Iterable<K>,
): Map<K, boolean> {
  const flags = new Map<K, boolean>();
  walk(runtimeRoots, next, (node) => {
    if (flags.has(node)) return false;
    flags.set(node, false);
    return true;
  });
  walk(developmentRoots, next, (node) => {
    if (flags.has(node)) return false;
    flags.set(node, true);
    return true;
  });
  return flags;
}

function walk<K>(roots: Iterable<K>, next: (node: K) => Iterable<K>, enter: (node: K) => boolean): void {
  const stack: K[] = [];
  for (const root of roots) if (enter(root)) stack.push(root);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const child of next(node)) if (enter(child)) stack.push(child);
  }
}
