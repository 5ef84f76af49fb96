import { parseAllDocuments } from 'yaml';
import { closingQuote, readValue, unquote, Unsupported, type Schema } from './yaml-scalars.js';

/**
 * Reads the block-mapping YAML that lock-file writers emit (pnpm via js-yaml, yarn berry via its own
 * stringifier) line by line. The `yaml` package reads 500 KB in ~300 ms, so a 50,000-package lock would take
 * ten seconds; this reader is linear and ~20x faster. Anything outside the subset (anchors, block scalars,
 * multi-line flow, "? " keys ...) makes it hand the whole text to `yaml`, so for valid YAML the result never
 * differs from a real YAML parser, only the speed does (invalid YAML it may read leniently). It also remembers
 * the lines of the top-level keys (and, on request, of the levels below: keys of mappings, items of sequences),
 * for problem places. Sequence items may be one-line scalars or mappings (`- key: value`, `- key:` and a block
 * below, as Podfile.lock's PODS list has them).
 *
 * Why not js-yaml (issue 12 asked): it reads the same values, but with the key-to-line scan it needs for places it
 * took 63% more CPU on vite's 495 KB pnpm-lock (19.2 ms against 11.7), 105% more on prettier's yarn berry lock
 * (11.5 against 5.6), and 26-71% more on 50,000-package pnpm and berry locks (best of nine, same process, loaded
 * 2-core machine, 2026-12-03), beyond the 20% a library may cost here.
 */
export type { Schema } from './yaml-scalars.js';

export interface YamlDocument {
  readonly value: unknown;
  /**
   * 1-based line of `key` in a mapping, or of item `key` (an index) in a sequence, within `lineLevels`; undefined
   * deeper or after a fallback to `yaml`.
   */
  lineOf(container: object, key: string | number): number | undefined;
}

export type YamlOutcome = { readonly ok: true; readonly value: YamlDocument } | { readonly ok: false; readonly error: string; readonly place?: string };

type Container = Record<string, unknown> | unknown[];
interface Frame {
  readonly indent: number;
  readonly container: Container;
}
interface Pending {
  readonly indent: number;
  readonly parent: Record<string, unknown>;
  readonly key: string;
}

/**
 * `schema`: "failsafe" keeps every plain scalar a string (as yarn berry reads its lock); "core" is YAML 1.2.
 * `lineLevels`: how many levels of collections from the top remember the lines of their keys or items (1: top-level
 * keys only; a sequence item that is a mapping is a level of its own).
 */
export function readBlockYaml(text: string, schema: Schema, lineLevels: 1 | 2 | 3 | 4 = 1): YamlOutcome {
  try {
    return { ok: true, value: fastRead(text, schema, lineLevels) };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return slowRead(text, schema);
  }
}

function fastRead(text: string, schema: Schema, lineLevels: number): YamlDocument {
  const lines = new Map<object, Map<string, number>>();
  const itemLines = new Map<unknown[], number[]>();
  const root: Record<string, unknown> = {};
  const stack: Frame[] = [{ indent: 0, container: root }];
  let pending: Pending | null = null;
  let start = 0;
  let lineNo = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let indent = 0;
    while (text.charCodeAt(start + indent) === 32 && start + indent < lineEnd) indent++;
    const content = text.slice(start + indent, lineEnd);
    start = end + 1;
    lineNo++;
    if (content.length === 0 || content.startsWith('#')) continue;
    if (content.startsWith('\t')) throw new Unsupported();
    if (indent === 0 && (content.startsWith('---') || content.startsWith('...') || content.startsWith('%'))) throw new Unsupported();
    const isItem = content === '-' || content.startsWith('- ');
    if (pending) {
      if (indent > pending.indent || (indent === pending.indent && isItem)) {
        const container: Container = isItem ? [] : {};
        pending.parent[pending.key] = container;
        while ((stack.at(-1)?.indent ?? 0) > pending.indent) stack.pop();
        stack.push({ indent, container });
      } else {
        pending.parent[pending.key] = null;
      }
      pending = null;
    }
    while (stack.length > 1 && indent < (stack.at(-1)?.indent ?? 0)) stack.pop();
    // A sequence may sit at its key's own indentation ("key:\n- a"): a key line there ends it.
    if (!isItem && stack.length > 1 && Array.isArray(stack.at(-1)?.container) && stack.at(-1)?.indent === indent) stack.pop();
    let frame = stack.at(-1);
    if (!frame || frame.indent !== indent) throw new Unsupported();
    let keyText = content;
    if (Array.isArray(frame.container)) {
      if (!isItem) throw new Unsupported();
      const list = frame.container;
      if (stack.length <= lineLevels) {
        let listLines = itemLines.get(list);
        if (!listLines) itemLines.set(list, (listLines = []));
        listLines[list.length] = lineNo;
      }
      const item = content.slice(1).trim();
      if (item.length === 0) throw new Unsupported();
      if (!looksLikeMapEntry(item)) {
        list.push(readValue(item, schema));
        continue;
      }
      // "- key: value" or "- key:": a mapping whose keys sit at the column of this first one.
      const gap = content.length - 1 - content.slice(1).trimStart().length;
      if (content.slice(1, 1 + gap).includes('\t')) throw new Unsupported();
      const map: Record<string, unknown> = {};
      list.push(map);
      frame = { indent: indent + 1 + gap, container: map };
      stack.push(frame);
      keyText = item;
    } else if (isItem) {
      throw new Unsupported();
    }
    const { key, rest } = readKey(keyText);
    const map = frame.container as Record<string, unknown>;
    // Lines are what problem places need (yarn entries, pnpm packages); a Map per nested mapping would cost
    // more than the rest of the read.
    if (stack.length <= lineLevels) {
      let keyLines = lines.get(map);
      if (!keyLines) lines.set(map, (keyLines = new Map()));
      keyLines.set(key, lineNo);
    }
    const valueText = stripComment(rest).trim();
    if (valueText.length === 0) {
      map[key] = null;
      pending = { indent: frame.indent, parent: map, key };
    } else {
      map[key] = readValue(valueText, schema);
    }
  }
  return { value: root, lineOf: (container, key) => (Array.isArray(container) ? itemLines.get(container)?.[Number(key)] : lines.get(container)?.get(String(key))) };
}

