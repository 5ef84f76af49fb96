/**
 * The value grammar of generated TOML, read with one moving cursor: no result objects per value, so a
 * 50,000-package lock costs little more than building its values. Anything outside what lock tools write
 * (multi-line strings, dates, hex numbers, inf/nan) throws `Unsupported`, and the caller hands the section to
 * smol-toml.
 */
export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export class Unsupported extends Error {}
// One shared instance: a stack trace per failed value would cost more than reading the value.
const UNSUPPORTED = new Unsupported('outside the generated-TOML subset');

const SIMPLE_ESCAPES: Readonly<Record<number, string>> = { 0x22: '"', 0x5c: '\\', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t', 0x65: '\u001b' };
const NUMBER = /^[+-]?(0|[1-9](_?[0-9])*)(\.[0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?$/;

function fail(): never {
  throw UNSUPPORTED;
}

function isBareKeyChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
}

export class TomlCursor {
  pos = 0;
  constructor(readonly text: string) {}

  skipSpaces(): void {
    let c = this.text.charCodeAt(this.pos);
    while (c === 0x20 || c === 0x09) c = this.text.charCodeAt(++this.pos);
  }

  /** Spaces, newlines and comments. */
  skipBlank(): void {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos++;
      else if (c === 0x23) {
        const nl = text.indexOf('\n', this.pos);
        this.pos = nl === -1 ? text.length : nl + 1;
      } else return;
    }
  }

  /** After a key/value or header: spaces, an optional comment, then the end of the line. */
  endLine(): void {
    this.skipSpaces();
    const c = this.text.charCodeAt(this.pos);
    if (Number.isNaN(c)) return;
    if (c === 0x0a) this.pos++;
    else if (c === 0x0d && this.text.charCodeAt(this.pos + 1) === 0x0a) this.pos += 2;
    else if (c === 0x23) {
      const nl = this.text.indexOf('\n', this.pos);
      this.pos = nl === -1 ? this.text.length : nl + 1;
    } else fail();
  }

  /** One key part: bare or quoted. */
  keyPart(): string {
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x22) return this.basicString();
    if (c === 0x27) return this.literalString();
    const start = this.pos;
    while (isBareKeyChar(this.text.charCodeAt(this.pos))) this.pos++;
    if (this.pos === start) fail();
    return this.text.slice(start, this.pos);
  }

  /** A dotted key; most keys have one part, so the array is only made for dotted ones. */
  key(): string | string[] {
    const first = this.keyPart();
    const save = this.pos;
    this.skipSpaces();
    if (this.text.charCodeAt(this.pos) !== 0x2e) {
      this.pos = save;
      return first;
    }
    const path = [first];
    while (this.text.charCodeAt(this.pos) === 0x2e) {
      this.pos++;
      this.skipSpaces();
      path.push(this.keyPart());
      const after = this.pos;
      this.skipSpaces();
      if (this.text.charCodeAt(this.pos) !== 0x2e) this.pos = after;
    }
    return path;
  }

  value(): TomlValue {
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x22) return this.basicString();
    if (c === 0x27) return this.literalString();
    if (c === 0x5b) return this.array();
    if (c === 0x7b) return this.inlineTable();
    if (this.text.startsWith('true', this.pos)) {
      this.pos += 4;
      return true;
    }
    if (this.text.startsWith('false', this.pos)) {
      this.pos += 5;
      return false;
    }
    return this.number();
  }

  basicString(): string {
    const text = this.text;
    if (text.startsWith('"""', this.pos)) fail();
    let j = this.pos + 1;
    // Fast path: no escape before the closing quote. A bounded scan, never a search to the end of the text.
    for (let k = j; ; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 0x22) {
        this.pos = k + 1;
        return text.slice(j, k);
      }
      if (ch === 0x5c || ch === 0x0a || Number.isNaN(ch)) break;
    }
    let out = '';
    let chunk = j;
    for (;;) {
      const ch = text.charCodeAt(j);
      if (Number.isNaN(ch) || ch === 0x0a) fail();
      if (ch === 0x22) {
        this.pos = j + 1;
        return out + text.slice(chunk, j);
      }
      if (ch !== 0x5c) {
        j++;
        continue;
      }
      out += text.slice(chunk, j);
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
      } else fail();
      chunk = j;
    }
  }

  literalString(): string {
    const text = this.text;
    if (text.startsWith("'''", this.pos)) fail();
    for (let k = this.pos + 1; ; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 0x27) {
        const value = text.slice(this.pos + 1, k);
        this.pos = k + 1;
        return value;
      }
      if (ch === 0x0a || Number.isNaN(ch)) fail();
    }
  }

  array(): TomlValue[] {
    const out: TomlValue[] = [];
    this.pos++;
    this.skipBlank();
    for (;;) {
      if (this.text.charCodeAt(this.pos) === 0x5d) {
        this.pos++;
        return out;
      }
      out.push(this.value());
      this.skipBlank();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.skipBlank();
      } else if (c !== 0x5d) fail();
    }
  }

  inlineTable(): TomlTable {
    const out: TomlTable = {};
    this.pos++;
    this.skipBlank();
    for (;;) {
      if (this.text.charCodeAt(this.pos) === 0x7d) {
        this.pos++;
        return out;
      }
      const key = this.key();
      this.skipSpaces();
      if (this.text.charCodeAt(this.pos) !== 0x3d) fail();
      this.pos++;
      this.skipSpaces();
      assign(out, key, this.value());
      this.skipBlank();
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x2c) {
        this.pos++;
        this.skipBlank();
      } else if (c !== 0x7d) fail();
    }
  }

  /** Decimal integers and floats only. */
  number(): number {
    const text = this.text;
    const start = this.pos;
    let j = start;
    if (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d) j++;
    for (;;) {
      const c = text.charCodeAt(j);
      if ((c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e || c === 0x65 || c === 0x45) j++;
      else if ((c === 0x2b || c === 0x2d) && (text.charCodeAt(j - 1) === 0x65 || text.charCodeAt(j - 1) === 0x45)) j++;
      else break;
    }
    const raw = text.slice(start, j);
    if (!NUMBER.test(raw)) fail();
    this.pos = j;
    return Number(raw.replace(/_/g, ''));
  }
}

/** Sets a (dotted) key, refusing redefinition as TOML does. */
export function assign(table: TomlTable, key: string | string[], value: TomlValue): void {
  if (typeof key === 'string') {
    if (Object.hasOwn(table, key)) fail();
    table[key] = value;
    return;
  }
  let target = table;
  for (let k = 0; k < key.length - 1; k++) {
    const part = key[k] as string;
    const existing = Object.hasOwn(target, part) ? target[part] : undefined;
    if (existing === undefined) target = target[part] = {};
    else if (typeof existing === 'object' && !Array.isArray(existing)) target = existing;
    else fail();
  }
  const last = key[key.length - 1] as string;
  if (Object.hasOwn(target, last)) fail();
  target[last] = value;
}

export function failUnsupported(): never {
  return fail();
}
