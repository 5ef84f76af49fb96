import type { DepindexConfig } from '../config/schema.js';
import type { Dependency } from '../model/dependency.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { Finding } from '../model/finding.js';
import type { ReportedVulnerability } from '../model/vulnerability.js';

/** A set as stored before (any ref of the project) or read from --base: what the history checks compare with. */
export interface PreviousSet {
  readonly ref?: string | null;
  readonly file: string;
  readonly dependencies: readonly Dependency[];
}

/**
 * Everything a check reads. Checks are pure functions of this (DESIGN.md 2): no store, no clock but `now`.
 * Producers from elsewhere (advisory matching of the metadata sync) take the same context and return findings
 * of the same model; the pipeline's check stage takes a list of them.
 */
export interface CheckContext {
  readonly sets: readonly DependencySet[];
  readonly config: DepindexConfig;
  /** Vulnerabilities the inputs themselves report (GitLab DS reports, CycloneDX `vulnerabilities`). */
  readonly reported: readonly ReportedVulnerability[];
  /** What was stored before this scan (every ref of the project) or the base reports; null when unknown. */
  readonly previous: readonly PreviousSet[] | null;
  /** Findings stored for this project and ref by earlier scans (carry-forward.ts). */
  readonly standing?: readonly Finding[];
  readonly now: Date;
}

export type FindingProducer = (context: CheckContext) => readonly Finding[];

/** A finding as a check makes it; the check stage adds the id, newness, suppression and introducedBy. */
export type DraftFinding = Omit<Finding, 'id' | 'new' | 'suppressed' | 'suppressedBy' | 'introducedBy'> & {
  /** What makes it this finding beyond kind, file and purl (fingerprint.ts). */
  readonly key: string;
};

export function isInScope(d: Pick<Dependency, 'development'>, scope: 'runtime' | 'development' | 'all'): boolean {
  if (scope === 'all') return true;
  return scope === 'development' ? d.development === true : d.development !== true;
}
