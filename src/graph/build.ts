import type { Dependency } from '../model/dependency.js';
import type { DependencyGraph, DependencySet, GraphPositions } from '../model/dependency-set.js';
import type { Problem } from '../model/problem.js';
import { ecosystemFor } from '../ecosystems/registry.js';
import { fullName, parsePurl, type PurlParts } from '../ecosystems/shared/purl.js';
import type { Capabilities, ParsedDependency, ParsedEdges, ParsedSet } from '../ingest/parser.js';
import { compareStrings } from '../model/compare-strings.js';
import { capabilitiesOf } from './capabilities.js';
import { applyWalk } from './walk.js';

/**
 * The one resolver every format shares (STYLE.md): parsers emit entries keyed by their own refs; here they
 * become one node per purl. A lock file lists the same version at several install paths, so entries with the
 * same purl merge (see Merged). The format's declared capabilities (its parser's, by default) decide which
 * flags can be known: where the format cannot say whether a dependency is direct or for development, the flag
 * is null whatever an entry holds; where it can and the parser handed over a walk, the walk fills them in.
 */
export function buildSet(
  parsed: ParsedSet,
  format: string,
  capabilities: Pick<Capabilities, 'direct' | 'development'> | null = capabilitiesOf(format),
): { set: DependencySet; problems: Problem[] } {
  const knows = { direct: capabilities?.direct ?? true, development: capabilities?.development ?? true };
  const problems: Problem[] = [];
  const entries = applyWalk(parsed, knows).dependencies;
  const parts = purlParts(entries, problems);

  // Entries in purl order, found by sorting rather than by a purl -> entry map: the sort is needed anyway, and
  // it is stable, so the entries of one purl stay in input order and merge in it.
  const order: number[] = [];
  for (let i = 0; i < entries.length; i++) if (parts[i] !== null) order.push(i);
  const purlOf = (i: number) => (entries[i] as ParsedDependency).purl;
  if (!isSortedBy(order, purlOf)) order.sort((a, b) => compareStrings(purlOf(a), purlOf(b)));

  // rankOfEntry[i]: the place of entry i's dependency in purl order (-1: left out), so that edges can be
  // sorted and de-duplicated as numbers rather than by comparing purls.
  const rankOfEntry = new Int32Array(entries.length).fill(-1);
  const dependencies: Dependency[] = [];
  for (let k = 0; k < order.length; ) {
    const first = order[k] as number;
    let end = k + 1;
    while (end < order.length && purlOf(order[end] as number) === purlOf(first)) end++;
    // The first entry of a purl is kept as it is; only a second one pays for a merged copy.
    let entry: ParsedDependency | Merged = entries[first] as ParsedDependency;
    if (end - k > 1) {
      const merged = new Merged(entry);
      for (let m = k + 1; m < end; m++) merged.add(entries[order[m] as number] as ParsedDependency);
      entry = merged;
    }
    for (let m = k; m < end; m++) rankOfEntry[order[m] as number] = dependencies.length;
    dependencies.push(dependencyOf(entry, parts[first] as PurlParts, knows));
    k = end;
  }

  // A ref names one entry; when a parser repeats a ref, its last entry is the one edges point at.
  const rankOfRef = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) rankOfRef.set((entries[i] as ParsedDependency).ref, rankOfEntry[i] as number);

  return {
    set: { file: parsed.file, packageManager: parsed.packageManager, format, dependencies, graph: edgesOf(parsed.edges, rankOfRef, dependencies) },
    problems,
  };
}

/**
 * Each entry's purl parts, as the parser handed them over or parsed here; null for a purl that does not parse,
 * which is reported once, at its first entry.
 */
