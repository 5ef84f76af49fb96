import type { Problem } from '../../model/problem.js';

/**
 * The dependency graph over SPDXIDs, numbered once so that the graph work is array indexing: node i is
 * `ids[i]`; edge k says `ids[from[k]]` depends on `ids[to[k]]`, a development edge when `development[k]`, an
 * optional one when `optional[k]`.
 */
export interface DependencyGraph {
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly development: readonly boolean[];
  readonly optional: readonly boolean[];
}

export interface Relationships {
  /** SPDXIDs the document describes (documentDescribes and DESCRIBES / DESCRIBED_BY). */
  readonly described: ReadonlySet<string>;
  readonly graph: DependencyGraph;
  /** CONTAINS / CONTAINED_BY: composition (image → package, package → file), not read as dependencies. */
  readonly contains: number;
  /** `*_DEPENDENCY_OF` written with the described package as the dependency, read the other way round. */
  readonly reversed: number;
}

type EdgeKind = 'runtime' | 'development' | 'optional';

/**
 * "A X_DEPENDENCY_OF B" means A is a dependency of B (SPDX 2.3 clause 11.1). SPDX 2.3 types, plus DEV_DEPENDENCY,
 * which is not an SPDX type but is named in issues about real files; read like DEV_DEPENDENCY_OF. BUILD and TEST
 * dependencies and the DEV/BUILD/TEST_TOOL_OF tools count as development (not needed to run the thing).
 * OPTIONAL_DEPENDENCY_OF is its own kind: a run-time edge that makes what is only reached through such edges
 * optional (flags.ts). PROVIDED is run time. "A PREREQUISITE_FOR B" is how npm writes a peer dependency of B
 * (lib/utils/sbom-spdx.js); arborist follows peer edges like any other, so it is a run-time edge here.
 */
const DEPENDENCY_OF: Readonly<Record<string, EdgeKind>> = {
  DEPENDENCY_OF: 'runtime',
  RUNTIME_DEPENDENCY_OF: 'runtime',
  PROVIDED_DEPENDENCY_OF: 'runtime',
  PREREQUISITE_FOR: 'runtime',
  OPTIONAL_DEPENDENCY_OF: 'optional',
  DEV_DEPENDENCY_OF: 'development',
  DEV_DEPENDENCY: 'development',
  TEST_DEPENDENCY_OF: 'development',
  BUILD_DEPENDENCY_OF: 'development',
  DEV_TOOL_OF: 'development',
  BUILD_TOOL_OF: 'development',
  TEST_TOOL_OF: 'development',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const id = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length <= 4096 ? v : null);

export function readRelationships(document: Record<string, unknown>, documentId: string, problems: Problem[]): Relationships {
  const list: unknown[] = Array.isArray(document.relationships) ? document.relationships : [];
  if (document.relationships !== undefined && !Array.isArray(document.relationships)) {
    problems.push({ place: '/relationships', message: 'relationships is not an array; the document is read without edges' });
  }
  const described = new Set<string>();
  if (Array.isArray(document.documentDescribes)) for (const d of document.documentDescribes) if (id(d)) described.add(d as string);

  // Two passes: whether an *_OF relationship is written backwards depends on knowing the described packages.
  const read: [string, string, string][] = [];
  list.forEach((r: unknown, i) => {
    const element = isObject(r) ? id(r.spdxElementId) : null;
    const related = isObject(r) ? id(r.relatedSpdxElement) : null;
    const rawType = isObject(r) && typeof r.relationshipType === 'string' && r.relationshipType.length <= 64 ? r.relationshipType : null;
    if (element === null || related === null || rawType === null) {
      problems.push({ place: `/relationships/${i}`, message: 'relationship needs spdxElementId, relationshipType and relatedSpdxElement; skipped' });
      return;
    }
    // SPDX 2.2 files and some tools write "DEPENDS-ON"; the meaning is the same.
    const type = rawType.toUpperCase().replaceAll('-', '_');
    if (type === 'DESCRIBES' && element === documentId) described.add(related);
    else if (type === 'DESCRIBED_BY' && related === documentId) described.add(element);
    else read.push([element, type, related]);
  });

  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const number = (spdxId: string): number => {
    let i = indexOf.get(spdxId);
    if (i === undefined) {
      i = ids.length;
      ids.push(spdxId);
      indexOf.set(spdxId, i);
    }
    return i;
  };
  const from: number[] = [];
  const to: number[] = [];
  const development: boolean[] = [];
  const optional: boolean[] = [];
  const add = (a: string, b: string, kind: EdgeKind): void => {
    from.push(number(a));
    to.push(number(b));
    development.push(kind === 'development');
    optional.push(kind === 'optional');
  };
  let contains = 0;
  let reversed = 0;
  for (const [element, type, related] of read) {
    if (type === 'DEPENDS_ON' || type === 'HAS_PREREQUISITE') add(element, related, 'runtime');
    else if (type === 'CONTAINS' || type === 'CONTAINED_BY') contains++;
    else if (Object.hasOwn(DEPENDENCY_OF, type)) {
      const kind = DEPENDENCY_OF[type] as EdgeKind;
      // The described package is what the document is about; it cannot be a dependency of its own
      // dependency, so "ROOT DEV_DEPENDENCY_OF x" (seen in generated files) means x is a dev dependency of ROOT.
      if (described.has(element) && !described.has(related)) {
        add(element, related, kind);
        reversed++;
      } else add(related, element, kind);
    }
  }
  return { described, graph: { ids, indexOf, from, to, development, optional }, contains, reversed };
}
