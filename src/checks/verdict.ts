import type { DepindexConfig } from '../config/schema.js';
import { SEVERITIES, type Finding } from '../model/finding.js';
import type { Verdict } from '../model/verdict.js';

/**
 * The one pass/warn/fail decision (DESIGN.md 2). Findings that count: not suppressed, and on a merge request
 * with `only-new`, new in the change. fail: one counts at or above `fail-on` and the mode enforces; warn: any
 * finding counts; pass: none does. `unknown` severity never fails by itself.
 */
export function decideVerdict(findings: readonly Finding[], config: DepindexConfig, comparing: boolean): Verdict {
  const counting = findings.filter((f) => !f.suppressed && (!comparing || !config['only-new'] || f.new));
  if (counting.length === 0) return 'pass';
  if (config.mode === 'warn' || config['fail-on'] === 'never') return 'warn';
  const threshold = SEVERITIES.indexOf(config['fail-on']);
  return counting.some((f) => f.severity !== 'unknown' && SEVERITIES.indexOf(f.severity) <= threshold) ? 'fail' : 'warn';
}
