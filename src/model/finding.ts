/**
 * A finding: what a check says about one dependency (DESIGN.md 7). Every check (supply chain, policies,
 * vulnerabilities from the input or from synced advisories) produces this one shape, so the verdict, the
 * reports (JSON, GitLab security report, SARIF, comment) and the store see one model.
 */
export type FindingKind = 'vulnerability' | 'checksum-changed' | 'source-changed' | 'dependency-policy' | 'license-policy';

/** Ordered from most to least severe; `unknown` sorts last and never fails a verdict by itself. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface AdvisoryIdentifier {
  /** cve, ghsa, osv, glad, ... lower case. */
  readonly type: string;
  readonly name: string;
  readonly value: string;
  readonly url: string | null;
}

export interface CvssScore {
  /** "2.0" | "3.0" | "3.1" | "4.0" */
  readonly version: string;
  readonly vector: string;
  readonly baseScore: number | null;
}

export interface FindingAdvisory {
  readonly id: string;
  readonly identifiers: readonly AdvisoryIdentifier[];
  readonly title: string | null;
  readonly cvss: readonly CvssScore[];
  /** Where the advisory comes from: the input report, "osv", "glad", "trivy-db". */
  readonly source: string | null;
  readonly epss: number | null;
  readonly knownExploited: boolean | null;
  readonly url: string | null;
}

export interface Finding {
  /** Stable fingerprint: same finding, same id, across runs, machines, input order, pipeline and rescan. */
  readonly id: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** True when the finding is not in the target (merge request) or previous state; true outside a merge request. */
  readonly new: boolean;
  readonly suppressed: boolean;
  /** Why it is suppressed (the exception's reason), null when not suppressed. */
  readonly suppressedBy: string | null;
  /** The dependency file of the dependency. */
  readonly file: string;
  readonly purl: string;
  /** The package name as written in the dependency file. */
  readonly name: string;
  readonly version: string;
  /** What is wrong and what to do, in one or two sentences. */
  readonly message: string;
  /** The check or policy rule behind it ("checksum-changed", "dependencies.deny[3]"), null for advisories. */
  readonly rule: string | null;
  readonly advisory: FindingAdvisory | null;
  readonly fixedVersions: readonly string[];
  /** purls of the introduced (direct) dependencies that bring this one in, from the graph; itself when direct. */
  readonly introducedBy: readonly string[];
}
