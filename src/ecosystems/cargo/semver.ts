import { err, ok, type Result } from '../../model/result.js';
import { compareNumericText } from '../shared/semver2.js';
import { compareStrings } from '../../model/compare-strings.js';

/**
 * A port of the Rust `semver` crate 1.0 (what Cargo and crates.io use): src/parse.rs and src/impls.rs.
 * Numbers are u64 kept as digit strings (no leading zeros, so length-then-text order is numeric order).
 */
export interface CargoVersion {
  readonly major: string;
  readonly minor: string;
  readonly patch: string;
  /** Pre-release text after `-`; '' for none. */
  readonly pre: string;
  /** Build metadata text after `+`; '' for none. */
  readonly build: string;
}

const U64_MAX = '18446744073709551615';

export type Position = 'major' | 'minor' | 'patch' | 'pre-release' | 'build metadata';

/** crate::parse::numeric_identifier: digits, no leading zero, fits u64. Returns [digits, rest] or an error. */
export function numericIdentifier(input: string, pos: Position): Result<[string, string]> {
  let len = 0;
  while (len < input.length && input[len]! >= '0' && input[len]! <= '9') {
    if (len > 0 && input[0] === '0') return err(`invalid leading zero in ${pos} version number`);
    len++;
  }
  if (len === 0) {
    return err(input === '' ? `unexpected end of input while parsing ${pos} version number` : `unexpected character ${JSON.stringify(input[0])} while parsing ${pos} version number`);
  }
  const digits = input.slice(0, len);
  if (compareNumericText(digits, U64_MAX) > 0) return err(`value of ${pos} version number exceeds u64::MAX`);
  return ok([digits, input.slice(len)]);
}

/** crate::parse::identifier: dot-separated [0-9A-Za-z-]+ segments; pre-release numbers may not have leading zeros. */
export function identifier(input: string, pos: Position): Result<[string, string]> {
  let accumulated = 0;
  let segment = 0;
  let nonDigit = false;
  for (;;) {
    const c = input[accumulated + segment];
    if (c !== undefined && /^[A-Za-z-]$/.test(c)) {
      segment++;
      nonDigit = true;
    } else if (c !== undefined && c >= '0' && c <= '9') {
      segment++;
    } else {
      if (segment === 0) {
        if (accumulated === 0 && c !== '.') return ok(['', input]);
        return err(`empty identifier segment in ${pos}`);
      }
      if (pos === 'pre-release' && segment > 1 && !nonDigit && input[accumulated] === '0') {
        return err(`invalid leading zero in ${pos} identifier`);
      }
      accumulated += segment;
      if (c === '.') {
        accumulated++;
        segment = 0;
        nonDigit = false;
      } else {
        return ok([input.slice(0, accumulated), input.slice(accumulated)]);
      }
    }
  }
}

export function parseCargoVersion(text: string): Result<CargoVersion> {
  const fail = (reason: string): Result<never> => err(`"${text}" is not a valid Cargo (semver) version: ${reason}`);
  const parts: string[] = [];
  let rest = text;
  const positions: Position[] = ['major', 'minor', 'patch'];
  for (const [i, pos] of positions.entries()) {
    const n = numericIdentifier(rest, pos);
    if (!n.ok) return fail(n.error);
    parts.push(n.value[0]);
    rest = n.value[1];
    if (i < 2) {
      if (!rest.startsWith('.')) return fail(rest === '' ? `unexpected end of input after ${pos} version number` : `unexpected character ${JSON.stringify(rest[0])} after ${pos} version number`);
      rest = rest.slice(1);
    }
  }
  let pre = '';
  let build = '';
  let pos: Position = 'patch';
  if (rest.startsWith('-')) {
    pos = 'pre-release';
    const id = identifier(rest.slice(1), pos);
    if (!id.ok) return fail(id.error);
    if (id.value[0] === '') return fail('empty identifier segment in pre-release');
    [pre, rest] = id.value;
  }
  if (rest.startsWith('+')) {
    pos = 'build metadata';
    const id = identifier(rest.slice(1), pos);
    if (!id.ok) return fail(id.error);
    if (id.value[0] === '') return fail('empty identifier segment in build metadata');
    [build, rest] = id.value;
  }
  if (rest !== '') return fail(`unexpected character ${JSON.stringify(rest[0])} after ${pos}`);
  const [major, minor, patch] = parts as [string, string, string];
  return ok({ major, minor, patch, pre, build });
}

const allDigits = (s: string): boolean => /^[0-9]*$/.test(s);

/** impl Ord for Prerelease: a release ('' here) is greater than any pre-release. */
export function compareCargoPre(a: string, b: string): -1 | 0 | 1 {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < left.length; i++) {
    const x = left[i] as string;
    const y = right[i];
    if (y === undefined) return 1;
    const xd = allDigits(x);
    const yd = allDigits(y);
    const order = xd && yd ? (x.length !== y.length ? (x.length < y.length ? -1 : 1) : compareStrings(x, y)) : xd ? -1 : yd ? 1 : compareStrings(x, y);
    if (order !== 0) return order;
  }
  return left.length === right.length ? 0 : -1;
}

/** impl Ord for BuildMetadata: numeric segments by value, then by length (0 < 00 < 1 < 01). */
export function compareCargoBuild(a: string, b: string): -1 | 0 | 1 {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < left.length; i++) {
    const x = left[i] as string;
    const y = right[i];
    if (y === undefined) return 1;
    let order: -1 | 0 | 1;
    if (allDigits(x) && allDigits(y)) {
      const xv = x.replace(/^0+/, '');
      const yv = y.replace(/^0+/, '');
      order = compareNumericText(xv, yv) || (x.length === y.length ? 0 : x.length < y.length ? -1 : 1);
    } else if (allDigits(x)) order = -1;
    else if (allDigits(y)) order = 1;
    else order = compareStrings(x, y);
    if (order !== 0) return order;
  }
  return left.length === right.length ? 0 : -1;
}

/** Derived Ord of semver::Version: major, minor, patch, pre, then build (so 1.0.0+a and 1.0.0+b differ). */
export function compareCargoVersions(a: CargoVersion, b: CargoVersion): -1 | 0 | 1 {
  return (
    compareNumericText(a.major, b.major) ||
    compareNumericText(a.minor, b.minor) ||
    compareNumericText(a.patch, b.patch) ||
    compareCargoPre(a.pre, b.pre) ||
    compareCargoBuild(a.build, b.build)
  );
}
