import type { Relationships } from './relationships.js';

export interface Flags {
  /** SPDXIDs a described package depends on; null when no described package has a dependency edge. */
  readonly direct: ReadonlySet<string> | null;
  /** SPDXID -> development; null when the document has no development-kind edge at all (nothing is known). */
  readonly development: ReadonlyMap<string, boolean> | null;
}

/**
 * Direct: what the described package(s) depend on. Development: reachable from the starting points only
 * through at least one development edge (DEV/TEST/BUILD_DEPENDENCY_OF); reachable through run-time edges
 * alone is production. The starting points are the described packages, or, when none has edges, every
 * package that nothing depends on. Linear in the number of edges.
 */
export function computeFlags(relationships: Relationships): Flags {
  const out = new Map<string, [string, boolean][]>();
  const hasIncoming = new Set<string>();
  let anyDevelopment = false;
  for (const [from, to, kind] of relationships.edges) {
    let targets = out.get(from);
    if (targets === undefined) out.set(from, (targets = []));
    targets.push([to, kind === 'development']);
    hasIncoming.add(to);
    if (kind === 'development') anyDevelopment = true;
  }

  const describedWithEdges = [...relationships.described].filter((d) => out.has(d));
  const direct = describedWithEdges.length > 0 ? new Set(describedWithEdges.flatMap((d) => (out.get(d) ?? []).map(([to]) => to))) : null;
  if (!anyDevelopment) return { direct, development: null };

  const starts = describedWithEdges.length > 0 ? describedWithEdges : [...out.keys()].filter((id) => !hasIncoming.has(id));
  const production = reach(starts, out, false);
  const any = reach(starts, out, true);
  const development = new Map<string, boolean>();
  for (const id of any) development.set(id, !production.has(id));
  return { direct, development };
}

function reach(starts: readonly string[], out: ReadonlyMap<string, readonly [string, boolean][]>, throughDevelopment: boolean): Set<string> {
  const seen = new Set<string>(starts);
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const [to, isDevelopment] of out.get(id) ?? []) {
      if ((isDevelopment && !throughDevelopment) || seen.has(to)) continue;
      seen.add(to);
      stack.push(to);
    }
  }
  return seen;
}
