import { hash } from 'node:crypto';
import type { FindingKind } from '../model/finding.js';

/**
 * The stable id of a finding: a hash of what makes it the same finding (kind, dependency file, purl with
 * version, and the rule or advisory behind it), never of run-specific things (time, order, message wording),
 * so the same finding has the same id across runs, machines, input order, and between a pipeline and a rescan.
 * `key` is the rule's own identity ("deny:pkg:npm/left-pad"), the advisory id, or the changed value.
 */
export function fingerprint(kind: FindingKind, file: string, purl: string, key: string): string {
  // crypto.hash: the one-shot form of createHash, without a Hash object per finding (thousands on a large scan).
  return hash('sha256', JSON.stringify([kind, file, purl, key]), 'hex').slice(0, 32);
}
