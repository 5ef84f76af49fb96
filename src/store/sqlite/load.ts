import type { DatabaseSync } from 'node:sqlite';
import type { Checksums } from '../../model/checksum.js';
import type { StoredDependency, StoredSet } from '../store.js';
import { fromFlag, fromJson } from './rows.js';

export type SetLoader = (project: string, ref: string) => StoredSet[];

/** Every set of a project at a ref, files and dependencies sorted, as the diff and checks read them. */
export function createLoader(db: DatabaseSync): SetLoader {
  const readSets = db.prepare(
    'SELECT id, file, package_manager, format, commit_sha, scanned_at FROM sets WHERE project = ? AND ref = ? ORDER BY file',
  );
  const readDependencies = db.prepare(
    `SELECT purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source, created_at, first_commit_sha
     FROM dependencies WHERE set_id = ? ORDER BY purl`,
  );
  return (project, ref) =>
    readSets.all(project, ref).map((s) => {
      const scannedAt = String(s.scanned_at);
      const dependencies = readDependencies.all(Number(s.id)).map(
        (d): StoredDependency => ({
          purl: String(d.purl),
          type: String(d.type),
          namespace: d.namespace === null ? null : String(d.namespace),
          name: String(d.name),
          version: String(d.version),
          introduced: fromFlag(d.introduced),
          development: fromFlag(d.development),
          // Left out when unknown, as the scan leaves it out (graph/build.ts).
          ...(d.optional !== null && { optional: fromFlag(d.optional) }),
          licenses: fromJson<string[]>(d.licenses),
          checksums: fromJson<Checksums>(d.checksums),
          source: d.source === null ? null : String(d.source),
          createdAt: String(d.created_at),
          firstCommitSha: d.first_commit_sha === null ? null : String(d.first_commit_sha),
          // Rows not seen in the set's last write were deleted by it, so every row was last seen then.
          lastSeenAt: scannedAt,
        }),
      );
      return {
        project,
        ref,
        file: String(s.file),
        packageManager: s.package_manager === null ? null : String(s.package_manager),
        format: String(s.format),
        commitSha: s.commit_sha === null ? null : String(s.commit_sha),
        scannedAt,
        dependencies,
      };
    });
}
