import type { DatabaseSync } from 'node:sqlite';
import type { Dependency } from '../../model/dependency.js';
import type { DependencyGraph, DependencySet } from '../../model/dependency-set.js';
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

/** Sets of a project at a ref (one file when given) with their graphs; the caller holds a read transaction. */
export function createGraphLoader(db: DatabaseSync): GraphLoader {
  const sets = db.prepare('SELECT id, file, package_manager, format FROM sets WHERE project = ? AND ref = ? ORDER BY file');
  const oneSet = db.prepare('SELECT id, file, package_manager, format FROM sets WHERE project = ? AND ref = ? AND file = ?');
  const rows = db.prepare(
    'SELECT purl, type, namespace, name, version, introduced, development, licenses, checksums, source FROM dependencies WHERE set_id = ? ORDER BY purl',
  );
  const edges = db.prepare('SELECT edges FROM set_edges WHERE set_id = ?');
  return (project, ref, file) => {
    const found = file === undefined ? sets.all(project, ref) : oneSet.all(project, ref, file);
    return found.map((s) => {
      const byPurl = new Map<string, Dependency>();
      for (const d of rows.all(Number(s.id))) {
        byPurl.set(String(d.purl), {
          purl: String(d.purl),
          type: String(d.type),
          namespace: d.namespace === null ? null : String(d.namespace),
          name: String(d.name),
          version: String(d.version),
          introduced: fromFlag(d.introduced),
          development: fromFlag(d.development),
          licenses: fromJson<string[]>(d.licenses),
          checksums: fromJson<Checksums>(d.checksums),
          source: d.source === null ? null : String(d.source),
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
    });
  };
}
