import type { Dependency } from '../model/dependency.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { Problem } from '../model/problem.js';
import { fullName, parsePurl } from '../model/purl.js';
import type { ParsedDependency, ParsedSet } from '../ingest/parser.js';

/**
 * The one resolver every format shares (STYLE.md): parsers emit entries keyed by their own refs; here they
 * become one node per purl. A lock file lists the same version at several install paths, so entries with the
 * same purl merge: direct if any entry is direct, runtime if any entry is needed at runtime.
 */
export function buildSet(parsed: ParsedSet, format: string): { set: DependencySet; problems: Problem[] } {
  const problems: Problem[] = [];
  const purlOfRef = new Map<string, string>();
  const merged = new Map<string, Merged>();
  for (const entry of parsed.dependencies) {
    purlOfRef.set(entry.ref, entry.purl);
    const existing = merged.get(entry.purl);
    if (existing) mergeInto(existing, entry);
    else merged.set(entry.purl, startMerge(entry));
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
  for (const [purl, m] of merged) {
    const parts = parsePurl(purl);
    if (!parts.ok) {
      problems.push({ place: `dependency ${m.ref}`, message: parts.error });
      continue;
    }
    dependencies.push({
      purl,
      type: parts.value.type,
      namespace: parts.value.namespace,
      name: fullName(parts.value),
      version: parts.value.version ?? '',
      introduced: m.direct,
      development: m.development,
      licenses: m.licenses ? [...m.licenses].sort() : null,
      checksums: m.checksums,
      source: m.source,
    });
  }
  dependencies.sort((a, b) => compareStrings(a.purl, b.purl));

  const edges = new Map<string, readonly string[]>();
  for (const from of [...edgeSets.keys()].sort(compareStrings)) {
    edges.set(from, [...(edgeSets.get(from) ?? [])].sort(compareStrings));
  }
  return {
    set: { file: parsed.file, packageManager: parsed.packageManager, format, dependencies, graph: { edges } },
    problems,
  };
}

interface Merged {
  ref: string;
  direct: boolean | null;
  development: boolean | null;
  licenses: Set<string> | null;
  checksums: Record<string, string> | null;
  source: string | null;
}

function startMerge(entry: ParsedDependency): Merged {
  return {
    ref: entry.ref,
    direct: entry.direct,
    development: entry.development,
    licenses: entry.licenses ? new Set(entry.licenses) : null,
    checksums: entry.checksums ? { ...entry.checksums } : null,
    source: entry.source,
  };
}

function mergeInto(m: Merged, entry: ParsedDependency): void {
  m.direct = m.direct === true || entry.direct === true ? true : m.direct === null || entry.direct === null ? null : false;
  // Needed at runtime anywhere means a runtime dependency; development only when every entry says so.
  m.development =
    m.development === false || entry.development === false ? false : m.development === null || entry.development === null ? null : true;
  if (entry.licenses) {
    m.licenses ??= new Set();
    for (const l of entry.licenses) m.licenses.add(l);
  }
  if (entry.checksums) m.checksums = { ...entry.checksums, ...(m.checksums ?? {}) };
  m.source ??= entry.source;
}

/** Code-unit order, so output does not depend on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
