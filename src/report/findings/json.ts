import type { Finding } from '../../model/finding.js';
import type { Verdict } from '../../model/verdict.js';

/**
 * `--findings`: the verdict and every finding, suppressed ones included and marked (README "Findings JSON").
 * Keys are written in the contract's order, so two runs on the same input give the same bytes.
 */
export function findingsJson(verdict: Verdict, findings: readonly Finding[]): string {
  return JSON.stringify({ verdict, findings: findings.map(contractFinding) }, null, 2) + '\n';
}

export function contractFinding(f: Finding): Record<string, unknown> {
  return {
    id: f.id,
    kind: f.kind,
    severity: f.severity,
    new: f.new,
    suppressed: f.suppressed,
    suppressedBy: f.suppressedBy,
    file: f.file,
    purl: f.purl,
    name: f.name,
    version: f.version,
    message: f.message,
    rule: f.rule,
    advisory: f.advisory,
    fixedVersions: f.fixedVersions,
    introducedBy: f.introducedBy,
  };
}
