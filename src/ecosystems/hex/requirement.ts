import { err, ok, type Result } from '../../model/result.js';
import { MAX_RANGE_LENGTH } from '../shared/advisory-syntax.js';
import { compareHex, parseHexParts, type HexVersion } from './version.js';

/**
 * Version.parse_requirement/1 and Version.match?/2 of Elixir 1.14 (lib/elixir/lib/version.ex, Version.Parser and
 * Version.Requirement): the lexer, `revert_lexed` and `match_op?` ported as they are, with match?'s default
 * `allow_pre: true` (a pre-release asked about is tested like any version).
 */
type Op = '==' | '!=' | '~>' | '>' | '>=' | '<' | '<=';
type Token = Op | 'and' | 'or' | { readonly text: string };

// The lexer's order: longest operators first, then " or " / " and " (with their spaces), then the deprecated
// "!=" and "!" (both mean !=).
const OPERATORS: readonly [string, Op | 'and' | 'or'][] = [
  ['>=', '>='], ['<=', '<='], ['~>', '~>'], ['>', '>'], ['<', '<'], ['==', '=='], [' or ', 'or'], [' and ', 'and'],
  ['!=', '!='], ['!', '!='],
];

const isWord = (t: Token | undefined): t is { readonly text: string } => typeof t === 'object';

/** Version.Parser.lexer/3, tokens in source order (Elixir's accumulator holds them reversed). */
function lex(source: string): Token[] {
  const acc: Token[] = [];
  let buffer = '';
  // maybe_prepend_buffer: a version after a comparison operator is its operand; anywhere else it gets an implicit ==.
  const flush = (): void => {
    if (buffer === '') return;
    const head = acc[acc.length - 1];
    if (head !== undefined && !isWord(head) && head !== 'and' && head !== 'or') acc.push({ text: buffer });
    else acc.push('==', { text: buffer });
    buffer = '';
  };
  let i = 0;
  outer: while (i < source.length) {
    for (const [text, token] of OPERATORS) {
      if (source.startsWith(text, i)) {
        flush();
        acc.push(token);
        i += text.length;
        continue outer;
      }
    }
    if (source[i] === ' ') flush();
    else buffer += source[i];
    i++;
  }
  flush();
  return acc;
}

interface Clause {
  readonly op: Op;
  readonly version: HexVersion;
}

/** revert_lexed/2 + validate_requirement/2: `op version (and|or op version)*`; only `~>` may omit the patch. */
function revert(tokens: readonly Token[]): { clauses: Clause[]; joins: ('and' | 'or')[] } | null {
  const clauses: Clause[] = [];
  const joins: ('and' | 'or')[] = [];
  // tokens are in source order here; Elixir walks its reversed accumulator from the end, which is the same check.
  let i = tokens.length;
  for (;;) {
    const version = tokens[i - 1];
    const op = tokens[i - 2];
    if (!isWord(version) || op === undefined || isWord(op) || op === 'and' || op === 'or') return null;
    const parsed = parseHexParts(version.text, true);
    if (!parsed || (op !== '~>' && parsed.patch === null)) return null;
    clauses.unshift({ op, version: parsed });
    i -= 2;
    if (i === 0) return { clauses, joins };
    const join = tokens[i - 1];
    if (join !== 'and' && join !== 'or') return null;
    joins.unshift(join);
    i -= 1;
    if (i === 0) return null;
  }
}

const at = (major: bigint, minor: bigint): HexVersion => ({ major, minor, patch: 0n, pre: [0n] });

/** Version.Requirement.match_op?/3 with allow_pre true. */
function matchOp({ op, version: req }: Clause, v: HexVersion): boolean {
  const c = compareHex(v, req);
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '~>':
      // `~> 2.0` is >= 2.0.0 and < 3.0.0-0; `~> 2.0.1` is >= 2.0.1 and < 2.1.0-0.
      return c >= 0 && compareHex(v, req.patch === null ? at(req.major + 1n, 0n) : at(req.major, req.minor + 1n)) < 0;
  }
}

export type HexRequirement = (v: HexVersion) => boolean;

/** Version.parse_requirement/1 then match?/2; `and` and `or` are evaluated as match_lexed?/3 does. */
export function parseHexRequirement(source: string): Result<HexRequirement> {
  if (source.length > MAX_RANGE_LENGTH) return err(`requirement is longer than ${MAX_RANGE_LENGTH} characters`);
  const parsed = revert(lex(source));
  if (!parsed) return err(`invalid Elixir version requirement "${source}"`);
  const { clauses, joins } = parsed;
  return ok((v) => evaluateFrom(clauses, joins, 0, v));
}

/** match_lexed?/3: `acc and next` goes on left to right; `acc or rest` evaluates the whole rest on its own. */
function evaluateFrom(clauses: readonly Clause[], joins: readonly ('and' | 'or')[], start: number, v: HexVersion): boolean {
  let acc = matchOp(clauses[start] as Clause, v);
  for (let i = start; i < joins.length; i++) {
    const next = matchOp(clauses[i + 1] as Clause, v);
    if (joins[i] === 'and') acc = acc && next;
    else return acc || evaluateFrom(clauses, joins, i + 1, v);
  }
  return acc;
}
