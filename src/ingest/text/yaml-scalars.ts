/**
 * The scalars and one-line flow collections of block-mapping YAML, for block-yaml.ts: quoted and plain scalars
 * (YAML 1.2 core or failsafe schema) and `{a: b, c: [d]}`. Anything outside that subset throws `Unsupported`,
 * and the caller hands the whole text to the `yaml` package.
 */
/** "failsafe" keeps every plain scalar a string (as yarn berry reads its lock); "core" is YAML 1.2. */
export type Schema = 'core' | 'failsafe';

export class Unsupported extends Error {}

export function readValue(text: string, schema: Schema): unknown {
  const first = text[0];
  if (first === '"' || first === "'") {
    const close = closingQuote(text, 0);
    if (close < 0 || !isBlankOrComment(text.slice(close + 1))) throw new Unsupported();
    return unquote(text.slice(0, close + 1));
  }
  if (first === '{' || first === '[') {
    const flow = new FlowReader(text, schema);
    const value = flow.value(0);
    if (!isBlankOrComment(text.slice(flow.pos))) throw new Unsupported();
    return value;
  }
  if (first === undefined || '&*!|>%@`'.includes(first)) throw new Unsupported();
  // "- x", "? x", ": x" start a block sequence, explicit key or value, never a plain scalar ("- - x" is [[x]]).
  if ((first === '-' || first === '?' || first === ':') && (text.length === 1 || text[1] === ' ')) throw new Unsupported();
  return plain(text, schema);
}

function isBlankOrComment(s: string): boolean {
  const t = s.trim();
  return t.length === 0 || (t.startsWith('#') && /^\s/.test(s));
}

/** Index of the quote closing the one at `open`, or -1. */
export function closingQuote(s: string, open: number): number {
  const q = s[open];
  for (let i = open + 1; i < s.length; i++) {
    const c = s[i];
    if (q === '"' && c === '\\') i++;
    else if (c === q) {
      if (q === "'" && s[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

export function unquote(quoted: string): string {
  if (quoted.startsWith("'")) return quoted.slice(1, -1).replace(/''/g, "'");
  try {
    const value: unknown = JSON.parse(quoted);
    if (typeof value === 'string') return value;
  } catch {
    // YAML-only escapes (\x41, \e ...): let the real parser read the file.
  }
  throw new Unsupported();
}

const CORE_NULL = new Set(['~', 'null', 'Null', 'NULL']);
const CORE_TRUE = new Set(['true', 'True', 'TRUE']);
const CORE_FALSE = new Set(['false', 'False', 'FALSE']);

/** First characters a non-string core-schema scalar can start with: digits + - . ~ n N t T f F. */
const CORE_STARTS = new Set('0123456789+-.~nNtTfF');

function plain(text: string, schema: Schema): unknown {
  if (schema === 'failsafe' || !CORE_STARTS.has(text[0] ?? '')) return text;
  if (CORE_NULL.has(text)) return null;
  if (CORE_TRUE.has(text)) return true;
  if (CORE_FALSE.has(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

/** One-line flow collections: `{integrity: sha512-..., tarball: https://...}`, `[x64, arm64]`. */
class FlowReader {
  pos = 0;
  constructor(
    private readonly s: string,
    private readonly schema: Schema,
  ) {}

  value(depth: number): unknown {
    if (depth > 20) throw new Unsupported();
    this.skipSpaces();
    const c = this.s[this.pos];
    if (c === '{') return this.collection('}', depth);
    if (c === '[') return this.collection(']', depth);
    if (c === '"' || c === "'") return this.quoted();
    return this.plainScalar(false);
  }

  private collection(close: '}' | ']', depth: number): unknown {
    this.pos++;
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    for (;;) {
      this.skipSpaces();
      if (this.s[this.pos] === close) {
        this.pos++;
        return close === '}' ? map : list;
      }
      if (close === '}') {
        const c = this.s[this.pos];
        const key = c === '"' || c === "'" ? this.quoted() : this.plainScalar(true);
        this.skipSpaces();
        if (this.s[this.pos] === ':') {
          this.pos++;
          map[String(key)] = this.value(depth + 1);
        } else {
          map[String(key)] = null;
        }
      } else {
        list.push(this.value(depth + 1));
      }
      this.skipSpaces();
      const sep = this.s[this.pos];
      if (sep === ',') this.pos++;
      else if (sep !== close) throw new Unsupported();
    }
  }

  private quoted(): string {
    const close = closingQuote(this.s, this.pos);
    if (close < 0) throw new Unsupported();
    const value = unquote(this.s.slice(this.pos, close + 1));
    this.pos = close + 1;
    return value;
  }

  private plainScalar(isKey: boolean): unknown {
    const begin = this.pos;
    while (this.pos < this.s.length) {
      const c = this.s[this.pos];
      if (c === ',' || c === '}' || c === ']' || c === '[' || c === '{') break;
      if (isKey && c === ':' && /[\s,}\]]/.test(this.s[this.pos + 1] ?? ' ')) break;
      if (c === '#' && this.s[this.pos - 1] === ' ') throw new Unsupported();
      this.pos++;
    }
    const text = this.s.slice(begin, this.pos).trim();
    if (text.length === 0 || '&*!|>%@`'.includes(text[0] ?? '')) throw new Unsupported();
    return plain(text, this.schema);
  }

  private skipSpaces(): void {
    while (this.s[this.pos] === ' ') this.pos++;
  }
}
