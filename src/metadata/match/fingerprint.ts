import { fingerprint } from '../../checks/fingerprint.js';

/**
 * The id of a vulnerability finding from synced advisories: the one fingerprint of every finding
 * (checks/fingerprint.ts) with the advisory id as its key, so an advisory reported by the input and the same
 * advisory matched from the metadata, in a pipeline or a rescan, give the same id.
 */
export function vulnerabilityFingerprint(advisoryId: string, file: string, purl: string): string {
  return fingerprint('vulnerability', file, purl, advisoryId);
}
