import { err, ok, type Result } from '../../model/result.js';
import { MAX_RANGE_LENGTH, parseOrderAdvisoryRange } from '../shared/advisory-syntax.js';
import { CASED_SEGMENT } from '../shared/purl-rule.js';
import type { Ecosystem, RangeSyntax, VersionRange, Versioning } from '../types.js';
import { compareCran, parseCranVersion, type CranVersion } from './version.js';

type Op = '<' | '<=' | '>' | '>=' | '==' | '!=';
const OPS: ReadonlySet<string> = new Set<Op>(['<', '<=', '>', '>=', '==', '!=']);

// tools:::.split_op_version's second pattern, `[[:space:]]*([[<>=!]+)[[:space:]]+(.*)`, where only a match at the
// start leaves a usable operator (anything before it would become part of the operator).
const CONDITION = /^[ \t\n\v\f\r]*([[<>=!]+)[ \t\n\v\f\r]+([^]*)$/;

function holds(op: Op, order: number): boolean {
  switch (op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '==':
      return order === 0;
    case '!=':
      return order !== 0;
  }
}

/**
 * One condition as a DESCRIPTION dependency writes it in parentheses (`>= 1.2-3`), read as
 * tools:::.split_op_version("pkg (<condition>)") reads it: up to the first `)`, an operator, spaces, a version.
 */
function parseCondition(part: string): Result<(v: CranVersion) => boolean> {
  const close = part.indexOf(')');
  const inside = close < 0 ? part : part.slice(0, close);
  const m = inside === '' ? null : CONDITION.exec(inside);
  if (!m || !OPS.has(m[1] as string)) return err(`"${part}" is not an R dependency condition ("op version", e.g. ">= 1.2-3")`);
  const version = parseCranVersion(m[2] as string);
  if (!version.ok) return version;
  const op = m[1] as Op;
  const target = version.value;
  return ok((v) => holds(op, compareCran(v, target)));
}

function parseRange(text: string, syntax: RangeSyntax): Result<VersionRange<CranVersion>> {
  // advisory: DESIGN.md 8.1 (`||` between alternatives, spaces between comparators) over R's order.
  if (syntax === 'advisory') return parseOrderAdvisoryRange(text, parseCranVersion, compareCran);
  if (text.length > MAX_RANGE_LENGTH) return err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
  // native: conditions joined by commas, each as written inside a dependency's parentheses (`>= 1.0, < 2.0`).
  const tests: ((v: CranVersion) => boolean)[] = [];
  for (const part of text.split(',')) {
    const condition = parseCondition(part);
    if (!condition.ok) return err(`invalid R version range "${text}": ${condition.error}`);
    tests.push(condition.value);
  }
  return ok({ text, contains: (v) => tests.every((t) => t(v)) });
}

const versioning: Versioning<CranVersion> = { parse: parseCranVersion, compare: compareCran, parseRange };

export const cran = {
  type: 'cran',
  aliases: [],
  // As-is: R package names are case-sensitive (library(), install.packages() and CRAN's package index match them
  // exactly, and the purl spec keeps them so), so folding case would merge different packages.
  canonicalName: (_namespace, name) => name,
  versioning,
  // packageurl-js keeps cran names as written; it requires a version, which a plain purl always has.
  plainPurl: { segment: CASED_SEGMENT, namespace: 'none' },
} satisfies Ecosystem<CranVersion>;
