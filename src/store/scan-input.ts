import type { Dependency } from '../model/dependency.js';
import { err, ok, type Result } from '../model/result.js';
import type { ScanContext, SetToWrite } from './store.js';

// What every store does to a scan before writing it, so SQLite and Elasticsearch key and merge it alike.

/** Refuses a scan that cannot be keyed before any row is touched, naming what is missing. */
export function checkScan(context: ScanContext, sets: readonly SetToWrite[]): Result<void> {
  if (context.project.trim() === '') return err('cannot write the scan: the project is empty');
  if (context.ref.trim() === '') return err(`cannot write the scan of ${context.project}: the ref is empty`);
  if (Number.isNaN(context.scannedAt.getTime())) return err(`cannot write the scan of ${context.project}: scannedAt is not a valid date`);
  const files = new Set<string>();
  for (const set of sets) {
    if (set.file.trim() === '') return err(`cannot write the scan of ${context.project}@${context.ref}: a set has an empty file path`);
    if (files.has(set.file)) return err(`cannot write the scan of ${context.project}@${context.ref}: ${set.file} is given twice`);
    files.add(set.file);
    const bad = set.dependencies.find((d) => d.purl === '' || d.version === '' || d.name === '');
    if (bad) return err(`cannot write ${set.file} of ${context.project}@${context.ref}: a dependency has an empty purl, name or version (${bad.purl || bad.name})`);
  }
  return ok(undefined);
}

/**
 * One row per purl in a set: a file can list the same version twice (npm's nested node_modules). The merge
 * keeps what the entries agree on and the stronger claim where they differ: direct beats transient,
 * production beats development and required beats optional, since either entry alone would have been stored that way.
 */
export function mergeByPurl(dependencies: readonly Dependency[]): Dependency[] {
  const byPurl = new Map<string, Dependency>();
  for (const d of dependencies) {
    const seen = byPurl.get(d.purl);
    if (!seen) {
      byPurl.set(d.purl, d);
      continue;
    }
    byPurl.set(d.purl, {
      ...seen,
      introduced: seen.introduced === true || d.introduced === true ? true : (seen.introduced ?? d.introduced),
      development: seen.development === false || d.development === false ? false : (seen.development ?? d.development),
      ...optionalOf(seen.optional, d.optional),
      licenses: seen.licenses ?? d.licenses,
      checksums: seen.checksums || d.checksums ? { ...d.checksums, ...seen.checksums } : null,
      source: seen.source ?? d.source,
    });
  }
  return [...byPurl.values()];
}

/** Needed (false) by either entry wins, as for development; unknown (absent) only when both are unknown. */
function optionalOf(a: boolean | null | undefined, b: boolean | null | undefined): { optional?: boolean } {
  if (a === false || b === false) return { optional: false };
  const known = a ?? b;
  return known === null || known === undefined ? {} : { optional: known };
}
