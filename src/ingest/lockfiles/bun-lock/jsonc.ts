import { parseJson, type JsonOutcome } from '../../json-text.js';

/**
 * Parses bun.lock's JSONC (JSON with trailing commas; comments are allowed too). Trailing commas and comments
 * are overwritten with spaces, not removed, so JSON.parse's error positions still point into the original text.
 * One pass, string-aware: a "," or "//" inside a string is left alone.
 */
export function parseJsonc(text: string): JsonOutcome {
  // [start, end) ranges to blank, in order.
  const blanks: number[] = [];
  let lastComma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: skip to its closing quote, honouring escapes
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      lastComma = -1;
    } else if (c === 0x2f && (text.charCodeAt(i + 1) === 0x2f || text.charCodeAt(i + 1) === 0x2a)) {
      const line = text.charCodeAt(i + 1) === 0x2f;
      const close = line ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      const end = close === -1 ? text.length : line ? close : close + 2;
      blanks.push(i, end);
      i = end - 1;
    } else if (c === 0x2c) {
      lastComma = i;
    } else if (c === 0x7d || c === 0x5d) {
      if (lastComma !== -1) blanks.push(lastComma, lastComma + 1);
      lastComma = -1;
    } else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
      lastComma = -1;
    }
  }
  if (blanks.length === 0) return parseJson(text);
  // Blanked ranges come in text order, except that a trailing comma is found after the comments that follow it.
  const ranges: [number, number][] = [];
  for (let k = 0; k < blanks.length; k += 2) ranges.push([blanks[k] as number, blanks[k + 1] as number]);
  ranges.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    pieces.push(text.slice(at, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    at = end;
  }
  pieces.push(text.slice(at));
  return parseJson(pieces.join(''));
}
