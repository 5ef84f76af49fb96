import { locateJsonError } from './json-locate.js';

/**
 * JSON.parse with an error that says where: V8 reports a character position (and, in newer versions,
 * line and column); readers of a CI log need the line and column.
 */
export type JsonOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly place: string; readonly message: string };

/**
 * "{" starts JSON (no text format we read does); "[" may also start TOML (`[[package]]`, `[project]`), so a
 * "[" text is JSON only when it parses as JSON. */
export function jsonStart(text: string): '{' | '[' | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    return c === 0x7b ? '{' : c === 0x5b ? '[' : null;
  }
  return null;
}

export function looksLikeJson(text: string): boolean {
  return jsonStart(text) !== null;
}

export function parseJson(text: string): JsonOutcome {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const raw = (e as Error).message;
    const position = /at position (\d+)/.exec(raw);
    const lineColumn = /\(line (\d+) column (\d+)\)/.exec(raw);
    const cleaned = raw.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '').replace(/^JSON\.parse: /, '');
    if (lineColumn) return { ok: false, place: `line ${lineColumn[1]}, column ${lineColumn[2]}`, message: `invalid JSON: ${cleaned}` };
    if (position) {
      const { line, column } = lineAndColumn(text, Number(position[1]));
      return { ok: false, place: `line ${line}, column ${column}`, message: `invalid JSON: ${cleaned}` };
    }
    // Some V8 messages carry no position ("Unexpected token 'x', ... is not valid JSON"): find it ourselves,
    // and drop the message's echo of the text, which can be megabytes long.
    const at = lineAndColumn(text, locateJsonError(text));
    const reason = cleaned.replace(/, ".*" is not valid JSON$/s, '');
    return { ok: false, place: `line ${at.line}, column ${at.column}`, message: `invalid JSON: ${reason}` };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
