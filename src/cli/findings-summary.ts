import type { Finding } from '../model/finding.js';
import type { Verdict } from '../model/verdict.js';
import { printable } from '../ingest/describe-unknown.js';

const SHOWN = 30;

/** The findings part of the log: the verdict, then up to 30 findings, new ones first. Nothing without findings. */
export function renderFindingsSummary(findings: readonly Finding[], verdict: Verdict): string {
  if (findings.length === 0) return '';
  const active = findings.filter((f) => !f.suppressed);
  const fresh = active.filter((f) => f.new).length;
  const lines = [`verdict: ${verdict} (${findings.length} findings: ${fresh} new, ${active.length - fresh} existing, ${findings.length - active.length} suppressed)`];
  for (const f of findings.slice(0, SHOWN)) {
    const marks = [f.new ? 'new' : 'existing', ...(f.suppressed ? ['suppressed'] : [])].join(', ');
    lines.push(`finding: ${f.severity} ${f.kind} [${marks}] ${printable(f.file, 200)}: ${printable(f.message, 500)}`);
  }
  if (findings.length > SHOWN) lines.push(`… and ${findings.length - SHOWN} more findings (all are in --findings output)`);
  return lines.map((l) => l + '\n').join('');
}
