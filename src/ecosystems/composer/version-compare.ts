import { compareStrings } from '../../model/compare-strings.js';

/**
 * PHP's version_compare() (ext/standard/versioning.c, PHP 8.2), which Composer's constraints call on normalised
 * versions. Ported function by function so that every quirk is kept: special forms match by prefix
 * ("dev" < "alpha"/"a" < "beta"/"b" < "RC"/"rc" < number < "pl"/"p", anything else below "dev"), and numbers
 * are read with strtol, so they saturate at 2^63-1.
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// -1 stands for the string's end (C's NUL): neither a digit nor a "non-digit" in these macros.
const isdig = (c: number): boolean => c >= 0 && isDigit(c) && c !== 46;
const isndig = (c: number): boolean => c >= 0 && !isDigit(c) && c !== 46;

/** php_canonicalize_version: `-_+` and other non-alphanumerics become `.`, digit/letter boundaries get one. */
export function canonicalize(version: string): string {
  if (version === '') return '';
  let out = version.charAt(0);
  let lp = version.charCodeAt(0);
  for (let i = 1; i < version.length; i++) {
    const p = version.charCodeAt(i);
    const lastIsDot = out.charCodeAt(out.length - 1) === 46;
    if (p === 45 || p === 95 || p === 43) {
      if (!lastIsDot) out += '.';
    } else if ((isndig(lp) && isdig(p)) || (isdig(lp) && isndig(p))) {
      if (!lastIsDot) out += '.';
      out += version.charAt(i);
    } else if (!isAlnum(p)) {
      if (!lastIsDot) out += '.';
    } else {
      out += version.charAt(i);
    }
    lp = p;
  }
  return out;
}

const SPECIAL_FORMS: readonly (readonly [string, number])[] = [
  ['dev', 0], ['alpha', 1], ['a', 1], ['beta', 2], ['b', 2], ['RC', 3], ['rc', 3], ['#', 4], ['pl', 5], ['p', 5],
];

function specialOrder(form: string): number {
  for (const [name, order] of SPECIAL_FORMS) if (form.startsWith(name)) return order;
  return -1;
}

const sign = (n: number): -1 | 0 | 1 => (n < 0 ? -1 : n > 0 ? 1 : 0);
const LONG_MAX = '9223372036854775807';

/** strtol of an element: its leading digits, saturated at LONG_MAX, as a digit string without leading zeros. */
function strtol(element: string): string {
  let end = 0;
  while (end < element.length && isDigit(element.charCodeAt(end))) end++;
  let start = 0;
  while (start < end - 1 && element.charCodeAt(start) === 48) start++;
  const digits = element.slice(start, end);
  if (digits.length > 19 || (digits.length === 19 && digits > LONG_MAX)) return LONG_MAX;
  return digits;
}

function compareNumbers(a: string, b: string): -1 | 0 | 1 {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return compareStrings(a, b);
}

const firstIsDigit = (s: string, at: number): boolean => at < s.length && isDigit(s.charCodeAt(at));

/** php_version_compare on two already prepared strings (see `prepare`), with the original emptiness. */
export function compareVersions(v1: string, v2: string): -1 | 0 | 1 {
  if (v1 === '' || v2 === '') return v1 === v2 ? 0 : v1 !== '' ? 1 : -1;
  let p1 = 0;
  let p2 = 0;
  let n1: number | null = 0;
  let n2: number | null = 0;
  let compare: -1 | 0 | 1 = 0;
  while (p1 < v1.length && p2 < v2.length && n1 !== null && n2 !== null) {
    const d1 = v1.indexOf('.', p1);
    const d2 = v2.indexOf('.', p2);
    n1 = d1 < 0 ? null : d1;
    n2 = d2 < 0 ? null : d2;
    const e1 = v1.slice(p1, n1 ?? v1.length);
    const e2 = v2.slice(p2, n2 ?? v2.length);
    const dig1 = firstIsDigit(e1, 0);
    const dig2 = firstIsDigit(e2, 0);
    if (dig1 && dig2) compare = compareNumbers(strtol(e1), strtol(e2));
    else if (!dig1 && !dig2) compare = sign(specialOrder(e1) - specialOrder(e2));
    else compare = dig1 ? sign(specialOrder('#N#') - specialOrder(e2)) : sign(specialOrder(e1) - specialOrder('#N#'));
    if (compare !== 0) break;
    if (n1 !== null) p1 = n1 + 1;
    if (n2 !== null) p2 = n2 + 1;
  }
  if (compare === 0) {
    if (n1 !== null) compare = firstIsDigit(v1, p1) ? 1 : compareVersions(prepareText(v1.slice(p1)), '#N#');
    else if (n2 !== null) compare = firstIsDigit(v2, p2) ? -1 : compareVersions('#N#', prepareText(v2.slice(p2)));
  }
  return compare;
}

/**
 * A version made ready for version_compare() once: `text` is what php_version_compare walks (the string as-is
 * when it starts with `#`, else its canonical form); when it has no empty element, its elements are pre-read so
 * comparing needs no string work.
 */
export interface Prepared {
  readonly text: string;
  readonly elements: readonly Element[] | null;
}
interface Element {
  readonly digit: boolean;
  /** strtol's value for a number, else "". */
  readonly num: string;
  /** The special-form order for a word. */
  readonly order: number;
}

const prepareText = (version: string): string => (version.startsWith('#') ? version : canonicalize(version));

export function prepare(version: string): Prepared {
  const text = prepareText(version);
  const pieces = text.split('.');
  if (text === '' || text.startsWith('#') || pieces.some((p) => p === '')) return { text, elements: null };
  const elements = pieces.map((p) => {
    const digit = firstIsDigit(p, 0);
    return { digit, num: digit ? strtol(p) : '', order: digit ? 4 : specialOrder(p) };
  });
  return { text, elements };
}

/**
 * php_version_compare on prepared versions. With no empty element (every version Composer normalises), the C
 * loop reduces to: compare element by element (a number against a word counts as the special form "#"); when
 * one side has more, a number there wins, a word is compared against "#".
 */
export function comparePrepared(a: Prepared, b: Prepared): -1 | 0 | 1 {
  const x = a.elements;
  const y = b.elements;
  if (!x || !y) return compareVersions(a.text, b.text);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const e = x[i] as Element;
    const f = y[i] as Element;
    const c = e.digit && f.digit ? compareNumbers(e.num, f.num) : sign(e.order - f.order);
    if (c !== 0) return c;
  }
  if (x.length > n) {
    const e = x[n] as Element;
    return e.digit ? 1 : sign(e.order - 4);
  }
  if (y.length > n) {
    const f = y[n] as Element;
    return f.digit ? -1 : sign(4 - f.order);
  }
  return 0;
}

/** version_compare($a, $b, $operator) for Composer's operators. */
export function versionCompareOp(a: Prepared, b: Prepared, operator: Operator): boolean {
  const c = comparePrepared(a, b);
  switch (operator) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

export type Operator = '==' | '!=' | '<' | '<=' | '>' | '>=';
