/**
 * A reader for the Elixir terms mix.lock holds: strings, atoms, numbers, tuples, lists (with keyword entries) and
 * maps. A small reader rather than a library: no Elixir term parser exists on npm, and mix writes this file from
 * `inspect` of a map of tuples, a closed and JSON-sized grammar. It reads one top-level entry at a time (mix puts
 * each on its own line), so a damaged entry costs only itself. It evaluates nothing.
 */
export type Term =
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'atom'; readonly v: string }
  | { readonly t: 'number'; readonly v: string }
  | { readonly t: 'tuple'; readonly items: readonly Term[] }
  | { readonly t: 'list'; readonly items: readonly Term[] }
  | { readonly t: 'map'; readonly entries: readonly (readonly [Term, Term])[] };

export class TermError extends Error {}

const MAX_DEPTH = 64;
const WORD = /[-\w.?!@+]+/y;

export class TermReader {
  private at = 0;
  constructor(private readonly text: string) {}

  get position(): number {
    return this.at;
  }

  private skip(): void {
    for (let c = this.text.charCodeAt(this.at); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = this.text.charCodeAt(++this.at));
  }

  peek(): string {
    this.skip();
    return this.text[this.at] ?? '';
  }

  expect(token: string): void {
    this.skip();
    if (!this.text.startsWith(token, this.at)) throw new TermError(`expected "${token}" at column ${this.at + 1}`);
    this.at += token.length;
  }

  /** `"key": value` or `"key" => value`, the two ways Elixir writes a map entry with a string key. */
  mapEntry(depth = 0): [Term, Term] {
    const key = this.string();
    this.skip();
    if (this.text[this.at] === ':') this.at++;
    else this.expect('=>');
    return [key, this.term(depth + 1)];
  }

  term(depth = 0): Term {
    if (depth > MAX_DEPTH) throw new TermError('nested too deeply');
    const c = this.peek();
    if (c === '"') return this.string();
    if (c === ':') {
      this.at++;
      return this.text[this.at] === '"' ? { t: 'atom', v: this.string().v } : { t: 'atom', v: this.word() };
    }
    if (c === '{') return { t: 'tuple', items: this.sequence('{', '}', depth) };
    if (c === '[') return { t: 'list', items: this.sequence('[', ']', depth) };
    if (c === '%') {
      this.expect('%{');
      const entries: [Term, Term][] = [];
      while (this.peek() !== '}') {
        entries.push(this.mapEntry(depth));
        if (this.peek() === ',') this.at++;
        else break;
      }
      this.expect('}');
      return { t: 'map', entries };
    }
    if (/[-0-9]/.test(c)) return { t: 'number', v: this.word() };
    if (/[A-Za-z_]/.test(c)) {
      // a keyword entry `name: value` (inside lists) or a bare atom (true, false, nil)
      const word = this.word();
      if (this.text[this.at] === ':' && this.text[this.at + 1] !== ':') {
        this.at++;
        return { t: 'tuple', items: [{ t: 'atom', v: word }, this.term(depth + 1)] };
      }
      return { t: 'atom', v: word };
    }
    throw new TermError(c === '' ? 'the entry ends too early' : `unexpected "${c}" at column ${this.at + 1}`);
  }

  private sequence(open: string, close: string, depth: number): Term[] {
    this.expect(open);
    const items: Term[] = [];
    while (this.peek() !== close) {
      items.push(this.term(depth + 1));
      if (this.peek() === ',') this.at++;
      else break;
    }
    this.expect(close);
    return items;
  }

  private word(): string {
    WORD.lastIndex = this.at;
    const m = WORD.exec(this.text);
    if (!m) throw new TermError(`unexpected "${this.text[this.at] ?? ''}" at column ${this.at + 1}`);
    this.at += m[0].length;
    return m[0];
  }

  private string(): { t: 'string'; v: string } {
    this.expect('"');
    // Fast path: no escape before the closing quote.
    const close = this.text.indexOf('"', this.at);
    const escape = this.text.indexOf('\\', this.at);
    if (close !== -1 && (escape === -1 || escape > close)) {
      const v = this.text.slice(this.at, close);
      this.at = close + 1;
      return { t: 'string', v };
    }
    let out = '';
    for (;;) {
      const c = this.text[this.at++];
      if (c === undefined) throw new TermError('a string is not closed');
      if (c === '"') return { t: 'string', v: out };
      if (c === '\\') {
        const e = this.text[this.at++] ?? '';
        out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
      } else out += c;
    }
  }
}
