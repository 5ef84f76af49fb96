import { err, ok, type Result } from '../../model/result.js';

/**
 * apk versions as apk-tools 2.14 reads and orders them (src/version.c at tag v2.14.10: the Gentoo-style tokenizer
 * that Alpine up to 3.22 and Wolfi run). It accepts shapes apk-tools 3 refuses (`v1.2.3`, `1.2.3.r0`, `1.2.3.-r0`,
 * `1.2.3-r0-r1`), refuses `~hash` and numbers of 18 digits or more, and orders leading zeros its own way
 * (`1.00-r1` < `1.0.5-r3`, where 3.x says >). Ported from the C, token for token; version.ts is the 3.x one.
 */
// The C enum's values: the compare's "longer wins" rule compares them, so INVALID must stay below the others.
const INVALID = -1;
const DIGIT_OR_ZERO = 0;
const DIGIT = 1;
const LETTER = 2;
const SUFFIX = 3;
const SUFFIX_NO = 4;
const REVISION_NO = 5;
const END = 6;

const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];

export interface ApkTools2Version {
  readonly text: string;
  /** values[k] is what the k-th get_token returned; types[k] the token type before it (types[0] = DIGIT). */
  readonly values: readonly (number | bigint)[];
  readonly types: readonly number[];
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** next_token: the type of what follows, advancing over a separator. Returns [type, new position]. */
function nextToken(text: string, at: number, type: number): [number, number] {
  let n = INVALID;
  const c = text.charCodeAt(at);
  if (at >= text.length || c === 0) n = END;
  else if ((type === DIGIT || type === DIGIT_OR_ZERO) && isLower(c)) n = LETTER;
  else if (type === LETTER && isDigit(c)) n = DIGIT;
  else if (type === SUFFIX && isDigit(c)) n = SUFFIX_NO;
  else {
    if (c === 46 /* . */) n = DIGIT_OR_ZERO;
    else if (c === 95 /* _ */) n = SUFFIX;
    else if (c === 45 /* - */ && text.length - at > 1 && text[at + 1] === 'r') {
      n = REVISION_NO;
      at++;
    }
    at++;
  }
  if (n < type && !((n === DIGIT_OR_ZERO && type === DIGIT) || (n === SUFFIX && type === SUFFIX_NO) || (n === DIGIT && type === LETTER))) {
    n = INVALID;
  }
  return [n, at];
}

const startsWith = (text: string, at: number, word: string): boolean => text.startsWith(word, at);

/** get_token: [value, type after, new position]. */
function getToken(text: string, at: number, type: number): [number | bigint, number, number] {
  if (at >= text.length) return [0, END, at];
  let i = 0;
  let nt = INVALID;
  let v: number | bigint;
  if (type === DIGIT_OR_ZERO && text[at] === '0') {
    // Leading zeros: the number of extra zeros, negated; what follows them is then read as a digit token.
    while (at + i + 1 < text.length && text[at + i + 1] === '0') i++;
    nt = DIGIT;
    v = -i;
  } else switch (type) {
    case DIGIT_OR_ZERO:
    case DIGIT:
    case SUFFIX_NO:
    case REVISION_NO:
      while (at + i < text.length && isDigit(text.charCodeAt(at + i))) i++;
      if (i >= 18) return [-1, INVALID, at];
      v = i === 0 ? 0 : i <= 15 ? Number(text.slice(at, at + i)) : BigInt(text.slice(at, at + i));
      break;
    case LETTER:
      v = text.charCodeAt(at);
      i = 1;
      break;
    case SUFFIX: {
      const pre = PRE_SUFFIXES.findIndex((s) => startsWith(text, at, s));
      if (pre >= 0) {
        v = pre - PRE_SUFFIXES.length;
        i = (PRE_SUFFIXES[pre] as string).length;
        break;
      }
      const post = POST_SUFFIXES.findIndex((s) => startsWith(text, at, s));
      if (post < 0) return [-1, INVALID, at];
      v = post;
      i = (POST_SUFFIXES[post] as string).length;
      break;
    }
    default:
      return [-1, INVALID, at];
  }
  at += i;
  if (at >= text.length) return [v, END, at];
  if (nt !== INVALID) return [v, nt, at];
  const [next, after] = nextToken(text, at, type);
  return [v, next, after];
}

export const MAX_APK_TOOLS2_LENGTH = 1024;

/** The token stream apk-tools 2.14 reads from a version, up to END or INVALID. */
function tokenize(text: string): ApkTools2Version {
  const values: (number | bigint)[] = [];
  const types: number[] = [DIGIT];
  let type = DIGIT;
  let at = 0;
  while (type !== END && type !== INVALID) {
    const [value, next, after] = getToken(text, at, type);
    values.push(value);
    types.push(next);
    type = next;
    at = after;
  }
  return { text, values, types };
}

/** apk_version_validate of 2.14; the empty string, which it lets through, is no version here. */
export function parseApkTools2Version(text: string): Result<ApkTools2Version> {
  if (text.length > MAX_APK_TOOLS2_LENGTH) return err(`version is longer than ${MAX_APK_TOOLS2_LENGTH} characters`);
  const version = tokenize(text);
  if (text === '' || version.types[version.types.length - 1] !== END) {
    return err(`"${text}" is not a valid apk version (apk-tools 2.14 apk_version_validate)`);
  }
  return ok(version);
}

/**
 * apk_version_compare_blob_fuzzy of 2.14, over any text (`apk version -t` orders strings it does not validate).
 * `fuzzy` (the `~` operators) makes equal every pair whose compared tokens are equal, whichever is longer.
 */
export function compareApkTools2(a: ApkTools2Version, b: ApkTools2Version, fuzzy = false): -1 | 0 | 1 {
  let k = 0;
  let at = DIGIT;
  let bt = DIGIT;
  let av: number | bigint = 0;
  let bv: number | bigint = 0;
  while (at === bt && at !== END && at !== INVALID && av == bv) {
    av = a.values[k] as number | bigint;
    bv = b.values[k] as number | bigint;
    k++;
    at = a.types[k] as number;
    bt = b.types[k] as number;
  }
  if (av < bv) return -1;
  if (av > bv) return 1;
  if (at === bt || fuzzy) return 0;
  // Equal so far: the longer one is newer unless it goes on with a pre-release suffix (a negative suffix value).
  if (at === SUFFIX && (a.values[k] as number) < 0) return -1;
  if (bt === SUFFIX && (b.values[k] as number) < 0) return 1;
  if (at > bt) return -1;
  if (bt > at) return 1;
  return 0;
}

/** Any text as 2.14's compare reads it, valid or not (for pairs no validator accepts on both sides). */
export const readApkTools2 = tokenize;
