import type { Dependency } from '../model/dependency.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { Problem } from '../model/problem.js';
import { fullName, parsePurl } from '../model/purl.js';
import type { ParsedDependency, ParsedSet } from '../ingest/parser.js';

/**
 * The one resolver every format shares (STYLE.md): parsers emit entries keyed by their own refs; here they
 * become one node per purl. A lock file lists the same version at several install paths, so entries with the
 * same purl merge (see Merged).
 */
export function buildSet(parsed: ParsedSet, format: string): { set: DependencySet; problems: Problem[] } {
  const problems: Problem[] = [];
  const purlOfRef = new Map<string, string>();
  // The first entry of a purl is kept as it is; only a second one pays for a merged copy.
  const byPurl = new Map<string, ParsedDependency | Merged>();
  for (const entry of parsed.dependencies) {
    purlOfRef.set(entry.ref, entry.purl);
    const existing = byPurl.get(entry.purl);
    if (existing === undefined) byPurl.set(entry.purl, entry);
    else if (existing instanceof Merged) existing.add(entry);
    else byPurl.set(entry.purl, new Merged(existing).add(entry));
  }

  const edgeSets = new Map<string, Set<string>>();
  for (const [fromRef, toRef] of parsed.edges) {
    const from = purlOfRef.get(fromRef);
    const to = purlOfRef.get(toRef);
    if (from === undefined || to === undefined || from === to) continue;
    let targets = edgeSets.get(from);
    if (!targets) edgeSets.set(from, (targets = new Set()));
    targets.add(to);
  }

  const dependencies: Dependency[] = [];
  for (const [purl, entry] of byPurl) {
    const parts = parsePurl(purl);
    if (!parts.ok) {
      problems.push({ place: `dependency ${entry.ref}`, message: parts.error });
      continue;
    }
    const licenses = entry.licenses ? [...entry.licenses].sort() : null;
    dependencies.push({
      purl,
      type: parts.value.type,
      namespace: parts.value.namespace,
      name: fullName(parts.value),
      version: parts.value.version ?? '',
      introduced: entry.direct,
      development: entry.development,
      licenses,
      checksums: entry.checksums,
      source: entry.source,
    });
  }
  if (!isSorted(dependencies)) dependencies.sort((a, b) => compareStrings(a.purl, b.purl));

  const edges = new Map<string, readonly string[]>();
  for (const from of [...edgeSets.keys()].sort(compareStrings)) {
    const targets = [...(edgeSets.get(from) as Set<string>)];
    edges.set(from, targets.length > 1 ? targets.sort(compareStrings) : targets);
  }
  return {
    set: { file: parsed.file, packageManager: parsed.packageManager, format, dependencies, graph: { edges } },
    problems,
  };
}

function isSorted(dependencies: readonly Dependency[]): boolean {
  for (let i = 1; i < dependencies.length; i++) if ((dependencies[i - 1] as Dependency).purl > (dependencies[i] as Dependency).purl) return false;
  return true;
}

/**
 * Entries of one purl: direct if any entry is direct; needed at runtime anywhere means a runtime dependency,
 * development only when every entry says so; licenses and checksums from all of them.
 */
class Merged {
  readonly ref: string;
  direct: boolean | null;
  development: boolean | null;
  licenses: Set<string> | null;
  checksums: Record<string, string> | null;
  source: string | null;

  constructor(first: ParsedDependency) {
    this.ref = first.ref;
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
