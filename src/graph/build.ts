import type { Dependency } from '../model/dependency.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { Problem } from '../model/problem.js';
import { fullName, parsePurl } from '../model/purl.js';
import type { ParsedDependency, ParsedEdges, ParsedSet } from '../ingest/parser.js';

/**
 * The one resolver every format shares (STYLE.md): parsers emit entries keyed by their own refs; here they
 * become one node per purl. A lock file lists the same version at several install paths, so entries with the
 * same purl merge (see Merged).
 */
export function buildSet(parsed: ParsedSet, format: string): { set: DependencySet; problems: Problem[] } {
  const problems: Problem[] = [];
  // Each distinct purl gets a slot, in the order first seen; refs point at slots.
  const slotOfRef = new Map<string, number>();
  const slotOfPurl = new Map<string, number>();
  // The first entry of a purl is kept as it is; only a second one pays for a merged copy.
  const entries: (ParsedDependency | Merged)[] = [];
  for (const entry of parsed.dependencies) {
    const slot = slotOfPurl.get(entry.purl);
    if (slot === undefined) {
      slotOfPurl.set(entry.purl, entries.length);
      slotOfRef.set(entry.ref, entries.length);
      entries.push(entry);
      continue;
    }
    slotOfRef.set(entry.ref, slot);
    const existing = entries[slot] as ParsedDependency | Merged;
    entries[slot] = existing instanceof Merged ? existing.add(entry) : new Merged(existing).add(entry);
  }

  const bySlot: (Dependency | null)[] = entries.map((entry) => {
    const parts = parsePurl(entry.purl);
    if (!parts.ok) {
      problems.push({ place: `dependency ${entry.ref}`, message: parts.error });
      return null;
    }
    return {
      purl: entry.purl,
      type: parts.value.type,
      namespace: parts.value.namespace,
      name: fullName(parts.value),
      version: parts.value.version ?? '',
      introduced: entry.direct,
      development: entry.development,
      licenses: sortedLicenses(entry.licenses),
      checksums: entry.checksums,
      source: entry.source,
    };
  });

  // Sorted by purl; rank[slot] is a dependency's place in that order (-1: left out), so that edges can be
  // sorted and de-duplicated as numbers rather than by comparing purls.
  const slots = bySlot.map((_, slot) => slot).filter((slot) => bySlot[slot] !== null);
  const purlAt = (slot: number) => (bySlot[slot] as Dependency).purl;
  if (!isSortedBy(slots, purlAt)) slots.sort((a, b) => compareStrings(purlAt(a), purlAt(b)));
  const rank = new Int32Array(entries.length).fill(-1);
  slots.forEach((slot, position) => (rank[slot] = position));
  const dependencies = slots.map((slot) => bySlot[slot] as Dependency);

  return {
    set: { file: parsed.file, packageManager: parsed.packageManager, format, dependencies, graph: { edges: edgesOf(parsed.edges, slotOfRef, rank, dependencies) } },
    problems,
  };
}

/**
 * purl -> sorted, distinct purls it depends on, keys in purl order. Edges whose ends are not kept dependencies
 * (refs the parser did not list, purls that did not parse) and self-edges are left out, so every edge joins two
 * of the set's dependencies. Built as compressed rows of positions: 150,000 edges are sorted as numbers.
 */
function edgesOf(
  parsedEdges: ParsedEdges,
  slotOfRef: ReadonlyMap<string, number>,
  rank: Int32Array,
  dependencies: readonly Dependency[],
): Map<string, readonly string[]> {
  let count = 0;
  if (parsedEdges instanceof Map) for (const targets of parsedEdges.values()) count += targets.length;
  else count = (parsedEdges as readonly unknown[]).length;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const degree = new Int32Array(dependencies.length + 1);
  let kept = 0;
  const add = (a: number | undefined, b: number | undefined): void => {
    if (a === undefined || b === undefined) return;
    const ra = rank[a] as number;
    const rb = rank[b] as number;
    if (ra < 0 || rb < 0 || ra === rb) return;
    from[kept] = ra;
    to[kept] = rb;
    (degree[ra + 1] as number)++;
    kept++;
  };
  if (parsedEdges instanceof Map) {
    for (const [fromRef, toRefs] of parsedEdges) {
      const a = slotOfRef.get(fromRef);
      if (a !== undefined) for (const toRef of toRefs) add(a, slotOfRef.get(toRef));
    }
  } else {
    for (const [fromRef, toRef] of parsedEdges as readonly (readonly [string, string])[]) add(slotOfRef.get(fromRef), slotOfRef.get(toRef));
  }
  for (let i = 1; i < degree.length; i++) degree[i] = (degree[i] as number) + (degree[i - 1] as number);
  const targets = new Int32Array(kept);
  const fill = degree.slice(0, dependencies.length);
  for (let e = 0; e < kept; e++) targets[(fill[from[e] as number] as number)++] = to[e] as number;

  const edges = new Map<string, readonly string[]>();
  for (let node = 0; node < dependencies.length; node++) {
    const start = degree[node] as number;
    const end = degree[node + 1] as number;
    if (start === end) continue;
    if (end - start > 1) targets.subarray(start, end).sort();
    const purls: string[] = [];
    for (let i = start; i < end; i++) if (i === start || targets[i] !== targets[i - 1]) purls.push((dependencies[targets[i] as number] as Dependency).purl);
    edges.set((dependencies[node] as Dependency).purl, purls);
  }
  return edges;
}

/** Sorted, and shared rather than copied when there is one: most packages have a single license. */
function sortedLicenses(licenses: Iterable<string> | null): readonly string[] | null {
  if (licenses === null) return null;
  if (Array.isArray(licenses) && licenses.length <= 1) return licenses as readonly string[];
  return [...licenses].sort();
}

function isSortedBy(slots: readonly number[], key: (slot: number) => string): boolean {
  for (let i = 1; i < slots.length; i++) if (key(slots[i - 1] as number) > key(slots[i] as number)) return false;
  return true;
}

/**
 * Entries of one purl: direct if any entry is direct; needed at runtime anywhere means a runtime dependency,
 * development only when every entry says so; licenses and checksums from all of them.
 */
class Merged {
  readonly ref: string;
  readonly purl: string;
  direct: boolean | null;
  development: boolean | null;
  licenses: Set<string> | null;
  checksums: Record<string, string> | null;
  source: string | null;

  constructor(first: ParsedDependency) {
    this.ref = first.ref;
    this.purl = first.purl;
    this.direct = first.direct;
    this.development = first.development;
    this.licenses = first.licenses ? new Set(first.licenses) : null;
    this.checksums = first.checksums ? { ...first.checksums } : null;
    this.source = first.source;
  }

  add(entry: ParsedDependency): this {
    this.direct = this.direct === true || entry.direct === true ? true : this.direct === null || entry.direct === null ? null : false;
    this.development =
      this.development === false || entry.development === false ? false : this.development === null || entry.development === null ? null : true;
    if (entry.licenses) {
      this.licenses ??= new Set();
      for (const l of entry.licenses) this.licenses.add(l);
    }
    if (entry.checksums) this.checksums = { ...entry.checksums, ...(this.checksums ?? {}) };
    this.source ??= entry.source;
    return this;
  }
}

/** Code-unit order, so output does not depend on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
