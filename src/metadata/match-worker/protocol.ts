import type { DependencySet } from '../../model/dependency-set.js';
import type { Dependency } from '../../model/dependency.js';
import type { Finding } from '../../model/finding.js';

/** What the matching thread is handed (workerData): the SQLite file whose metadata it opens, read-only. */
export interface MatchWorkerData {
  readonly path: string;
}

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

/** The one message the thread answers with. */
export type MatchReply = { readonly ok: true; readonly findings: readonly Finding[] } | { readonly ok: false; readonly error: string };

/**
 * A set as matching reads it (match.ts, package-key.ts, introduced-by.ts, distro.ts): the fields that name each
 * package, its version, its direct and development flags, and the graph's edges. Checksums, sources and licences
 * stay behind. Packed as a few long strings and one typed array: copying to another thread costs by the value
 * (50,000 dependencies as objects took 90 ms to copy and 150 ms to read back; as columns of JSON, a few).
 */
export interface PackedSet {
  readonly file: string;
  readonly packageManager: string | null;
  readonly format: string;
  /** JSON of [purls, types, namespaces, names, versions], one entry per dependency. */
  readonly columns: string;
  /** Per dependency, `introduced` then `development`: 0 null, 1 false, 2 true. */
  readonly flags: Int8Array;
  /** JSON of the graph's edges as [from, [to ...]] pairs. */
  readonly edges: string;
}

const flag = (value: boolean | null | undefined): number => (value === true ? 2 : value === false ? 1 : 0);
const unflag = (value: number): boolean | null => (value === 2 ? true : value === 1 ? false : null);

export function packSets(sets: readonly DependencySet[]): PackedSet[] {
  return sets.map((set) => {
    const deps = set.dependencies;
    const flags = new Int8Array(deps.length * 2);
    deps.forEach((d, i) => {
      flags[i * 2] = flag(d.introduced);
      flags[i * 2 + 1] = flag(d.development);
    });
    const columns = [deps.map((d) => d.purl), deps.map((d) => d.type), deps.map((d) => d.namespace), deps.map((d) => d.name), deps.map((d) => d.version)];
    return { file: set.file, packageManager: set.packageManager, format: set.format, columns: JSON.stringify(columns), flags, edges: JSON.stringify([...set.graph.edges]) };
  });
}

export function unpackSets(packed: readonly PackedSet[]): DependencySet[] {
  return packed.map((set) => {
    const [purls, types, namespaces, names, versions] = JSON.parse(set.columns) as [string[], string[], (string | null)[], string[], string[]];
    const dependencies = purls.map(
      (purl, i): Dependency => ({
        purl, type: types[i] as string, namespace: namespaces[i] ?? null, name: names[i] as string, version: versions[i] as string,
        introduced: unflag(set.flags[i * 2] as number), development: unflag(set.flags[i * 2 + 1] as number), licenses: null, checksums: null, source: null,
      }),
    );
    return { file: set.file, packageManager: set.packageManager, format: set.format, dependencies, graph: { edges: new Map(JSON.parse(set.edges) as [string, string[]][]) } };
  });
}
