import { err, ok, type Result } from '../../model/result.js';
import type { VersionRange } from '../types.js';

/**
 * Operator ranges of the OS package types (deb, rpm, apk and their distributions): `||` (or a single `|`, as in
 * Debian relations) between alternatives, `,` or spaces between constraints that must all hold, an operator
 * followed by a version with or without a space, optional parentheses as in control files (`(>= 1.0)`), and a
 * bare version meaning exactly that version (DESIGN.md 8.1). Each type brings its own operator table, so `<` can be
 * strict in advisories and dpkg's obsolete `<=` in native Debian syntax. Scanned by hand, without regexes built
 * from input, in time linear in the text.
 */
export interface Constraint<Op, V> {
  readonly op: Op;
  readonly version: V;
}

export interface OperatorSyntax<Op> {
  readonly operators: Readonly<Record<string, Op>>;
  /** The operator of a bare version. */
  readonly exact: Op;
}

export const MAX_OS_RANGE_LENGTH = 4096;

const OPERATOR_CHARS = '<>=~!';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const ends = (c: string): boolean => isSpace(c) || c === ',' || c === '|' || c === '(' || c === ')';

export function parseOperatorRange<Op, V>(
  text: string,
  syntax: OperatorSyntax<Op>,
  parse: (version: string) => Result<V>,
  holds: (op: Op, version: V, bound: V) => boolean,
): Result<VersionRange<V>> {
  if (text.length > MAX_OS_RANGE_LENGTH) return err(`range is longer than ${MAX_OS_RANGE_LENGTH} characters`);
  const alternatives: Constraint<Op, V>[][] = [];
  let current: Constraint<Op, V>[] = [];
  let i = 0;
  const close = (): Result<true> => {
    if (current.length === 0) return err(`range "${text}" has an empty alternative`);
    alternatives.push(current);
    current = [];
    return ok(true);
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (isSpace(c) || c === ',' || c === '(' || c === ')') {
      i++;
      continue;
    }
    if (c === '|') {
      i += text[i + 1] === '|' ? 2 : 1;
      const closed = close();
      if (!closed.ok) return closed;
      continue;
    }
    let end = i;
    while (end < text.length && OPERATOR_CHARS.includes(text[end] as string)) end++;
    const opText = text.slice(i, end);
    let op = syntax.exact;
    if (opText !== '') {
      const known = syntax.operators[opText];
      if (known === undefined) return err(`range "${text}": unknown operator "${opText}"`);
      op = known;
    }
    i = end;
    while (i < text.length && isSpace(text[i] as string)) i++;
    let stop = i;
    while (stop < text.length && !ends(text[stop] as string)) stop++;
    const versionText = text.slice(i, stop);
    if (versionText === '') return err(`range "${text}": operator "${opText}" has no version`);
    const version = parse(versionText);
    if (!version.ok) return err(`range "${text}": ${version.error}`);
    current.push({ op, version: version.value });
    i = stop;
  }
  const closed = close();
  if (!closed.ok) return closed;
  return ok({
    text,
    contains: (version) => alternatives.some((all) => all.every((c) => holds(c.op, version, c.version))),
  });
}

/** The relations every type's advisory syntax uses, with their usual strict meanings. */
export type Relation = 'lt' | 'le' | 'eq' | 'ge' | 'gt';

export const ADVISORY_OPERATORS: Readonly<Record<string, Relation>> = {
  '<': 'lt', '<=': 'le', '=': 'eq', '==': 'eq', '>=': 'ge', '>': 'gt', '<<': 'lt', '>>': 'gt',
};

export function relationHolds(relation: Relation, order: number): boolean {
  switch (relation) {
    case 'lt':
      return order < 0;
    case 'le':
      return order <= 0;
    case 'eq':
      return order === 0;
    case 'ge':
      return order >= 0;
    case 'gt':
      return order > 0;
  }
}