/** The line of the first alias (`*name`), where an alias expansion that is too large starts. */
function firstAliasLine(text: string): number {
  const match = /(?:^|[\s[,:-])\*[^\s,\]]/m.exec(text);
  return match ? text.slice(0, match.index + 1).split('\n').length : 1;
}

function slowRead(text: string, schema: Schema): YamlOutcome {
  const documents = parseAllDocuments(text, { schema: schema === 'failsafe' ? 'failsafe' : 'core', uniqueKeys: false, prettyErrors: true });
  const list = Array.isArray(documents) ? documents : [documents];
  // pnpm 10 writes an "env" document before the lock itself: the last document is the lock.
  const doc = list.at(-1);
  if (!doc) return { ok: true, value: { value: null, lineOf: () => undefined } };
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    // prettyErrors already ends the message with "at line L, column C"; the place says the line once.
    const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, error: `not valid YAML: ${message}`, ...(line ? { place: `line ${line}, column ${error.linePos?.[0]?.col ?? 1}` } : {}) };
  }
  try {
    return { ok: true, value: { value: doc.toJS({ maxAliasCount: 1000 }) as unknown, lineOf: () => undefined } };
  } catch (e) {
    // yaml refuses documents whose aliases would expand too far (a "billion laughs" file): an input error.
    return { ok: false, place: `line ${firstAliasLine(text)}`, error: `not valid YAML: ${(e as Error).message.split('\n')[0] ?? ''}` };
  }
}

/** A mapping key at the start of `content`, and what follows its ":". */
function readKey(content: string): { key: string; rest: string } {
  const first = content[0];
  if (first === '"' || first === "'") {
    const close = closingQuote(content, 0);
    if (close < 0 || content[close + 1] !== ':') throw new Unsupported();
    return { key: unquote(content.slice(0, close + 1)), rest: content.slice(close + 2) };
  }
  if (first === undefined || ',[]{}#&*!|>%@`'.includes(first)) throw new Unsupported();
  // "?", ":" and "-" start a plain key only before a non-space (":path:" in Podfile.lock, CocoaPods' options).
  if ('?:-'.includes(first) && (content.length === 1 || content[1] === ' ' || content[1] === '\t')) throw new Unsupported();
  let colon = content.indexOf(': ');
  if (colon < 0) {
    if (!content.endsWith(':')) throw new Unsupported();
    colon = content.length - 1;
  }
  const hash = content.indexOf(' #');
  if (hash >= 0 && hash < colon) throw new Unsupported();
  return { key: content.slice(0, colon).trimEnd(), rest: content.slice(colon + 1) };
}

function looksLikeMapEntry(item: string): boolean {
  if (item.startsWith('"') || item.startsWith("'")) {
    // '- "!ProtoCompiler (3.21.5)":' (CocoaPods quotes keys that start with an indicator)
    const close = closingQuote(item, 0);
    return close > 0 && item[close + 1] === ':' && (close + 2 === item.length || item[close + 2] === ' ');
  }
  if (item.startsWith('[') || item.startsWith('{')) return false;
  return item.includes(': ') || item.endsWith(':');
}

function stripComment(rest: string): string {
  const t = rest.trimStart();
  if (t.startsWith('#')) return '';
  if (t.startsWith('"') || t.startsWith("'") || t.startsWith('{') || t.startsWith('[')) return rest;
  const hash = rest.indexOf(' #');
  return hash >= 0 ? rest.slice(0, hash) : rest;
}
