import { parse as parseToml } from 'smol-toml';
import type { Problem } from '../../model/problem.js';

/**
 * Reader for the TOML that lock-file tools generate (poetry.lock, Cargo.lock).
 *
 * Why not smol-toml alone: it parses about 20 MB/s, and a 50,000-package poetry.lock is tens of MB; and one bad
 * entry makes it refuse the whole file, where we want that entry as a Problem and the rest kept. So the document
 * is read section by section (a section starts at a `[header]` line) with a small parser for what these tools
 * write; a section it cannot read is handed to smol-toml, and only when smol-toml also refuses it does the
 * section become a Problem. Dates and other constructs lock tools never write go the smol-toml way.
 */
export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export interface TomlLock {
  readonly root: TomlTable;
  readonly problems: Problem[];
  /** "line N" of the header that opened a table, for places of problems found later by the caller. */
  placeOf(table: TomlTable): string;
  /** Tables whose section could not be read (already reported): callers skip them. */
  readonly broken: ReadonlySet<TomlTable>;
}

class Stop extends Error {}

export function readTomlLock(text: string): TomlLock {
  const root: TomlTable = {};
  const problems: Problem[] = [];
  const headerOffset = new Map<TomlTable, number>();
  const broken = new Set<TomlTable>();
  let newlines: number[] | null = null;
  const lineAt = (offset: number): number => {
    if (!newlines) {
      newlines = [];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
    }
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((newlines[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  let pos = 0;
  let current = root;
  let sectionStart = 0;
  let sectionHeader: { path: string[]; array: boolean } | null = null;
  let inHeader = false;
  headerOffset.set(root, 0);

  const fail = (): never => {
    throw new Stop();
  };

  while (pos < text.length) {
    try {
      pos = skipBlankLines(text, pos);
      if (pos >= text.length) break;
      if (text.charCodeAt(pos) === 0x5b /* [ */) {
        sectionStart = pos;
        sectionHeader = null;
        inHeader = true;
        const header = readHeader(text, pos, fail);
        sectionHeader = { path: header.path, array: header.array };
        current = openTable(root, header.path, header.array, fail);
        headerOffset.set(current, pos);
        inHeader = false;
        pos = endOfLine(text, header.end, fail);
      } else {
        const key = readKeyPath(text, pos, fail);
        let i = skipSpaces(text, key.end);
        if (text.charCodeAt(i) !== 0x3d /* = */) fail();
        i = skipSpaces(text, i + 1);
        const value = readValue(text, i, fail);
        assign(current, key.path, value.value, fail);
        pos = endOfLine(text, value.end, fail);
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      const end = nextHeaderLine(text, pos);
      if (inHeader) {
        // The section's own header is unreadable: nothing of it can be placed, so its lines are skipped.
        problems.push({ place: `line ${lineAt(sectionStart)}`, message: 'cannot read this table header; the lines up to the next header are skipped' });
        current = {};
        broken.add(current);
        inHeader = false;
        pos = end;
        continue;
      }
      const fallback = readSectionWithSmolToml(text, sectionStart, end, sectionHeader);
      for (const key of Object.keys(current)) delete current[key];
      if (fallback.ok) Object.assign(current, fallback.table);
      else {
        broken.add(current);
        problems.push({ place: `line ${lineAt(sectionStart) + fallback.lineOffset}`, message: `cannot read this part of the file: ${fallback.message}` });
      }
      pos = end;
    }
  }

  return {
    root,
    problems,
    broken,
    placeOf: (table) => `line ${lineAt(headerOffset.get(table) ?? 0)}`,
  };
}

function readSectionWithSmolToml(
  text: string,
  start: number,
  end: number,
  header: { path: string[]; array: boolean } | null,
): { ok: true; table: TomlTable } | { ok: false; message: string; lineOffset: number } {
  try {
    let value: unknown = parseToml(text.slice(start, end));
    for (const key of header?.path ?? []) value = (value as Record<string, unknown>)[key];
    if (header?.array && Array.isArray(value)) value = value[0];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'unexpected structure', lineOffset: 0 };
    return { ok: true, table: value as TomlTable };
  } catch (e) {
    const error = e as Error & { line?: number };
    const firstLine = error.message.split('\n', 1)[0] ?? 'invalid TOML';
    return { ok: false, message: firstLine.replace(/^Invalid TOML document: /, 'invalid TOML: '), lineOffset: typeof error.line === 'number' ? error.line - 1 : 0 };
  }
}

/** Start of the next line that begins with `[` (a header in generated files), or the end of the text. */
function nextHeaderLine(text: string, from: number): number {
  let i = text.indexOf('\n', from);
  while (i !== -1) {
    if (text.charCodeAt(i + 1) === 0x5b) return i + 1;
    i = text.indexOf('\n', i + 1);
  }
  return text.length;
}

function openTable(root: TomlTable, path: string[], array: boolean, fail: () => never): TomlTable {
  let table = root;
  for (let k = 0; k < path.length; k++) {
    const key = path[k] as string;
    const last = k === path.length - 1;
    const existing = Object.hasOwn(table, key) ? table[key] : undefined;
    if (last && array) {
      const list = existing === undefined ? (table[key] = []) : existing;
      if (!Array.isArray(list)) fail();
      const fresh: TomlTable = {};
      (list as TomlValue[]).push(fresh);
      return fresh;
    }
    if (existing === undefined) {
      const fresh: TomlTable = {};
      table[key] = fresh;
      table = fresh;
    } else if (Array.isArray(existing)) {
      // [a.b] after [[a]] names a table inside the last element of a.
      const lastItem = existing[existing.length - 1];
      if (lastItem === undefined || typeof lastItem !== 'object' || Array.isArray(lastItem)) fail();
      table = lastItem as TomlTable;
    } else if (typeof existing === 'object') {
      table = existing;
    } else {
      fail();
    }
  }
  return table;
}

function assign(table: TomlTable, path: string[], value: TomlValue, fail: () => never): void {
  let target = table;
  for (let k = 0; k < path.length - 1; k++) {
    const key = path[k] as string;
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    if (existing === undefined) target = target[key] = {};
    else if (typeof existing === 'object' && !Array.isArray(existing)) target = existing;
    else fail();
  }
  const last = path[path.length - 1] as string;
  if (Object.hasOwn(target, last)) fail();
  target[last] = value;
}

function skipSpaces(text: string, i: number): number {
  let c = text.charCodeAt(i);
  while (c === 0x20 || c === 0x09) c = text.charCodeAt(++i);
  return i;
}

/** Skips spaces, newlines and comments. */
function skipBlankLines(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23 /* # */) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl + 1;
    } else return i;
  }
}

function endOfLine(text: string, i: number, fail: () => never): number {
  i = skipSpaces(text, i);
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return i;
  if (c === 0x0a) return i + 1;
  if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) return i + 2;
  if (c === 0x23) {
    const nl = text.indexOf('\n', i);
    return nl === -1 ? text.length : nl + 1;
  }
  return fail();
}

