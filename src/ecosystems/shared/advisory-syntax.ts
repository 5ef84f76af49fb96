import { err, ok, type Result } from '../../model/result.js';
import type { VersionRange } from '../types.js';

export type ComparatorOp = '<' | '<=' | '>' | '>=' | '=';

export interface Comparator<V> {
  readonly op: ComparatorOp;
  readonly version: V;
}

/** Longer range strings are refused: bounds the work per advisory line. */
export const MAX_RANGE_LENGTH = 4096;

const OPS: readonly ComparatorOp[] = ['<=', '>=', '<', '>', '='];

function splitOperator(token: string): { op: ComparatorOp; rest: string } {
  if (token.startsWith('==')) return { op: '=', rest: token.slice(2) };
  for (const op of OPS) if (token.startsWith(op)) return { op, rest: token.slice(op.length) };
  return { op: '=', rest: token };
}

/**
 * The `affected_range` syntax of DESIGN.md 8.1 for npm, cargo, conan, go (and the other semver-like types):
 * `||` between alternatives, space or `&&` between constraints, an operator may be followed by spaces
 * (`<  2.0.5` occurs in real advisories), and a bare version means `=x`. Versions stay text: each ecosystem
 * parses them its own way.
 */
export function splitAdvisoryRange(text: string): Result<Comparator<string>[][]> {
  if (text.length > MAX_RANGE_LENGTH) return err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
  const alternatives: Comparator<string>[][] = [];
  for (const alternative of text.split('||')) {
    const tokens = alternative.replaceAll('&&', ' ').split(/\s+/).filter((t) => t.length > 0);
    const comparators: Comparator<string>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const { op, rest } = splitOperator(tokens[i] as string);
      let version = rest;
      if (version === '') {
        // "<  2.0.5": the operator stands alone and the next token is its version.
        const next = tokens[i + 1];
        if (next === undefined || splitOperator(next).rest !== next) return err(`"${text}": operator "${tokens[i]}" has no version`);
        version = next;
        i++;
      }
      comparators.push({ op, version });
    }
    if (comparators.length === 0) return err(`"${text}": empty alternative (nothing between "||")`);
    alternatives.push(comparators);
  }
  return ok(alternatives);
}

/** Parses every version of split comparators with the ecosystem's parser; the first failure names the range. */
export function parseComparators<V>(
  text: string,
  alternatives: readonly (readonly Comparator<string>[])[],
  parse: (version: string) => Result<V>,
): Result<Comparator<V>[][]> {
  const parsed: Comparator<V>[][] = [];
  for (const alternative of alternatives) {
    const row: Comparator<V>[] = [];
    for (const { op, version } of alternative) {
      const v = parse(version);
      if (!v.ok) return err(`range "${text}": ${v.error}`);
      row.push({ op, version: v.value });
    }
    parsed.push(row);
  }
  return ok(parsed);
}

export function comparatorHolds<V>(c: Comparator<V>, version: V, compare: (a: V, b: V) => number): boolean {
  const order = compare(version, c.version);
  switch (c.op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '=':
      return order === 0;
  }
}

/** A union of intersections evaluated with nothing but the ecosystem's total order (Go, Swift, OS packages). */
export function orderRange<V>(
  text: string,
  alternatives: readonly (readonly Comparator<V>[])[],
  compare: (a: V, b: V) => number,
): VersionRange<V> {
  return {
    text,
    contains: (version) => alternatives.some((all) => all.every((c) => comparatorHolds(c, version, compare))),
  };
}

/** split + parse + orderRange: the whole advisory syntax for an ecosystem whose ranges are plain order. */
export function parseOrderAdvisoryRange<V>(
  text: string,
  parse: (version: string) => Result<V>,
  compare: (a: V, b: V) => number,
): Result<VersionRange<V>> {
  const split = splitAdvisoryRange(text);
  if (!split.ok) return split;
  const parsed = parseComparators(text, split.value, parse);
  if (!parsed.ok) return parsed;
  return ok(orderRange(text, parsed.value, compare));
}
