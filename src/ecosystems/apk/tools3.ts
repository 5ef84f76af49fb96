import { err, ok, type Result } from '../../model/result.js';
import { compareStrings } from '../../model/compare-strings.js';

/**
 * apk versions as apk-tools 3 reads and orders them (src/version.c at tag v3.0.6, the rewrite with `~hash` tokens
 * and 64-bit numbers that Alpine 3.23+ runs): `digit{.digit}...{letter}{_suffix{digits}}...{~hash}{-r#}`. A version
 * that its apk_version_validate refuses is an error (3.x's `apk version -t` refuses it too). tools2.ts is 2.14.
 */
// A plain object rather than a const enum, so the sources also run under Node's type stripping.
const Token = {
  InitialDigit: 0,
  Digit: 1,
  Letter: 2,
  Suffix: 3,
  SuffixNo: 4,
  CommitHash: 5,
  RevisionNo: 6,
  End: 7,
  Invalid: 8,
} as const;
type Token = (typeof Token)[keyof typeof Token];

// Suffix order: pre-release suffixes below NONE (the release), post-release ones above.
const SUFFIX_NONE = 5;
const SUFFIXES: Readonly<Record<string, number>> = {
  alpha: 1, beta: 2, pre: 3, rc: 4, cvs: 6, svn: 7, git: 8, hg: 9, p: 10,
};

interface ApkToken {
  readonly token: Token;
  /** The token's text (digits, letter, suffix name or hash). */
  readonly value: string;
  /** Digits as apk_blob_pull_uint reads them: a uint64 that wraps; a number while exact, else a bigint. */
  readonly number: number | bigint;
  readonly suffix: number;
}

export interface ApkTools3Version {
  readonly text: string;
  /** Tokens up to and including End. */
  readonly tokens: readonly ApkToken[];
}

export const MAX_APK_TOOLS3_LENGTH = 1024;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102);
const UINT64 = 1n << 64n;

function readNumber(digits: string): number | bigint {
  if (digits.length <= 15) return Number(digits);
  return BigInt(digits) % UINT64;
}

export function parseApkTools3Version(text: string): Result<ApkTools3Version> {
  if (text.length > MAX_APK_TOOLS3_LENGTH) return err(`version is longer than ${MAX_APK_TOOLS3_LENGTH} characters`);
  const tokens: ApkToken[] = [];
  const invalid = (): Result<ApkTools3Version> => err(`"${text}" is not a valid apk version (apk-tools 3 apk_version_validate)`);
  let i = 0;
  const digits = (): string => {
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    return text.slice(start, i);
  };
  let previous: Token = Token.InitialDigit;
  const first = digits();
  if (first === '') return invalid();
  tokens.push({ token: Token.InitialDigit, value: first, number: readNumber(first), suffix: 0 });
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let next: ApkToken;
    if (isLower(c)) {
      if (previous > Token.Digit) return invalid();
      next = { token: Token.Letter, value: text[i] as string, number: c, suffix: 0 };
      i++;
    } else if (c === 46 /* . */ || isDigit(c)) {
      if (c === 46) {
        if (previous > Token.Digit) return invalid();
        i++;
      }
      let token: Token;
      if (previous === Token.InitialDigit || previous === Token.Digit) token = Token.Digit;
      else if (previous === Token.Suffix) token = Token.SuffixNo;
      else return invalid();
      const value = digits();
      if (value === '') return invalid();
      next = { token, value, number: readNumber(value), suffix: 0 };
    } else if (c === 95 /* _ */) {
      if (previous > Token.SuffixNo) return invalid();
      const start = ++i;
      while (i < text.length && isLower(text.charCodeAt(i))) i++;
      const value = text.slice(start, i);
      const suffix = Object.hasOwn(SUFFIXES, value) ? (SUFFIXES[value] as number) : 0;
      if (suffix === 0) return invalid();
      next = { token: Token.Suffix, value, number: 0, suffix };
    } else if (c === 126 /* ~ */) {
      if (previous >= Token.CommitHash) return invalid();
      const start = ++i;
      while (i < text.length && isHex(text.charCodeAt(i))) i++;
      if (i === start) return invalid();
      next = { token: Token.CommitHash, value: text.slice(start, i), number: 0, suffix: 0 };
    } else if (c === 45 /* - */) {
      if (previous >= Token.RevisionNo || text[i + 1] !== 'r') return invalid();
      i += 2;
      const value = digits();
      if (value === '') return invalid();
      next = { token: Token.RevisionNo, value, number: readNumber(value), suffix: 0 };
    } else {
      return invalid();
    }
    tokens.push(next);
    previous = next.token;
  }
  tokens.push({ token: Token.End, value: '', number: 0, suffix: 0 });
  return ok({ text, tokens });
}

const order = (a: number | bigint, b: number | bigint): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0);
// apk_blob_sort (bytes up to the shorter length, then the shorter first) is code-unit order on these ASCII digit runs.
const blobSort = compareStrings;

function tokenCompare(a: ApkToken, b: ApkToken): -1 | 0 | 1 {
  switch (a.token) {
    case Token.Digit:
      // Gentoo's rule: a component with a leading zero compares as a string (1.02 < 1.1).
      if (a.value.charCodeAt(0) === 48 || b.value.charCodeAt(0) === 48) return blobSort(a.value, b.value);
      return order(a.number, b.number);
    case Token.InitialDigit:
    case Token.SuffixNo:
    case Token.RevisionNo:
    case Token.Letter:
      return order(a.number, b.number);
    case Token.Suffix:
      return order(a.suffix, b.suffix);
    default:
      return blobSort(a.value, b.value);
  }
}

/** apk_version_compare_fuzzy: with `fuzzy`, a version equals any bound it extends (`~1.2` matches 1.2.3). */
export function compareApkTools3(a: ApkTools3Version, b: ApkTools3Version, fuzzy = false): -1 | 0 | 1 {
  let k = 0;
  let ta = a.tokens[0] as ApkToken;
  let tb = b.tokens[0] as ApkToken;
  while (ta.token === tb.token && ta.token < Token.End) {
    const r = tokenCompare(ta, tb);
    if (r !== 0) return r;
    k++;
    ta = a.tokens[k] as ApkToken;
    tb = b.tokens[k] as ApkToken;
  }
  if (ta.token === tb.token) return 0;
  if (tb.token === Token.End && fuzzy) return 0;
  // Equal so far: the longer one is newer unless what it goes on with is a pre-release suffix.
  if (ta.token === Token.Suffix && ta.suffix < SUFFIX_NONE) return -1;
  if (tb.token === Token.Suffix && tb.suffix < SUFFIX_NONE) return 1;
  if (ta.token > tb.token) return -1;
  if (tb.token > ta.token) return 1;
  return 0;
}
