import type { WhyAnswer } from '../graph/why.js';
import { printable } from '../ingest/describe-unknown.js';

const NOTES: Record<NonNullable<WhyAnswer['note']>, string> = {
  'declared directly': '  declared directly',
  'no graph': '  this input has no dependency graph, so no path can be shown',
  unreached: '  no path from an introduced dependency reaches it',
};

/** `depindex why`'s text for one answer: the same whether the sets came from files or from the index. */
export function renderWhyText(answer: WhyAnswer): string {
  const { dependency, labels } = answer;
  const label = (purl: string): string => labels.get(purl) ?? purl;
  const role = dependency.introduced === true ? 'direct' : dependency.introduced === false ? 'transitive' : 'direct or transitive: unknown';
  const scope = dependency.development === true ? 'development' : dependency.development === false ? 'runtime' : 'scope unknown';
  const lines = [`${printable(label(dependency.purl), 300)} in ${printable(answer.file, 200)} (${role}, ${scope})`];
  if (answer.note !== null) lines.push(NOTES[answer.note]);
  for (const path of answer.paths) if (path.length > 1) lines.push('  ' + path.map((p) => printable(label(p), 200)).join(' > '));
  if (answer.omitted > 0 || answer.countCapped) lines.push(`  … ${answer.omitted}${answer.countCapped ? '+' : ''} more path(s) not shown`);
  return lines.join('\n') + '\n';
}
