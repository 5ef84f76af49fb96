import type { Problem } from '../model/problem.js';
import { parsePurl } from '../ecosystems/shared/purl.js';
import type { ParsedSet, ParseResult } from './parser.js';

/**
 * Checks every format gets after parsing, kept here so that no parser has to repeat them. Pure.
 *
 * Control characters (NUL, ESC, C1) in a name or version of a text format come only from a damaged or hostile
 * file (a text format has no way to escape them); kept, they
 * would reach the index, the SBOM and the terminal. A purl percent-encodes them, so the purl shows them cheaply.
 */
const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f|c2%[89][0-9a-f])/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function refuseControlCharacters(result: ParseResult, text: string): ParseResult {
  let problems: Problem[] | null = null;
  const sets = result.sets.map((set): ParsedSet => {
    if (!set.dependencies.some((d) => ENCODED_CONTROL.test(d.purl))) return set;
    const kept = set.dependencies.filter((d) => {
      if (!ENCODED_CONTROL.test(d.purl)) return true;
      const parsed = d.parts ? null : parsePurl(d.purl);
      const parts = d.parts ?? (parsed?.ok ? parsed.value : undefined);
      const bad = parts ? [parts.namespace, parts.name, parts.version].find((v) => v != null && CONTROL.test(v)) : undefined;
      if (bad == null) return true;
      (problems ??= [...result.problems]).push({
        place: placeOf(text, bad),
        message: 'a name or version holds a control character (such as NUL or ESC); this entry is left out',
      });
      return false;
    });
    return { ...set, dependencies: kept };
  });
  return problems === null ? result : { ...result, sets, problems };
}

/** The line where a value occurs in the text, or the first line holding a control character. */
function placeOf(text: string, value: string): string {
  let at = text.indexOf(value);
  if (at < 0) {
    const m = CONTROL.exec(text.replace(/[\n\t]/g, ' '));
    at = m ? m.index : 0;
  }
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return `line ${line}`;
}

/**
 * A lock file that is not empty but yields no dependency at all is more often misread than empty (old Mac line
 * endings did this to five formats); stored, its empty set would delete the file's dependencies in the index.
 */
export function warnWhenNothingFound(result: ParseResult): ParseResult {
  if (result.sets.length === 0 || result.sets.some((s) => s.dependencies.length > 0)) return result;
  return {
    ...result,
    problems: [
      ...result.problems,
      {
        place: 'line 1',
        message:
          'the file is not empty but no dependency was read from it; if the project has dependencies, the file is damaged or in a form depindex misreads. Stored, this empty set replaces what the index held for the file',
      },
    ],
  };
}
