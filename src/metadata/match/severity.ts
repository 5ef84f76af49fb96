import { SEVERITIES, type Severity } from '../../model/finding.js';

const WORDS: Readonly<Record<string, Severity>> = {
  critical: 'critical', high: 'high', medium: 'medium', moderate: 'medium', low: 'low', info: 'info', informational: 'info', negligible: 'info', none: 'info',
};

/** An advisory's own severity word as depindex's; unknown words are `unknown`, never guessed. */
export function severityWord(word: string | null | undefined): Severity | null {
  if (!word) return null;
  return WORDS[word.trim().toLowerCase()] ?? null;
}

export interface Exploitation {
  readonly epss: number | null;
  readonly knownExploited: boolean | null;
}

/**
 * Priority from exploitation data (cve_enrichment): a known-exploited vulnerability (CISA KEV) is raised one
 * level and to at least `high`; one whose EPSS probability reaches `epssThreshold` is raised one level.
 * The two do not add up: exploitation evidence moves a finding up once.
 */
export function raiseForExploitation(severity: Severity, exploitation: Exploitation, epssThreshold: number): Severity {
  const kev = exploitation.knownExploited === true;
  const likely = exploitation.epss !== null && exploitation.epss >= epssThreshold;
  if (!kev && !likely) return severity;
  const index = SEVERITIES.indexOf(severity);
  if (severity === 'unknown') return kev ? 'high' : 'unknown';
  const raised = SEVERITIES[Math.max(0, index - 1)] as Severity;
  if (kev && SEVERITIES.indexOf(raised) > SEVERITIES.indexOf('high')) return 'high';
  return raised;
}