function purlParts(entries: readonly ParsedDependency[], problems: Problem[]): (PurlParts | null)[] {
  const parts = new Array<PurlParts | null>(entries.length);
  let failed: Set<string> | null = null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as ParsedDependency;
    if (entry.parts !== undefined) {
      parts[i] = entry.parts;
      continue;
    }
    const parsedPurl = parsePurl(entry.purl);
    if (parsedPurl.ok) {
      parts[i] = parsedPurl.value;
      continue;
    }
    parts[i] = null;
    failed ??= new Set();
    if (failed.has(entry.purl)) continue;
    failed.add(entry.purl);
    problems.push({ place: `dependency ${entry.ref}`, message: parsedPurl.error });
  }
  return parts;
}

function dependencyOf(entry: ParsedDependency | Merged, parts: PurlParts, knows: { direct: boolean; development: boolean }): Dependency {
  const { purl, optional, checksums, source } = entry;
  const { type, namespace } = parts;
  const name = displayName(entry.writtenName, parts);
  const version = parts.version ?? '';
  const introduced = knows.direct ? entry.direct : null;
  const development = knows.development ? entry.development : null;
  const licenses = sortedLicenses(entry.licenses);
  // `optional` is left out when the input does not say, as most formats do not (model/dependency.ts). Two
  // literals in one key order, rather than spreading a conditional object: this runs once per dependency.
  return optional === undefined || optional === null
    ? { purl, type, namespace, name, version, introduced, development, licenses, checksums, source }
    : { purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source };
}

/**
 * purl -> sorted, distinct purls it depends on, keys in purl order. Edges whose ends are not kept dependencies
 * (refs the parser did not list, purls that did not parse) and self-edges are left out, so every edge joins two
 * of the set's dependencies. Built as compressed rows of positions: 150,000 edges are sorted as numbers.
 */
function edgesOf(parsedEdges: ParsedEdges, rankOfRef: ReadonlyMap<string, number>, dependencies: readonly Dependency[]): DependencyGraph {
  let count = 0;
  if (parsedEdges instanceof Map) for (const targets of parsedEdges.values()) count += targets.length;
  else count = (parsedEdges as readonly unknown[]).length;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const degree = new Int32Array(dependencies.length + 1);
  let kept = 0;
  const add = (ra: number | undefined, rb: number | undefined): void => {
    if (ra === undefined || rb === undefined || ra < 0 || rb < 0 || ra === rb) return;
    from[kept] = ra;
    to[kept] = rb;
    (degree[ra + 1] as number)++;
    kept++;
  };
  if (parsedEdges instanceof Map) {
    for (const [fromRef, toRefs] of parsedEdges) {
      const a = rankOfRef.get(fromRef);
      if (a !== undefined && a >= 0) for (const toRef of toRefs) add(a, rankOfRef.get(toRef));
    }
  } else {
    for (const [fromRef, toRef] of parsedEdges as readonly (readonly [string, string])[]) add(rankOfRef.get(fromRef), rankOfRef.get(toRef));
  }
  for (let i = 1; i < degree.length; i++) degree[i] = (degree[i] as number) + (degree[i - 1] as number);
  const targets = new Int32Array(kept);
  const fill = degree.slice(0, dependencies.length);
  for (let e = 0; e < kept; e++) targets[(fill[from[e] as number] as number)++] = to[e] as number;

  // The rows as positions, distinct (GraphPositions): what the index stores and whole-graph work reads.
  const offsets = new Int32Array(dependencies.length + 1);
  let distinct = 0;
  for (let node = 0; node < dependencies.length; node++) {
    const start = degree[node] as number;
    const end = degree[node + 1] as number;
    offsets[node] = distinct;
    if (start === end) continue;
    if (end - start > SHORT_ROW) targets.subarray(start, end).sort();
    else sortShortRow(targets, start, end);
    for (let i = start; i < end; i++) {
      if (i !== start && targets[i] === targets[i - 1]) continue;
      targets[distinct++] = targets[i] as number;
    }
  }
  offsets[dependencies.length] = distinct;
  const positions: GraphPositions = { purls: dependencies.map((d) => d.purl), offsets, targets: targets.subarray(0, distinct) };
  return lazyGraph(positions);
}

