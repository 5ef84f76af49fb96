import { err, ok, type Result } from '../../model/result.js';
import { MAX_RANGE_LENGTH, splitAdvisoryRange } from '../shared/advisory-syntax.js';
import { compareCargoPre, identifier, numericIdentifier, type CargoVersion, type Position } from './semver.js';
import { compareNumericText } from '../shared/semver2.js';
import type { VersionRange } from '../types.js';

/** Port of semver 1.0 VersionReq parsing (src/parse.rs) and matching (src/eval.rs). */
type Op = '=' | '>' | '>=' | '<' | '<=' | '~' | '^' | '*';

interface Comparator {
  readonly op: Op;
  readonly major: string;
  readonly minor: string | null;
  readonly patch: string | null;
  readonly pre: string;
}

const MAX_COMPARATORS = 32;

function wildcard(input: string): string | null {
  return input.startsWith('*') || input.startsWith('x') || input.startsWith('X') ? input.slice(1) : null;
}

function splitOp(input: string, defaultOp: Op): [Op, string, boolean] {
  if (input.startsWith('>=')) return ['>=', input.slice(2), false];
  if (input.startsWith('<=')) return ['<=', input.slice(2), false];
  for (const op of ['=', '>', '<', '~', '^'] as const) if (input.startsWith(op)) return [op, input.slice(1), false];
  return [defaultOp, input, true];
}

const trimSpaces = (s: string): string => s.replace(/^ +/, '');

/** crate::parse::comparator; `defaultOp` is `^` for Cargo.toml requirements and `=` for advisory constraints. */
function comparator(input: string, defaultOp: Op): Result<[Comparator, string]> {
  const [parsedOp, afterOp, isDefault] = splitOp(input, defaultOp);
  let op = parsedOp;
  let text = trimSpaces(afterOp);
  let pos: Position = 'major';
  const major = numericIdentifier(text, pos);
  if (!major.ok) return major;
  text = major.value[1];
  let minor: string | null = null;
  let patch: string | null = null;
  let hasWildcard = false;
  if (text.startsWith('.')) {
    pos = 'minor';
    const rest = wildcard(text.slice(1));
    if (rest !== null) {
      hasWildcard = true;
      if (isDefault) op = '*';
      text = rest;
    } else {
      const n = numericIdentifier(text.slice(1), pos);
      if (!n.ok) return n;
      [minor, text] = n.value;
    }
  }
  if (text.startsWith('.')) {
    pos = 'patch';
    const rest = wildcard(text.slice(1));
    if (rest !== null) {
      if (isDefault) op = '*';
      text = rest;
    } else if (hasWildcard) {
      return err('unexpected character after wildcard in version req');
    } else {
      const n = numericIdentifier(text.slice(1), pos);
      if (!n.ok) return n;
      [patch, text] = n.value;
    }
  }
  let pre = '';
  if (patch !== null && text.startsWith('-')) {
    const id = identifier(text.slice(1), 'pre-release');
    if (!id.ok) return id;
    if (id.value[0] === '') return err('empty identifier segment in pre-release identifier');
    [pre, text] = id.value;
  }
  if (patch !== null && text.startsWith('+')) {
    const id = identifier(text.slice(1), 'build metadata');
    if (!id.ok) return id;
    if (id.value[0] === '') return err('empty identifier segment in build metadata');
    text = id.value[1];
  }
  return ok([{ op, major: major.value[0], minor, patch, pre }, trimSpaces(text)]);
}

/** VersionReq::from_str: comma-separated comparators; a lone `*` (or x, X) is "any". */
export function parseVersionReq(input: string, defaultOp: Op = '^'): Result<Comparator[]> {
  if (input.length > MAX_RANGE_LENGTH) return err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
  let text = trimSpaces(input);
  const star = wildcard(text);
  if (star !== null) {
    const rest = trimSpaces(star);
    if (rest === '') return ok([]);
    return err(rest.startsWith(',') ? `wildcard req (${text[0]}) must be the only comparator in the version req` : 'unexpected character after wildcard in version req');
  }
  const comparators: Comparator[] = [];
  for (;;) {
    const c = comparator(text, defaultOp);
    if (!c.ok) return c;
    comparators.push(c.value[0]);
    text = c.value[1];
    if (text === '') return ok(comparators);
    if (!text.startsWith(',')) return err(`expected comma after version number, found ${JSON.stringify(text[0])}`);
    // parse.rs version_req: the 33rd comparator is refused.
    if (comparators.length === MAX_COMPARATORS) return err('excessive number of version comparators');
    text = trimSpaces(text.slice(1));
  }
}

const cmpNum = compareNumericText;