function readHeader(text: string, i: number, fail: () => never): { path: string[]; array: boolean; end: number } {
  const array = text.charCodeAt(i + 1) === 0x5b;
  const key = readKeyPath(text, skipSpaces(text, i + (array ? 2 : 1)), fail);
  let j = skipSpaces(text, key.end);
  if (text.charCodeAt(j) !== 0x5d) fail();
  j++;
  if (array) {
    if (text.charCodeAt(j) !== 0x5d) fail();
    j++;
  }
  return { path: key.path, array, end: j };
}

function isBareKeyChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
}

function readKeyPath(text: string, i: number, fail: () => never): { path: string[]; end: number } {
  const path: string[] = [];
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const s = readValue(text, i, fail);
      if (typeof s.value !== 'string') fail();
      path.push(s.value as string);
      i = s.end;
    } else {
      const start = i;
      while (isBareKeyChar(text.charCodeAt(i))) i++;
      if (i === start) fail();
      path.push(text.slice(start, i));
    }
    const j = skipSpaces(text, i);
    if (text.charCodeAt(j) !== 0x2e /* . */) return { path, end: i };
    i = skipSpaces(text, j + 1);
  }
}

function readValue(text: string, i: number, fail: () => never): { value: TomlValue; end: number } {
  const c = text.charCodeAt(i);
  if (c === 0x22) return readBasicString(text, i, fail);
  if (c === 0x27) {
    // Literal strings; multi-line ones are left to smol-toml.
    if (text.startsWith("'''", i)) fail();
    const close = text.indexOf("'", i + 1);
    const nl = text.indexOf('\n', i + 1);
    if (close === -1 || (nl !== -1 && nl < close)) fail();
    return { value: text.slice(i + 1, close), end: close + 1 };
  }
  if (c === 0x5b) return readArray(text, i, fail);
  if (c === 0x7b) return readInlineTable(text, i, fail);
  if (text.startsWith('true', i)) return { value: true, end: i + 4 };
  if (text.startsWith('false', i)) return { value: false, end: i + 5 };
  return readNumber(text, i, fail);
}