/**
 * A graph whose purl map is made from its positions when first read. A scan that only writes its outputs and
 * the index reads the positions (the SBOM's dependencies, the stored edges, introducedBy), so the map of 50,000
 * purls to 150,000 targets, a sixth of building a large set, is made only where something asks for it (a
 * diff's via paths, why). `positions` is not enumerable: a derived view, kept out of equality checks, spreads
 * and serialised output; `edges` is, and reads like the plain property it stands for.
 */
function lazyGraph(positions: GraphPositions): DependencyGraph {
  let edges: Map<string, readonly string[]> | null = null;
  const graph = {} as DependencyGraph;
  Object.defineProperty(graph, 'edges', { enumerable: true, get: () => (edges ??= edgesAt(positions)) });
  Object.defineProperty(graph, 'positions', { value: positions });
  return graph;
}

/** purl -> its targets' purls, keys in position order, rows as the positions hold them (sorted, distinct). */
function edgesAt({ purls, offsets, targets }: GraphPositions): Map<string, readonly string[]> {
  const edges = new Map<string, readonly string[]>();
  for (let node = 0; node < purls.length; node++) {
    const start = offsets[node] as number;
    const end = offsets[node + 1] as number;
    if (start === end) continue;
    const row = new Array<string>(end - start);
    for (let k = start; k < end; k++) row[k - start] = purls[targets[k] as number] as string;
    edges.set(purls[node] as string, row);
  }
  return edges;
}

/** Rows up to this long are sorted in place: most packages have a handful of dependencies, and a view and a sort call per row cost more than the sort. */
const SHORT_ROW = 16;

function sortShortRow(values: Int32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const value = values[i] as number;
    let j = i - 1;
    for (; j >= start && (values[j] as number) > value; j--) values[j + 1] = values[j] as number;
    values[j + 1] = value;
  }
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
 * development (and optional) only when every entry says so; licenses and checksums from all of them.
 */
/**
 * The name as written when the input gave one that is the same package (same canonical name, no namespace to
 * disagree with), else the purl's: a written name can change what people read, never which package it is.
 */
function displayName(written: string | undefined, parts: PurlParts): string {
  const purlName = fullName(parts);
  if (written === undefined || written === purlName || parts.namespace) return purlName;
  const ecosystem = ecosystemFor(parts.type);
  if (!ecosystem) return purlName;
  try {
    return ecosystem.canonicalName(null, written) === ecosystem.canonicalName(null, parts.name) ? written : purlName;
  } catch {
    return purlName;
  }
}

class Merged {
  readonly ref: string;
  readonly purl: string;
  readonly writtenName: string | undefined;
  direct: boolean | null;
  development: boolean | null;
  optional: boolean | null;
  licenses: Set<string> | null;
  checksums: Record<string, string> | null;
  source: string | null;

  constructor(first: ParsedDependency) {
    this.ref = first.ref;
    this.purl = first.purl;
    this.writtenName = first.writtenName;
    this.direct = first.direct;
    this.development = first.development;
    this.optional = first.optional ?? null;
    this.licenses = first.licenses ? new Set(first.licenses) : null;
    this.checksums = first.checksums ? { ...first.checksums } : null;
    this.source = first.source;
  }

  add(entry: ParsedDependency): this {
    this.direct = this.direct === true || entry.direct === true ? true : this.direct === null || entry.direct === null ? null : false;
    this.development =
      this.development === false || entry.development === false ? false : this.development === null || entry.development === null ? null : true;
    // Optional like development: one install path that needs it makes it needed.
    const optional = entry.optional ?? null;
    this.optional = this.optional === false || optional === false ? false : this.optional === null || optional === null ? null : true;
    if (entry.licenses) {
      this.licenses ??= new Set();
      for (const l of entry.licenses) this.licenses.add(l);
    }
    if (entry.checksums) this.checksums = { ...entry.checksums, ...(this.checksums ?? {}) };
    this.source ??= entry.source;
    return this;
  }
}