function matchesExact(c: Comparator, v: CargoVersion): boolean {
  if (v.major !== c.major) return false;
  if (c.minor !== null && v.minor !== c.minor) return false;
  if (c.patch !== null && v.patch !== c.patch) return false;
  return v.pre === c.pre;
}

function matchesGreater(c: Comparator, v: CargoVersion): boolean {
  if (v.major !== c.major) return cmpNum(v.major, c.major) > 0;
  if (c.minor === null) return false;
  if (v.minor !== c.minor) return cmpNum(v.minor, c.minor) > 0;
  if (c.patch === null) return false;
  if (v.patch !== c.patch) return cmpNum(v.patch, c.patch) > 0;
  return compareCargoPre(v.pre, c.pre) > 0;
}

function matchesLess(c: Comparator, v: CargoVersion): boolean {
  if (v.major !== c.major) return cmpNum(v.major, c.major) < 0;
  if (c.minor === null) return false;
  if (v.minor !== c.minor) return cmpNum(v.minor, c.minor) < 0;
  if (c.patch === null) return false;
  if (v.patch !== c.patch) return cmpNum(v.patch, c.patch) < 0;
  return compareCargoPre(v.pre, c.pre) < 0;
}

function matchesTilde(c: Comparator, v: CargoVersion): boolean {
  if (v.major !== c.major) return false;
  if (c.minor !== null && v.minor !== c.minor) return false;
  if (c.patch !== null && v.patch !== c.patch) return cmpNum(v.patch, c.patch) > 0;
  return compareCargoPre(v.pre, c.pre) >= 0;
}

function matchesCaret(c: Comparator, v: CargoVersion): boolean {
  if (v.major !== c.major) return false;
  if (c.minor === null) return true;
  const majorPositive = c.major !== '0';
  if (c.patch === null) return majorPositive ? cmpNum(v.minor, c.minor) >= 0 : v.minor === c.minor;
  if (majorPositive) {
    if (v.minor !== c.minor) return cmpNum(v.minor, c.minor) > 0;
    if (v.patch !== c.patch) return cmpNum(v.patch, c.patch) > 0;
  } else if (c.minor !== '0') {
    if (v.minor !== c.minor) return false;
    if (v.patch !== c.patch) return cmpNum(v.patch, c.patch) > 0;
  } else if (v.minor !== c.minor || v.patch !== c.patch) {
    return false;
  }
  return compareCargoPre(v.pre, c.pre) >= 0;
}

function matchesOne(c: Comparator, v: CargoVersion): boolean {
  switch (c.op) {
    case '=':
    case '*':
      return matchesExact(c, v);
    case '>':
      return matchesGreater(c, v);
    case '>=':
      return matchesExact(c, v) || matchesGreater(c, v);
    case '<':
      return matchesLess(c, v);
    case '<=':
      return matchesExact(c, v) || matchesLess(c, v);
    case '~':
      return matchesTilde(c, v);
    case '^':
      return matchesCaret(c, v);
  }
}

/** eval.rs matches_req: a pre-release only matches when a comparator names the same major.minor.patch with a pre-release. */
export function matchesReq(comparators: readonly Comparator[], v: CargoVersion): boolean {
  if (!comparators.every((c) => matchesOne(c, v))) return false;
  if (v.pre === '') return true;
  return comparators.some((c) => c.major === v.major && c.minor === v.minor && c.patch === v.patch && c.pre !== '');
}

export function cargoNativeRange(text: string): Result<VersionRange<CargoVersion>> {
  const req = parseVersionReq(text);
  if (!req.ok) return err(`"${text}" is not a valid Cargo version requirement: ${req.error}`);
  return ok({ text, contains: (v) => matchesReq(req.value, v) });
}

/**
 * DESIGN.md 8.1 advisory syntax: `||` between alternatives, space or `&&` between constraints, bare version `=x`.
 * Each alternative is one VersionReq (same matching, including the pre-release rule).
 */
export function cargoAdvisoryRange(text: string): Result<VersionRange<CargoVersion>> {
  const split = splitAdvisoryRange(text);
  if (!split.ok) return split;
  const alternatives: Comparator[][] = [];
  for (const alternative of split.value) {
    // `^0.21.2` and `~1.2` (RustSec writes them) keep their own operator; a bare version means `=`.
    const joined = alternative.map((c) => (c.op === '=' && /^[~^]/.test(c.version) ? c.version : `${c.op}${c.version}`));
    const req = parseVersionReq(joined.join(', '), '=');
    if (!req.ok) return err(`"${text}" is not a valid Cargo advisory range: ${req.error}`);
    alternatives.push(req.value);
  }
  return ok({ text, contains: (v) => alternatives.some((req) => matchesReq(req, v)) });
}
