import type { DatabaseSync } from 'node:sqlite';
import type { Dependency } from '../../model/dependency.js';
import type { DependencyGraph, DependencySet } from '../../model/dependency-set.js';
import type { SetWithGraph } from '../store.js';
import type { Checksums } from '../../model/checksum.js';
import { decodeGraph, edgeOrder, encodeGraph } from '../../graph/edge-codec.js';
import { fromFlag, fromJson } from './rows.js';

/**
 * The migration that adds a set's edges (issue 15): one blob per set (graph/edge-codec.ts), about three bytes an
 * edge, where a row per edge would cost two row ids, a rowid and index entries (~30 bytes). The trigger keeps a
 * deleted set from leaving its edges behind, whichever code deletes it (foreign keys are not enforced here).
 * A set written before this migration has no row: it reads as a graph without edges until it is scanned again.
 */
export const EDGES_MIGRATION = `
  CREATE TABLE set_edges (
    set_id INTEGER PRIMARY KEY REFERENCES sets (id) ON DELETE CASCADE,
    edges BLOB NOT NULL
  ) STRICT;
  CREATE TRIGGER set_edges_follow_sets AFTER DELETE ON sets BEGIN
    DELETE FROM set_edges WHERE set_id = old.id;
  END;
`;

export type EdgeWriter = (setId: number, purls: readonly string[], graph: DependencyGraph | undefined) => void;

/**
 * Stores a set's edges, inside the caller's write transaction (the set's own), so readers see a set and its
 * edges from the same write. Unchanged edges (a re-scan) are not written again.
 */
export function createEdgeWriter(db: DatabaseSync): EdgeWriter {
  const read = db.prepare('SELECT edges FROM set_edges WHERE set_id = ?');
  const write = db.prepare('INSERT INTO set_edges (set_id, edges) VALUES (?, ?) ON CONFLICT (set_id) DO UPDATE SET edges = excluded.edges');
  return (setId, purls, graph) => {
    const bytes = encodeGraph(edgeOrder(purls), graph);
    const old = read.get(setId)?.edges;
    if (old instanceof Uint8Array && Buffer.compare(old, bytes) === 0) return;
    write.run(setId, bytes);
  };
}

export type GraphLoader = (project: string, ref: string, file?: string) => DependencySet[];

/** A set's row: its id and what a DependencySet says of it. */
type SetRow = Record<string, unknown> & { id: unknown; file: unknown; package_manager: unknown; format: unknown };

/** Builds each set with its dependencies and decoded edges; the caller holds a read transaction. */
function createSetReader(db: DatabaseSync): (project: string, ref: string, s: SetRow) => DependencySet {
  const rows = db.prepare(
    'SELECT purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source FROM dependencies WHERE set_id = ? ORDER BY purl',
  );
  // Arrays, not objects: a set of 500 dependencies is read in about two thirds of the time (bench/rescan.ts).
  rows.setReturnArrays(true);
  const edges = db.prepare('SELECT edges FROM set_edges WHERE set_id = ?');
  return (project, ref, s) => {
    const byPurl = new Map<string, Dependency>();
    for (const d of rows.all(Number(s.id)) as unknown as unknown[][]) {
      const [purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source] = d;
      byPurl.set(String(purl), {
        purl: String(purl),
        type: String(type),
        namespace: namespace === null ? null : String(namespace),
        name: String(name),
        version: String(version),
        introduced: fromFlag(introduced),
        development: fromFlag(development),
        // Left out when unknown, as the scan leaves it out (graph/build.ts).
        ...(optional !== null && { optional: fromFlag(optional) }),
        licenses: fromJson<string[]>(licenses),
        checksums: fromJson<Checksums>(checksums),
        source: source === null ? null : String(source),
      });
    }
    // SQLite sorts by UTF-8 bytes; the edges are numbered in code-unit order (edge-codec.ts).
    const purls = edgeOrder(byPurl.keys());
    const blob = edges.get(Number(s.id))?.edges;
    const decoded = blob instanceof Uint8Array ? decodeGraph(blob, purls) : { edges: new Map<string, readonly string[]>() };
    if (typeof decoded === 'string') throw new Error(`the stored edges of ${String(s.file)} of ${project} at ${ref} are damaged (${decoded}); scan the ref again`);
    return {
      file: String(s.file),
      packageManager: s.package_manager === null ? null : String(s.package_manager),
      format: String(s.format),
      dependencies: purls.map((p) => byPurl.get(p) as Dependency),
      graph: decoded,
    };
  };
}

/** Sets of a project at a ref (one file when given) with their graphs; the caller holds a read transaction. */
export function createGraphLoader(db: DatabaseSync): GraphLoader {
  const sets = db.prepare('SELECT id, file, package_manager, format FROM sets WHERE project = ? AND ref = ? ORDER BY file');
  const oneSet = db.prepare('SELECT id, file, package_manager, format FROM sets WHERE project = ? AND ref = ? AND file = ?');
  const read = createSetReader(db);
  return (project, ref, file) => {
    const found = file === undefined ? sets.all(project, ref) : oneSet.all(project, ref, file);
    return found.map((s) => read(project, ref, s as SetRow));
  };
}

export type SetWithGraphLoader = (project: string, ref: string, file: string) => SetWithGraph | null;

/** One set with its graph and scan time (Store.loadSet); the caller holds a read transaction. */
export function createSetWithGraphLoader(db: DatabaseSync): SetWithGraphLoader {
  const oneSet = db.prepare('SELECT id, file, package_manager, format, scanned_at FROM sets WHERE project = ? AND ref = ? AND file = ?');
  const read = createSetReader(db);
  return (project, ref, file) => {
    const s = oneSet.get(project, ref, file) as SetRow | undefined;
    return s ? { ...read(project, ref, s), scannedAt: String(s.scanned_at) } : null;
  };
}
