import { err, ok, type Result } from '../../model/result.js';

/**
 * composer/semver 3.3 VersionParser::normalize, normalizeBranch and parseStability, ported regex by regex.
 * PCRE differences are spelled out instead of left to JS defaults: `\s` is ASCII only, `.` stops only at `\n`,
 * `$` also matches before a final `\n`, and PHP's trim() strips " \t\n\r\0\x0B" (not \f). The possessive
 * quantifiers of the originals never change what matches here (what follows them cannot start with what they
 * would give back), so plain quantifiers are used.
 */

/** PCRE's `\s` without the u flag, for use inside a character class. */
export const SPACE = ' \\t\\n\\x0B\\f\\r';
export const S = `[${SPACE}]`;
export const END = '\\n?$';
/** VersionParser::$modifierRegex: groups stability, its numbers, dev. */
export const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?';

export function phpTrim(s: string): string {
  const strip = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0 || c === 11;
  let start = 0;
  let end = s.length;
  while (start < end && strip(s.charCodeAt(start))) start++;
  while (end > start && strip(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

const AS_ALIAS = new RegExp(`^([^,${SPACE}]+) +as +([^,${SPACE}]+)${END}`);
const STABILITY_FLAG = new RegExp(`@(?:stable|RC|beta|alpha|dev)${END}`, 'i');
const BUILD = new RegExp(`^([^,${SPACE}+]+)\\+[^${SPACE}]+${END}`);
const CLASSIC = new RegExp(`^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}${END}`, 'i');
const DATE = new RegExp(`^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3})?)${MODIFIER}${END}`, 'i');
const BRANCH = new RegExp(`^v?(\\d+)(\\.(?:\\d+|[xX*]))?(\\.(?:\\d+|[xX*]))?(\\.(?:\\d+|[xX*]))?${END}`, 'i');

function expandStability(stability: string): string {
  const s = stability.toLowerCase();
  return ({ a: 'alpha', b: 'beta', p: 'patch', pl: 'patch', rc: 'RC' } as Record<string, string>)[s] ?? s;
}

/** VersionParser::normalize; an error where it throws UnexpectedValueException. */
export function normalize(input: string): Result<string> {
  let version = phpTrim(input);
  const alias = AS_ALIAS.exec(version);
  if (alias) version = alias[1] as string;
  const flag = STABILITY_FLAG.exec(version);
  if (flag) version = version.slice(0, version.length - flag[0].length);
  if (version === 'master' || version === 'trunk' || version === 'default') version = `dev-${version}`;
  if (version.slice(0, 4).toLowerCase() === 'dev-') return ok(`dev-${version.slice(4)}`);
  const build = BUILD.exec(version);
  if (build) version = build[1] as string;

  let m = CLASSIC.exec(version);
  let index = 5;
  if (m) {
    version = (m[1] as string) + (m[2] || '.0') + (m[3] || '.0') + (m[4] || '.0');
  } else {
    m = DATE.exec(version);
    index = 2;
    if (m) version = (m[1] as string).replace(/\D/g, '.');
  }
  if (m) {
    const stability = m[index];
    if (stability) {
      if (stability === 'stable') return ok(version);
      const numbers = m[index + 1];
      version += `-${expandStability(stability)}${numbers ? numbers.replace(/^[.-]+/, '') : ''}`;
    }
    if (m[index + 2]) version += '-dev';
    return ok(version);
  }

  const devHead = beforeDevSuffix(version);
  if (devHead !== null) {
    const branch = normalizeBranch(devHead);
    if (!branch.includes('dev-')) return ok(branch);
  }
  return err(`invalid Composer version "${input}"`);
}

/**
 * Group 1 of `{(.*?)[.-]?dev$}i` without the regex, whose unanchored lazy search is quadratic on long input: `.`
 * cannot cross a newline, so the match starts on the last line; the lazy group leaves one `.`/`-` to `[.-]?`.
 */
function beforeDevSuffix(version: string): string | null {
  const line = version.slice(version.lastIndexOf('\n') + 1);
  if (line.slice(-3).toLowerCase() !== 'dev') return null;
  const head = line.slice(0, -3);
  return head.endsWith('.') || head.endsWith('-') ? head.slice(0, -1) : head;
}

/** VersionParser::normalizeBranch: `1.2.x` style names become `1.2.9999999.9999999-dev`, others `dev-name`. */
export function normalizeBranch(input: string): string {
  const name = phpTrim(input);
  const m = BRANCH.exec(name);
  if (m) {
    let version = '';
    for (let i = 1; i < 5; i++) version += m[i] !== undefined ? m[i]!.replace(/[*X]/g, 'x') : '.x';
    return `${version.replaceAll('x', '9999999')}-dev`;
  }
  return `dev-${name}`;
}

/** VersionParser::normalizeDefaultBranch. */
export const normalizeDefaultBranch = (name: string): string =>
  name === 'dev-master' || name === 'dev-default' || name === 'dev-trunk' ? '9999999-dev' : name;

const HASH_SUFFIX = new RegExp(`#[^\\n]+(?=${END})`);
const STABILITY_OF = new RegExp(`${MODIFIER}(?:\\+[^\\n]*)?${END}`, 'i');

/** VersionParser::parseStability. */
export function parseStability(input: string): string {
  const version = input.replace(HASH_SUFFIX, '');
  if (version.startsWith('dev-') || version.endsWith('-dev')) return 'dev';
  const m = STABILITY_OF.exec(version.toLowerCase());
  if (m?.[3]) return 'dev';
  const stability = m?.[1];
  if (stability === 'beta' || stability === 'b') return 'beta';
  if (stability === 'alpha' || stability === 'a') return 'alpha';
  if (stability === 'rc') return 'RC';
  return 'stable';
}
