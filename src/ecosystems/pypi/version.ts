import { err, ok, type Result } from '../../model/result.js';
import { compareStrings } from '../../model/compare-strings.js';

/**
 * PEP 440 versions exactly as the Python `packaging` library (23.x, the one Debian bookworm ships) parses and
 * orders them: `packaging.version.Version` and its `_cmpkey`.
 */
export interface PypiVersion {
  /** Digit strings without leading zeros: Python ints are unbounded, so numbers stay exact at any length. */
  readonly epoch: string;
  readonly release: readonly string[];
  /** Normalised label (a, b, rc) and number. */
  readonly pre: readonly [string, string] | null;
  readonly post: string | null;
  /** "post", except for the odd spellings Python's case folding lets through (`poſt`), which sort apart. */
  readonly postLabel: string;
  readonly dev: string | null;
  /** Lower-cased local parts; a part of only digits is a number (leading zeros dropped). */
  readonly local: readonly string[] | null;
  /** `str(Version(...))`: the normal form, used by `===` and the wildcard rules. */
  readonly text: string;
  /** Release without trailing zeros, as `_cmpkey` compares it. */
  readonly releaseKey: readonly string[];
}

// Python's `\s` on str (str.isspace): wider than JS's `\s` (\x1c-\x1f, \x85) and without \ufeff.
export const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

// packaging's VERSION_PATTERN verbatim (re.VERBOSE | re.IGNORECASE); a constant, never built from input.
// `u` makes case-insensitive matching fold like Python's (the Kelvin sign matches `k`).
const VERSION_RE = new RegExp(
  `^[${PY_SPACE}]*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)` +
    '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?' +
    '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)' +
    `(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?[${PY_SPACE}]*$`,
  'diu',
);

/**
 * Python's IGNORECASE also matches `ı` (U+0131) and `İ` (U+0130) with `i`, which JS's `iu` does not: the regex
 * runs on a copy with those folded (same length, so the match positions hold) and groups come from the input.
 */
export const foldForMatch = (text: string): string => text.replace(/[\u0130\u0131]/g, 'i');

export function pyGroups(re: RegExp, text: string): Record<string, string | undefined> | undefined {
  const indices = re.exec(foldForMatch(text))?.indices?.groups;
  if (!indices) return undefined;
  const out: Record<string, string | undefined> = {};
  for (const [name, span] of Object.entries(indices)) out[name] = span ? text.slice(span[0], span[1]) : undefined;
  return out;
}

/** CPython 3.11+ refuses int() of more than 4300 digits (ValueError), so `packaging` rejects such versions. */
const PY_INT_MAX_DIGITS = 4300;

class TooLong extends Error {}

function int(digits: string): string {
  if (digits.length > PY_INT_MAX_DIGITS) throw new TooLong();
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}

const PRE_LABEL: Readonly<Record<string, string>> = { alpha: 'a', a: 'a', beta: 'b', b: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

export function parsePypiVersion(text: string): Result<PypiVersion> {
  const g = pyGroups(VERSION_RE, text);
  if (!g || g.release === undefined) return err(`invalid PEP 440 version "${text}"`);
  try {
    const epoch = g.epoch === undefined ? '0' : int(g.epoch);
    const release = g.release.split('.').map(int);
    // _parse_letter_version: lower-case, then the alternate spellings; anything else stays as it is.
    const preLabel = g.pre_l === undefined ? undefined : g.pre_l.toLowerCase();
    const pre: [string, string] | null = preLabel === undefined ? null : [PRE_LABEL[preLabel] ?? preLabel, int(g.pre_n ?? '0')];
    const postDigits = g.post_n1 ?? g.post_n2;
    const post = g.post === undefined ? null : int(postDigits ?? '0');
    const postWord = g.post_l?.toLowerCase() ?? 'post';
    const postLabel = postWord === 'rev' || postWord === 'r' ? 'post' : postWord;
    const dev = g.dev === undefined ? null : int(g.dev_n ?? '0');
    const local =
      g.local === undefined
        ? null
        : g.local.split(/[-_.]/).map((part) => (isDigits(part) ? int(part) : part.toLowerCase()));
    return ok(build(epoch, release, pre, post, dev, local, postLabel));
  } catch (e) {
    if (e instanceof TooLong) return err(`invalid PEP 440 version "${text.slice(0, 80)}…": a number over 4300 digits`);
    throw e;
  }
}

function build(
  epoch: string,
  release: readonly string[],
  pre: readonly [string, string] | null,
  post: string | null,
  dev: string | null,
  local: readonly string[] | null,
  postLabel = 'post',
): PypiVersion {
  let end = release.length;
  while (end > 0 && release[end - 1] === '0') end--;
  const text =
    (epoch === '0' ? '' : `${epoch}!`) +
    release.join('.') +
    (pre ? pre[0] + pre[1] : '') +
    (post === null ? '' : `.post${post}`) +
    (dev === null ? '' : `.dev${dev}`) +
    (local ? `+${local.join('.')}` : '');
  return { epoch, release, pre, post, postLabel, dev, local, text, releaseKey: release.slice(0, end) };
}

/** `Version(v.public)`: the same version without its local label. */
export function publicOf(v: PypiVersion): PypiVersion {
  return v.local === null ? v : build(v.epoch, v.release, v.pre, v.post, v.dev, null, v.postLabel);
}

/** `Version(v.base_version)`: epoch and release only. */
export function baseOf(v: PypiVersion): PypiVersion {
  return build(v.epoch, v.release, null, null, null, null);
}

export const isPrerelease = (v: PypiVersion): boolean => v.pre !== null || v.dev !== null;

export function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return compareStrings(a, b);
}

// _cmpkey's Infinity/NegativeInfinity sentinels, as ranks around the real values.
const NEG = 0;
const VAL = 1;
const POS = 2;

function preRank(v: PypiVersion): number {
  if (v.pre === null && v.post === null && v.dev !== null) return NEG;
  return v.pre === null ? POS : VAL;
}

function compareRelease(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareDigits(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

// Local parts: a number sorts after any string (`(int, "")` against `(-inf, str)`), numbers by value.
function compareLocal(a: readonly string[] | null, b: readonly string[] | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    const xn = isDigits(x);
    const yn = isDigits(y);
    let c: number;
    if (xn && yn) c = compareDigits(x, y);
    else if (xn !== yn) c = xn ? 1 : -1;
    else c = compareStrings(x, y);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

export function comparePypi(a: PypiVersion, b: PypiVersion): -1 | 0 | 1 {
  let c = compareDigits(a.epoch, b.epoch);
  if (c === 0) c = compareRelease(a.releaseKey, b.releaseKey);
  if (c === 0) {
    const ra = preRank(a);
    const rb = preRank(b);
    c = ra - rb;
    if (c === 0 && ra === VAL && a.pre && b.pre) {
      c = a.pre[0] < b.pre[0] ? -1 : a.pre[0] > b.pre[0] ? 1 : compareDigits(a.pre[1], b.pre[1]);
    }
  }
  if (c === 0 && (a.post !== null || b.post !== null)) {
    if (a.post === null || b.post === null) c = a.post === null ? -1 : 1;
    else c = a.postLabel < b.postLabel ? -1 : a.postLabel > b.postLabel ? 1 : compareDigits(a.post, b.post);
  }
  if (c === 0) c = a.dev === b.dev ? 0 : a.dev === null ? 1 : b.dev === null ? -1 : compareDigits(a.dev, b.dev);
  if (c === 0) c = compareLocal(a.local, b.local);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}
