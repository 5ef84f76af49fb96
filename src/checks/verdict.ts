import type { DepindexConfig } from '../config/schema.js';
import { SEVERITIES, type Finding } from '../model/finding.js';
import type { Verdict } from '../model/verdict.js';

/**
 * The one pass/warn/fail decision (DESIGN.md 2). fail: a finding that decides (not suppressed; on a merge
 * request with `only-new`, new in the change) is at or above `fail-on`, and the mode enforces. warn: any
 * finding is not suppressed (existing ones included). pass: none. `unknown` severity never fails by itself.
 */
export function decideVerdict(findings: readonly Finding[], config: DepindexConfig, comparing: boolean): Verdict {
  const active = findings.filter((f) => !f.suppressed);
  if (active.length === 0) return 'pass';
  if (config.mode === 'warn' || config['fail-on'] === 'never') return 'warn';
  const threshold = SEVERITIES.indexOf(config['fail-on']);
  const deciding = active.filter((f) => !comparing || !config['only-new'] || f.new);
  return deciding.some((f) => f.severity !== 'unknown' && SEVERITIES.indexOf(f.severity) <= threshold) ? 'fail' : 'warn';
}
