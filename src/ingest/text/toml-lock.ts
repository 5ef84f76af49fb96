import { parse as parseToml } from 'smol-toml';
import type { Problem } from '../../model/problem.js';
import { assign, failUnsupported, TomlCursor, Unsupported, type TomlTable, type TomlValue } from './toml-values.js';

/**
 * Reader for the TOML that lock-file tools generate (poetry.lock, Cargo.lock).
 *
 * Why not smol-toml alone: it parses about 20 MB/s, and a 50,000-package poetry.lock is tens of MB; and one bad
 * entry makes it refuse the whole file, where we want that entry as a Problem and the rest kept. So the document
 * is read section by section (a section starts at a `[header]` line) with a small parser for what these tools
 * write; a section it cannot read is handed to smol-toml, and only when smol-toml also refuses it does the
 * section become a Problem. Dates and other constructs lock tools never write go the smol-toml way.
 * Measured again for issue 12 (bench/readers.ts cases, CPU time, best of five, 2026-12-03): smol-toml on every
 * section instead took 7.8 ms on poetry's 201 KB lock against 1.5 ms here, 1126 ms against 334 ms on a
 * 50,000-package poetry.lock and 511 ms against 87 ms on a 50,000-package Cargo.lock, with the same values.
 */
export type { TomlTable, TomlValue } from './toml-values.js';

export interface TomlLock {
  readonly root: TomlTable;
  readonly problems: Problem[];
  /** "line N" of the header that opened a table, for places of problems found later by the caller. */
  placeOf(table: TomlTable): string;
  /** Tables whose section could not be read (already reported): callers skip them. */
  readonly broken: ReadonlySet<TomlTable>;
}

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

  const cursor = new TomlCursor(text);
  let current = root;
  let sectionStart = 0;
  let sectionHeader: { path: string[]; array: boolean } | null = null;
  let inHeader = false;
  headerOffset.set(root, 0);

  while (cursor.pos < text.length) {
    try {
      cursor.skipBlank();
      if (cursor.pos >= text.length) break;
      if (text.charCodeAt(cursor.pos) === 0x5b /* [ */) {
        sectionStart = cursor.pos;
        sectionHeader = null;
        inHeader = true;
        sectionHeader = readHeader(cursor);
        current = openTable(root, sectionHeader.path, sectionHeader.array);
        headerOffset.set(current, sectionStart);
        inHeader = false;
        cursor.endLine();
      } else {
        const key = cursor.key();
        cursor.skipSpaces();
        if (text.charCodeAt(cursor.pos) !== 0x3d /* = */) failUnsupported();
        cursor.pos++;
        cursor.skipSpaces();
        assign(current, key, cursor.value());
        cursor.endLine();
      }
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      const end = nextHeaderLine(text, cursor.pos);
      if (inHeader) {
        // The section's own header is unreadable: nothing of it can be placed, so its lines are skipped.
        problems.push({ place: `line ${lineAt(sectionStart)}`, message: 'cannot read this table header; the lines up to the next header are skipped' });
        current = {};
        broken.add(current);
        inHeader = false;
        cursor.pos = end;
        continue;
      }
      const fallback = readSectionWithSmolToml(text, sectionStart, end, sectionHeader);
      for (const key of Object.keys(current)) delete current[key];
      if (fallback.ok) Object.assign(current, fallback.table);
      else {
        broken.add(current);
        problems.push({ place: `line ${lineAt(sectionStart) + fallback.lineOffset}`, message: `cannot read this part of the file: ${fallback.message}` });
      }
      cursor.pos = end;
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

function readHeader(cursor: TomlCursor): { path: string[]; array: boolean } {
  const text = cursor.text;
  const array = text.charCodeAt(cursor.pos + 1) === 0x5b;
  cursor.pos += array ? 2 : 1;
  cursor.skipSpaces();
  const key = cursor.key();
  cursor.skipSpaces();
  if (text.charCodeAt(cursor.pos) !== 0x5d) failUnsupported();
  cursor.pos++;
  if (array) {
    if (text.charCodeAt(cursor.pos) !== 0x5d) failUnsupported();
    cursor.pos++;
  }
  return { path: typeof key === 'string' ? [key] : key, array };
}

function openTable(root: TomlTable, path: string[], array: boolean): TomlTable {
  let table = root;
  for (let k = 0; k < path.length; k++) {
    const key = path[k] as string;
    const last = k === path.length - 1;
    const existing = Object.hasOwn(table, key) ? table[key] : undefined;
    if (last && array) {
      const list = existing === undefined ? (table[key] = []) : existing;
      if (!Array.isArray(list)) failUnsupported();
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
      if (lastItem === undefined || typeof lastItem !== 'object' || Array.isArray(lastItem)) failUnsupported();
      table = lastItem as TomlTable;
    } else if (typeof existing === 'object') {
      table = existing;
    } else {
      failUnsupported();
    }
  }
  return table;
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
      let close = i + 1;
      while (close < nl && text.charCodeAt(close) !== 0x5d) close++;
      if (close < nl) {
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
