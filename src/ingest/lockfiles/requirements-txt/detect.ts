import { logicalLines } from './logical-lines.js';
import { readRequirementLine } from './requirement-line.js';

/** Lines looked at: enough to judge, bounded so detection of a huge non-requirements text stays cheap. */
const SAMPLE = 500;

/**
 * requirements.txt is free text and sits last in detection order, so it claims only text whose lines
 * (comments and blank lines aside) are mostly (80%) requirement specifiers or pip options, with at least one that is
 * more than a bare word or a URL (a version, extras, a marker, a hash or a pip option). JSON, TOML tables and YAML keys fail that.
 */
export function looksLikeRequirements(text: string): boolean {
  const first = text.trimStart().charCodeAt(0);
  if (first === 0x7b /* { */ || first === 0x5b /* [ */) return false;
  let good = 0;
  let bad = 0;
  let evidence = false;
  let seen = 0;
  for (const logical of logicalLines(text.length > 200_000 ? text.slice(0, 200_000) : text)) {
    if (logical.comment !== null || logical.text.length === 0) continue;
    if (++seen > SAMPLE) break;
    const read = readRequirementLine(logical.text);
    if (read.kind === 'invalid') bad++;
    else {
      good++;
      if (read.kind === 'option' || (read.kind === 'requirement' && read.detailed)) evidence = true;
    }
  }
  return good > 0 && evidence && bad * 5 <= good + bad;
}
