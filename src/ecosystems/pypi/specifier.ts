import { err, ok, type Result } from '../../model/result.js';
import {
  PY_SPACE,
  baseOf,
  comparePypi,
  isPrerelease,
  parsePypiVersion,
  publicOf,
  pyGroups,
  type PypiVersion,
} from './version.js';

/**
 * PEP 440 specifiers exactly as `packaging.specifiers` 23.x evaluates them with `prereleases=True`: the
 * operator rules are ported line by line (`_compare_*`), including their string-level wildcard handling.
 */

const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const S = `[${PY_SPACE}]*`;
// Specifier._regex verbatim; a constant, never built from input.
const SPECIFIER_RE = new RegExp(
  `^${S}(?<operator>~=|==|!=|<=|>=|<|>|===)(?<version>` +
    `(?:(?<====)${S}[^${PY_SPACE};)]*)` +
    `|(?:(?<===|!=)${S}v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?)` +
    `|(?:(?<=~=)${S}v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
    `|(?:(?<!==|!=|~=)${S}v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV})` +
    `)${S}$`,
  'diu',
);

const STRIP_RE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');
export const pyStrip = (s: string): string => s.replace(STRIP_RE, '');

type Test = (v: PypiVersion) => boolean;

/** One parsed specifier: a predicate over parsed versions, built once. */
export function parseSpecifier(text: string): Result<Test> {
  const g = pyGroups(SPECIFIER_RE, text);
  const operator = g?.operator;
  const versionGroup = g?.version;
  if (operator === undefined || versionGroup === undefined) return err(`invalid PEP 440 specifier "${text}"`);
  const spec = pyStrip(versionGroup);
  if (operator === '===') {
    const wanted = spec.toLowerCase();
    return ok((v) => v.text.toLowerCase() === wanted);
  }
  if ((operator === '==' || operator === '!=') && spec.endsWith('.*')) {
    const prefix = prefixMatcher(spec.slice(0, -2));
    return ok(operator === '==' ? prefix : (v) => !prefix(v));
  }
  const parsed = parsePypiVersion(spec);
  if (!parsed.ok) return err(`invalid PEP 440 specifier "${text}": ${parsed.error}`);
  const target = parsed.value;
  switch (operator) {
    case '==':
    case '!=': {
      const equal = equalTo(target);
      return ok(operator === '==' ? equal : (v) => !equal(v));
    }
    case '<=':
      return ok((v) => comparePypi(publicOf(v), target) <= 0);
    case '>=':
      return ok((v) => comparePypi(publicOf(v), target) >= 0);
    case '<':
      return ok(lessThan(target));
    case '>':
      return ok(greaterThan(target));
    case '~=': {
      // _compare_compatible works on the specifier's own text, not its normal form.
      const kept = versionSplit(spec).filter(takeWhile(isNotSuffix));
      const prefix = prefixMatcher(kept.slice(0, -1).join('.'));
      return ok((v) => comparePypi(publicOf(v), target) >= 0 && prefix(v));
    }
  }
  return err(`invalid PEP 440 specifier "${text}"`);
}

function equalTo(target: PypiVersion): Test {
  if (target.local === null) return (v) => comparePypi(publicOf(v), target) === 0;
  return (v) => comparePypi(v, target) === 0;
}

// `<V` never admits a pre-release of V itself unless V is one.
function lessThan(target: PypiVersion): Test {
  const targetBase = baseOf(target);
  const targetPre = isPrerelease(target);
  return (v) => {
    if (comparePypi(v, target) >= 0) return false;
    return !(!targetPre && isPrerelease(v) && comparePypi(baseOf(v), targetBase) === 0);
  };
}

// `>V` never admits a post-release of V (unless V is one) nor V with a local label.
function greaterThan(target: PypiVersion): Test {
  const targetBase = baseOf(target);
  const targetPost = target.post !== null;
  return (v) => {
    if (comparePypi(v, target) <= 0) return false;
    if (!targetPost && v.post !== null && comparePypi(baseOf(v), targetBase) === 0) return false;
    return !(v.local !== null && comparePypi(baseOf(v), targetBase) === 0);
  };
}

/** `_compare_equal` for a `.*` specifier, given the text before `.*`. */
function prefixMatcher(specText: string): Test {
  const splitSpec = versionSplit(canonicalize(specText, false));
  return (v) => {
    const padded = padLeft(prospectiveSplit(v), splitSpec);
    if (padded.length < splitSpec.length) return false;
    for (let i = 0; i < splitSpec.length; i++) if (padded[i] !== splitSpec[i]) return false;
    return true;
  };
}

// The prospective side depends only on the version: worked out once per parsed version, not once per test.
const splitCache = new WeakMap<PypiVersion, string[]>();
function prospectiveSplit(v: PypiVersion): string[] {
  let split = splitCache.get(v);
  if (!split) splitCache.set(v, (split = versionSplit(canonicalize(publicOf(v), true))));
  return split;
}

/** packaging.utils.canonicalize_version: a string that is not a version is returned unchanged. */
function canonicalize(version: string | PypiVersion, stripTrailingZero: boolean): string {
  let v: PypiVersion;
  if (typeof version === 'string') {
    const parsed = parsePypiVersion(version);
    if (!parsed.ok) return version;
    v = parsed.value;
  } else {
    v = version;
  }
  let release = v.release.join('.');
  if (stripTrailingZero) {
    // re.sub(r"(\.0)+$", "", release)
    while (release.endsWith('.0')) release = release.slice(0, -2);
  }
  return (
    (v.epoch === '0' ? '' : `${v.epoch}!`) +
    release +
    (v.pre ? v.pre[0] + v.pre[1] : '') +
    (v.post === null ? '' : `.post${v.post}`) +
    (v.dev === null ? '' : `.dev${v.dev}`) +
    (v.local ? `+${v.local.join('.')}` : '')
  );
}

const PREFIX_RE = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/;

function versionSplit(version: string): string[] {
  const result: string[] = [];
  for (const item of version.split('.')) {
    const m = PREFIX_RE.exec(item);
    if (m) result.push(m[1] as string, m[2] as string);
    else result.push(item);
  }
  return result;
}

const isNotSuffix = (s: string): boolean => !['dev', 'a', 'b', 'rc', 'post'].some((p) => s.startsWith(p));

function takeWhile<T>(predicate: (x: T) => boolean): (x: T) => boolean {
  let taking = true;
  return (x) => (taking = taking && predicate(x));
}

// str.isdigit() on these parts: every part comes from a canonical string or the specifier regex, so ASCII.
const isDigitString = (s: string): boolean => /^[0-9]+$/.test(s);

/** _pad_version(left, right)[0]: left's release padded with "0" to right's release length. */
function padLeft(left: string[], right: readonly string[]): string[] {
  let l = 0;
  while (l < left.length && isDigitString(left[l] as string)) l++;
  let r = 0;
  while (r < right.length && isDigitString(right[r] as string)) r++;
  if (r <= l) return left;
  return [...left.slice(0, l), ...Array<string>(r - l).fill('0'), ...left.slice(l)];
}
