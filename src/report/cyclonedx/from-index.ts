import { randomUUID } from 'node:crypto';
import type { DependencySet } from '../../model/dependency-set.js';
import { err, ok, type Result } from '../../model/result.js';
import { bomChunks } from './write.js';
import type { StoredSet, Store } from '../../store/store.js';
import { TOOL_NAME, VERSION } from '../../version.js';

const NO_EDGES = new Map<string, readonly string[]>();

/**
 * A stored set as the SBOM writer takes it, without edges (sbomFromIndex gives it the stored graph): the fields the
 * writer reads, whatever else the store's object carries.
 */
export function storedToSet(set: StoredSet | DependencySet): DependencySet {
  return {
    file: set.file,
    packageManager: set.packageManager,
    format: set.format,
    // Both stores load dependencies sorted by purl, the order the writer's one-set fast path expects.
    dependencies: set.dependencies.map((d) => ({
      purl: d.purl,
      type: d.type,
      namespace: d.namespace,
      name: d.name,
      version: d.version,
      introduced: d.introduced,
      development: d.development,
      ...(d.optional !== undefined && d.optional !== null && { optional: d.optional }),
      licenses: d.licenses,
      checksums: d.checksums,
      source: d.source,
    })),
    graph: { edges: NO_EDGES },
  };
}

/**
 * The CycloneDX 1.6 SBOM of a project at a ref from the index, in pieces, through the same writer as
 * `scan --sbom` (write.ts); used by `depindex export-sbom` and the index API. The sets are read with their stored
 * graphs (issue 15), so the SBOM's `dependencies` hold the component-to-component edges the scan's SBOM had; a set
 * stored without edges lists its components and no edges. Null when the index holds nothing for that project and ref.
 */
export async function sbomFromIndex(store: Store, project: string, ref: string, now: Date): Promise<Result<Iterable<string> | null>> {
  const loaded = await store.loadGraphs(project, ref);
  if (!loaded.ok) return err(loaded.error);
  if (loaded.value.length === 0) return ok(null);
  const sets = loaded.value.map((set) => ({ ...storedToSet(set), graph: set.graph }));
  return ok(bomChunks(sets, { name: project, version: ref }, { name: TOOL_NAME, version: VERSION }, { serialNumber: `urn:uuid:${randomUUID()}`, timestamp: now }));
}
