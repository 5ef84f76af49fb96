import type { ParsedDependency, ParsedEdges, ParsedSet, ParsedWalk } from '../ingest/parser.js';

/**
 * The development flags a parser leaves null, from the walk it hands over (ParsedWalk): filled only when the
 * format's capabilities say it knows them, so a format that cannot know keeps null. Entries whose flag the
 * parser set (poetry.lock 1.x `category`) keep it. Pure; the set is returned as it is when there is no walk.
 */
export function applyWalk(parsed: ParsedSet, knows: { readonly direct: boolean; readonly development: boolean }): ParsedSet {
  const walk = parsed.walk;
  if (!walk || !knows.development) return parsed;
  const flags = developmentFlags(walk, parsed.edges);
  const directUnreached = knows.direct ? walk.directUnreached : undefined;
  const dependencies = parsed.dependencies.map((d): ParsedDependency => {
    const reached = flags.get(d.ref);
    const development = d.development ?? reached ?? walk.unreached;
    const direct = directUnreached !== undefined && reached === undefined && d.direct !== true ? directUnreached : d.direct;
    return development === d.development && direct === d.direct ? d : { ...d, development, direct };
  });
  return { ...parsed, dependencies };
}

/**
 * ref -> development for every ref the walk reaches: false when a runtime root reaches it through runtime edges
 * only, true otherwise. Two walks, the runtime one first, so each ref is entered at most twice: linear in refs
 * and edges, and iterative, so a deep graph cannot overflow the stack.
 */
export function developmentFlags(walk: ParsedWalk, setEdges: ParsedEdges): Map<string, boolean> {
  const runtimeNext = new Map<string, string[]>();
  const anyNext = new Map<string, string[]>();
  const add = (next: Map<string, string[]>, from: string, to: string): void => {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  };
  if (walk.edges) {
    for (const [from, to, development] of walk.edges) {
      add(anyNext, from, to);
      if (!development) add(runtimeNext, from, to);
    }
  } else if (setEdges instanceof Map) {
    for (const [from, targets] of setEdges as ReadonlyMap<string, readonly string[]>) for (const to of targets) add(anyNext, from, to);
  } else {
    for (const [from, to] of setEdges as readonly (readonly [string, string])[]) add(anyNext, from, to);
  }
  const runtime = walk.edges ? runtimeNext : anyNext;

  const flags = new Map<string, boolean>();
  const visit = (roots: Iterable<string>, next: ReadonlyMap<string, readonly string[]>, development: boolean): void => {
    const seen = new Set<string>();
    const stack: string[] = [];
    const enter = (ref: string): void => {
      if (seen.has(ref)) return;
      seen.add(ref);
      if (!flags.has(ref)) flags.set(ref, development);
      stack.push(ref);
    };
    for (const root of roots) enter(root);
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) for (const child of next.get(node) ?? []) enter(child);
  };
  const runtimeRoots = walk.roots.filter(([, development]) => !development).map(([ref]) => ref);
  visit(runtimeRoots, runtime, false);
  // What else is reached is development: through a development edge (then from every root), or from a
  // development root only (without development edges, what a runtime root reaches is runtime already).
  visit(walk.roots.filter(([, development]) => walk.edges !== undefined || development).map(([ref]) => ref), anyNext, true);
  return flags;
}
