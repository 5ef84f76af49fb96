import cvssCalculator from 'ae-cvss-calculator';
import type { CvssScore, Severity } from '../../model/finding.js';

const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvssCalculator;

/** The CVSS version a vector declares; v2 vectors carry no prefix. */
function versionOf(vector: string): string | null {
  const match = /^CVSS:(\d\.\d)\//.exec(vector);
  if (match) return match[1] as string;
  return /^AV:[LAN]\/AC:[HML]\/Au:/.test(vector) ? '2.0' : null;
}

/**
 * A vector with its base score computed by the metaeffekt CVSS calculator (FIRST's formulas for 2.0, 3.0,
 * 3.1 and 4.0). A vector the calculator cannot read keeps a null score rather than failing the match.
 */
export function cvssScore(vector: string): CvssScore {
  let score = scores.get(vector);
  if (!score) {
    const version = versionOf(vector.trim());
    score = { version: version ?? 'unknown', vector, baseScore: baseScoreOf(version, vector) };
    // Advisories share few distinct vectors; the calculator costs far more than the lookup.
    if (scores.size > 10_000) scores.clear();
    scores.set(vector, score);
  }
  return score;
}

const scores = new Map<string, CvssScore>();

function baseScoreOf(version: string | null, vector: string): number | null {
  try {
    const calculator =
      version === '2.0' ? new Cvss2(vector) : version === '3.0' ? new Cvss3P0(vector) : version === '3.1' ? new Cvss3P1(vector) : version === '4.0' ? new Cvss4P0(vector) : null;
    const base = calculator?.calculateScores().base;
    return typeof base === 'number' && Number.isFinite(base) ? base : null;
  } catch {
    return null;
  }
}

/** FIRST's qualitative ratings: v3 and v4 (None 0, Low 0.1-3.9, Medium 4-6.9, High 7-8.9, Critical 9-10); v2 has no Critical. */
export function severityOfScore(score: CvssScore): Severity | null {
  const s = score.baseScore;
  if (s === null) return null;
  if (score.version === '2.0') return s >= 7 ? 'high' : s >= 4 ? 'medium' : 'low';
  if (s >= 9) return 'critical';
  if (s >= 7) return 'high';
  if (s >= 4) return 'medium';
  if (s > 0) return 'low';
  return 'info';
}

/** The rating of the newest CVSS version that has a score (v4 over v3.x over v2). */
export function severityOfScores(scores: readonly CvssScore[]): Severity | null {
  const rank = (v: string): number => (v === '4.0' ? 4 : v.startsWith('3.') ? 3 : v === '2.0' ? 2 : 0);
  const best = [...scores].filter((s) => s.baseScore !== null).sort((a, b) => rank(b.version) - rank(a.version))[0];
  return best ? severityOfScore(best) : null;
}
