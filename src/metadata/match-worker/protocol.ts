import type { DependencySet } from '../../model/dependency-set.js';
import type { Dependency } from '../../model/dependency.js';

/** What the matching thread is handed (workerData): the SQLite file whose metadata it opens, read-only. */
export interface MatchWorkerData {
  /** Says to the entry module (src/index.ts), which every thread of depindex starts from, what this thread is for. */
  readonly thread: 'match';
  readonly path: string;
}

export const isMatchWorkerData = (data: unknown): data is MatchWorkerData =>
  typeof data === 'object' && data !== null && (data as Partial<MatchWorkerData>).thread === 'match' && typeof (data as Partial<MatchWorkerData>).path === 'string';

/** Matching's options that cross to the thread (match.ts MatchOptions, without the key index it builds itself). */
export interface MatchRequestOptions {
  readonly includeDevelopment?: boolean;
  readonly epssThreshold?: number;
}

/** The one message the thread is sent: the sets to match, packed (packSets). */
export interface MatchRequest {
  readonly sets: readonly PackedSet[];
  readonly options: MatchRequestOptions;
}

/**
 * The one message the thread answers with. The findings as JSON texts, each one JSON.stringify of a Finding: the
 * scan reads them back (model/finding-json.ts) and the index stores the texts as they are, where objects would be
 * copied into the scan's thread and made into text there again.
 */
export type MatchReply = { readonly ok: true; readonly findings: readonly string[] } | { readonly ok: false; readonly error: string };

/**
 * A set as matching reads it (match.ts, package-key.ts, introduced-by.ts, distro.ts): the fields that name each
 * package, its version, its direct and development flags, and the graph's edges. Checksums, sources and licences
 * stay behind. Packed as columns of strings and one typed array: copying to another thread costs by the value, and
 * 50,000 dependencies as objects took 90 ms to copy and 150 ms to read back; as columns, under 15 ms each way
 * (as JSON text, twice that to write).
 */
export interface PackedSet {
  readonly file: string;
  readonly packageManager: string | null;
  readonly format: string;
  readonly purls: readonly string[];
  readonly types: readonly string[];
  readonly namespaces: readonly (string | null)[];
  readonly names: readonly string[];
  readonly versions: readonly string[];
  /** Per dependency, `introduced` then `development`: 0 null, 1 false, 2 true. */
  readonly flags: Int8Array;
  readonly edges: ReadonlyMap<string, readonly string[]>;
}

const flag = (value: boolean | null | undefined): number => (value === true ? 2 : value === false ? 1 : 0);
const unflag = (value: number): boolean | null => (value === 2 ? true : value === 1 ? false : null);

export function packSets(sets: readonly DependencySet[]): PackedSet[] {
  return sets.map((set) => {
    const n = set.dependencies.length;
    const purls = new Array<string>(n);
    const types = new Array<string>(n);
    const namespaces = new Array<string | null>(n);
    const names = new Array<string>(n);
    const versions = new Array<string>(n);
    const flags = new Int8Array(n * 2);
    set.dependencies.forEach((d, i) => {
      purls[i] = d.purl;
      types[i] = d.type;
      namespaces[i] = d.namespace;
      names[i] = d.name;
      versions[i] = d.version;
      flags[i * 2] = flag(d.introduced);
      flags[i * 2 + 1] = flag(d.development);
    });
    return { file: set.file, packageManager: set.packageManager, format: set.format, purls, types, namespaces, names, versions, flags, edges: set.graph.edges };
  });
}

export function unpackSets(packed: readonly PackedSet[]): DependencySet[] {
  return packed.map((set) => {
    const dependencies = set.purls.map(
      (purl, i): Dependency => ({
        purl, type: set.types[i] as string, namespace: set.namespaces[i] ?? null, name: set.names[i] as string, version: set.versions[i] as string,
        introduced: unflag(set.flags[i * 2] as number), development: unflag(set.flags[i * 2 + 1] as number), licenses: null, checksums: null, source: null,
      }),
    );
    return { file: set.file, packageManager: set.packageManager, format: set.format, dependencies, graph: { edges: set.edges } };
  });
}
