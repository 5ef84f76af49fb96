import { createHash } from 'node:crypto';

/**
 * The id of a vulnerability finding: kind, advisory id, dependency file and purl, hashed. Nothing else goes in
 * (no order, no time, no severity), so the pipeline and a rescan give the same id for the same finding.
 */
export function vulnerabilityFingerprint(advisoryId: string, file: string, purl: string): string {
  return createHash('sha256').update(JSON.stringify(['vulnerability', advisoryId, file, purl])).digest('hex').slice(0, 40);
}