const SIMPLE_ESCAPES: Readonly<Record<number, string>> = { 0x22: '"', 0x5c: '\\', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t', 0x65: '\u001b' };

function readBasicString(text: string, i: number, fail: () => never): { value: string; end: number } {
  if (text.startsWith('"""', i)) fail();
  let j = i + 1;
  let out = '';
  let chunkStart = j;
  for (;;) {
    const c = text.charCodeAt(j);
    if (Number.isNaN(c) || c === 0x0a) fail();
    if (c === 0x22) return { value: out + text.slice(chunkStart, j), end: j + 1 };
    if (c === 0x5c /* \ */) {
      out += text.slice(chunkStart, j);
      const e = text.charCodeAt(j + 1);
      const mapped = SIMPLE_ESCAPES[e];
      if (mapped !== undefined) {
        out += mapped;
        j += 2;
      } else if (e === 0x75 || e === 0x55) {
        const len = e === 0x75 ? 4 : 8;
        const hex = text.slice(j + 2, j + 2 + len);
        if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) fail();
        const code = parseInt(hex, 16);
        if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) fail();
        out += String.fromCodePoint(code);
        j += 2 + len;
      } else {
        fail();
      }
      chunkStart = j;
    } else {
      j++;
    }
  }
}

/** Skips whitespace, newlines and comments inside arrays and inline tables. */
function skipInside(text: string, i: number): number {
  return skipBlankLines(text, i);
}

function readArray(text: string, i: number, fail: () => never): { value: TomlValue[]; end: number } {
  const out: TomlValue[] = [];
  let j = skipInside(text, i + 1);
  for (;;) {
    if (text.charCodeAt(j) === 0x5d) return { value: out, end: j + 1 };
    const item = readValue(text, j, fail);
    out.push(item.value);
    j = skipInside(text, item.end);
    const c = text.charCodeAt(j);
    if (c === 0x2c) j = skipInside(text, j + 1);
    else if (c !== 0x5d) fail();
  }
}

function readInlineTable(text: string, i: number, fail: () => never): { value: TomlTable; end: number } {
  const out: TomlTable = {};
  let j = skipInside(text, i + 1);
  for (;;) {
    if (text.charCodeAt(j) === 0x7d) return { value: out, end: j + 1 };
    const key = readKeyPath(text, j, fail);
    j = skipSpaces(text, key.end);
    if (text.charCodeAt(j) !== 0x3d) fail();
    const item = readValue(text, skipSpaces(text, j + 1), fail);
    assign(out, key.path, item.value, fail);
    j = skipInside(text, item.end);
    const c = text.charCodeAt(j);
    if (c === 0x2c) j = skipInside(text, j + 1);
    else if (c !== 0x7d) fail();
  }
}

/** Decimal integers and floats only; hex/octal/binary, inf/nan and dates are left to smol-toml. */
function readNumber(text: string, i: number, fail: () => never): { value: number; end: number } {
  let j = i;
  if (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d) j++;
  const digitsStart = j;
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x65 || c === 0x45) j++;
    else if ((c === 0x2b || c === 0x2d) && (text.charCodeAt(j - 1) === 0x65 || text.charCodeAt(j - 1) === 0x45)) j++;
    else break;
  }
  if (j === digitsStart) fail();
  const raw = text.slice(i, j);
  if (!/^[+-]?(0|[1-9](_?[0-9])*)(\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?$/.test(raw)) fail();
  return { value: Number(raw.replace(/_/g, '')), end: j };
}

/**
 * The table headers of a TOML text ("[[package]]", "[metadata]", "[tool.poetry]"), read from lines that start
 * with `[`: cheap enough for `detect` on large files, and all a detector needs.
 */
export function tomlHeaders(text: string): Set<string> {
  const headers = new Set<string>();
  let start = 0;
  while (start < text.length) {
    let i = start;
    while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
    let nl = text.indexOf('\n', i);
    if (nl === -1) nl = text.length;
    if (text.charCodeAt(i) === 0x5b) {
      const close = text.indexOf(']', i + 1);
      if (close !== -1 && close < nl) {
        const end = text.charCodeAt(close + 1) === 0x5d ? close + 2 : close + 1;
        if (end - i <= 200) headers.add(text.slice(i, end).replace(/[ \t]/g, ''));
      }
    }
    start = nl + 1;
  }
  return headers;
}

/** Whether some line starts with `key =` (for detection, without parsing the document). */
export function hasTopLevelKey(text: string, key: string): boolean {
  return text.startsWith(key + ' =', 0) || text.includes('\n' + key + ' =');
}
