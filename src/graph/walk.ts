import type { NumberedWalkEdges, ParsedDependency, ParsedEdges, ParsedSet, ParsedWalk } from '../ingest/parser.js';

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
    const reached = flags(d.ref);
    const development = d.development ?? reached ?? walk.unreached;
    const direct = directUnreached !== undefined && reached === undefined && d.direct !== true ? directUnreached : d.direct;
    return development === d.development && direct === d.direct ? d : { ...d, development, direct };
  });
  return { ...parsed, dependencies };
}

/**
 * ref -> development, for every ref the walk reaches (undefined for the others): false when a runtime root reaches
 * it through runtime edges only, true otherwise. Refs are numbered once and the edges kept as compressed rows, so the two walks (the
 * runtime one first) are array indexing: linear in refs and edges, and iterative, so a deep graph cannot
 * overflow the stack.
 */
export function developmentFlags(walk: ParsedWalk, setEdges: ParsedEdges): (ref: string) => boolean | undefined {
  const numbered = walk.edges !== undefined && !Array.isArray(walk.edges) ? (walk.edges as NumberedWalkEdges) : null;
  // Refs the parser numbered keep their numbers; any other ref (a root outside its graph) is numbered after them.
  const index = new Map<string, number>();
  const refs: string[] = numbered ? [...numbered.refs] : [];
  const find = (ref: string): number | undefined => numbered?.indexOf.get(ref) ?? index.get(ref);
  const number = (ref: string): number => {
    let i = find(ref);
    if (i === undefined) {
      i = refs.length;
      index.set(ref, i);
      refs.push(ref);
    }
    return i;
  };
  const from: number[] = [];
  const to: number[] = [];
  const development: boolean[] = [];
  const add = (a: string, b: string, isDevelopment: boolean): void => {
    from.push(number(a));
    to.push(number(b));
    development.push(isDevelopment);
  };
  if (numbered) return walkRows(walk, refs, numbered, number, find);
  if (walk.edges) for (const [a, b, isDevelopment] of walk.edges as readonly (readonly [string, string, boolean])[]) add(a, b, isDevelopment);
  else if (setEdges instanceof Map) for (const [a, targets] of setEdges as ReadonlyMap<string, readonly string[]>) for (const b of targets) add(a, b, false);
  else for (const [a, b] of setEdges as readonly (readonly [string, string])[]) add(a, b, false);
  return walkRows(walk, refs, { from, to, development }, number, find);
}

/**
 * The two walks over compressed rows of numbered edges; `number` gives a root's node, `find` a ref's. The answer
 * is looked up by ref through the same numbering, rather than copied into a map of every ref.
 */
function walkRows(
  walk: ParsedWalk,
  refs: readonly string[],
  edges: Pick<NumberedWalkEdges, 'from' | 'to' | 'development'>,
  number: (ref: string) => number,
  find: (ref: string) => number | undefined,
): (ref: string) => boolean | undefined {
  const { from, to, development } = edges;
  const roots = walk.roots.map(([ref, isDevelopment]) => [number(ref), isDevelopment] as const);

  const n = refs.length;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < from.length; k++) (offsets[(from[k] as number) + 1] as number)++;
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const order = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) order[(fill[from[k] as number] as number)++] = k;

  // 0: not reached; 1: runtime; 2: development.
  const flag = new Uint8Array(n);
  const visit = (starts: readonly number[], throughDevelopment: boolean, value: number): void => {
    const seen = new Uint8Array(n);
    const stack: number[] = [];
    const enter = (i: number): void => {
      if (seen[i]) return;
      seen[i] = 1;
      if (!flag[i]) flag[i] = value;
      stack.push(i);
    };
    for (const s of starts) enter(s);
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      for (let j = offsets[node] as number; j < (offsets[node + 1] as number); j++) {
        const k = order[j] as number;
        if (throughDevelopment || !development[k]) enter(to[k] as number);
      }
    }
  };
  visit(roots.filter(([, isDevelopment]) => !isDevelopment).map(([i]) => i), false, 1);
  // What else is reached is development: through a development edge (then from every root), or from a
  // development root only (without development edges, what a runtime root reaches is runtime already).
  visit(roots.filter(([, isDevelopment]) => walk.edges !== undefined || isDevelopment).map(([i]) => i), true, 2);

  return (ref) => {
    const i = find(ref);
    return i === undefined || !flag[i] ? undefined : flag[i] === 2;
  };
}
