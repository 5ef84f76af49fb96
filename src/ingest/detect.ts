import type { ParseResult, Parser } from './parser.js';
import { parsers as registeredParsers } from './registry.js';
import { describeUnknown } from './describe-unknown.js';
import { normalizeLineEndings } from './decode.js';
import { refuseControlCharacters, warnWhenNothingFound } from './entry-checks.js';
import { jsonStart, parseJson } from './json-text.js';

/** An input's text, decoded, with its JSON value when it is JSON. */
export interface DecodedInput {
  readonly text: string;
  readonly json: unknown;
}

export type Detection =
  | { readonly ok: true; readonly parser: Parser; readonly input: DecodedInput }
  | { readonly ok: false; readonly message: string };

export type ParsedInput =
  | { readonly ok: true; readonly parser: Parser; readonly result: ParseResult }
  | { readonly ok: false; readonly message: string };

/** Pure: decodes JSON once (shared by every parser's detect and parse) and picks the parser by content. */
export function detectFormat(rawText: string, parsers: readonly Parser[] = registeredParsers): Detection {
  const unmarked = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (unmarked.length === 0) return { ok: false, message: 'the file is empty' };
  const start = jsonStart(unmarked);
  if (start === null && unmarked.trim().length === 0) {
    return { ok: false, message: `the file holds only whitespace (${unmarked.length} characters), no data` };
  }
  // Line endings are made one kind for the text formats here, once; a JSON object needs none of it.
  const text = start === '{' ? unmarked : normalizeLineEndings(unmarked);
  let json: unknown = undefined;
  let jsonError: string | null = null;
  if (start !== null) {
    const parsed = parseJson(text);
    if (parsed.ok) json = parsed.value;
    else if (start === '{') {
      // JSON-like formats that are not JSON (bun.lock) are the only other thing a "{" text can be.
      const jsonLike = parsers.find((p) => p.jsonLike === true && p.detect({ text, json: undefined }));
      if (jsonLike) return { ok: true, parser: jsonLike, input: { text, json: undefined } };
      return { ok: false, message: `${parsed.place}: ${parsed.message}` };
    }
    else jsonError = `${parsed.place}: ${parsed.message}`;
  }
  const input = { text, json };
  const parser = parsers.find((p) => p.detect(input));
  if (!parser && jsonError !== null) return { ok: false, message: jsonError };
  if (!parser) {
    return {
      ok: false,
      message: `not a format depindex reads: it looks like ${describeUnknown(text, json)}. Supported: ${parsers.map((p) => p.id).join(', ')}`,
    };
  }
  return { ok: true, parser, input };
}

/**
 * Pure: runs the detected parser, then the checks every format gets (entry-checks.ts). A parser that throws is a
 * depindex bug, reported without a stack trace; running out of stack on nesting is the input's doing.
 */
export function parseDetected(
  detection: Extract<Detection, { ok: true }>,
  path: string,
  companions: ReadonlyMap<string, string>,
): ParsedInput {
  const { parser, input } = detection;
  try {
    const outcome = parser.parse({ ...input, path, companions });
    if (!outcome.ok) return { ok: false, message: `${outcome.place ? outcome.place + ': ' : ''}${outcome.error}` };
    // Text formats have no escapes for control characters, so one there is damage; JSON spells them as escapes
    // on purpose (SBOM tools pass names on as they found them), and the writers escape them again.
    const checked = input.json === undefined ? refuseControlCharacters(outcome.value, input.text) : outcome.value;
    return { ok: true, parser, result: warnWhenNothingFound(checked) };
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { ok: false, message: `the input is nested too deeply for the ${parser.id} reader (tables or values inside each other past its depth limit); not read` };
    }
    return { ok: false, message: `the ${parser.id} reader failed on this input (a depindex bug, please report it): ${(e as Error).message}` };
  }
}
