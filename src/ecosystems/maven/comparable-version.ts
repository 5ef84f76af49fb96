import { err, ok, type Result } from '../../model/result.js';
import { compareStrings } from '../../model/compare-strings.js';

/**
 * Maven's `org.apache.maven.artifact.versioning.ComparableVersion` as Maven 3.9.16 ships it (maven-artifact at tag
 * maven-3.9.16, the reference of scripts/reference/maven/): MNG-6964, MNG-7559, MNG-7644, with `ga`, `final` and
 * `release` read as the empty qualifier and dropped as "null" items like 0 when they end a list. Maven 4 (its
 * compat/maven-artifact, CombinationItem and MNG-7714) orders some versions otherwise: docs/versions.md lists where.
 * Every string is a version to Maven; only absurd lengths are refused, to bound the work per entry.
 */
export type MavenItem = NumberItem | StringItem | ListItem;

interface NumberItem {
  readonly kind: 0;
  /** Java's IntItem / LongItem / BigIntegerItem: chosen by digit count, and an Int is always below a Long. */
  readonly size: 0 | 1 | 2;
  /** ASCII digits without leading zeros ("0" for zero). */
  readonly digits: string;
}

interface StringItem {
  readonly kind: 1;
  readonly value: string;
  /** `StringItem.comparableQualifier`: ordering key, compared as Java strings (UTF-16 code units). */
  readonly key: string;
}

interface ListItem {
  readonly kind: 2;
  readonly items: MavenItem[];
}

export interface MavenVersion {
  readonly text: string;
  readonly items: ListItem;
}

export const MAX_MAVEN_VERSION_LENGTH = 4096;

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
// StringItem.ALIASES: the release's other names are the empty qualifier itself.
const ALIASES: ReadonlyMap<string, string> = new Map([['ga', ''], ['final', ''], ['release', ''], ['cr', 'rc']]);
const RELEASE_KEY = String(QUALIFIERS.indexOf(''));
const ZERO: NumberItem = { kind: 0, size: 0, digits: '0' };

function comparableQualifier(q: string): string {
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}

function stringItem(raw: string, followedByDigit: boolean): StringItem {
  let value = raw;
  if (followedByDigit && value.length === 1) {
    // a1 = alpha-1, b1 = beta-1, m1 = milestone-1
    if (value === 'a') value = 'alpha';
    else if (value === 'b') value = 'beta';
    else if (value === 'm') value = 'milestone';
  }
  value = ALIASES.get(value) ?? value;
  return { kind: 1, value, key: comparableQualifier(value) };
}

// Java's Character.isDigit is Unicode-wide (Nd) and Integer.parseInt accepts any Nd digit; a digit's value is its
// distance from the start of its run of ten.
const UNICODE_DIGIT = /\p{Nd}/u;
function isJavaDigit(code: number): boolean {
  if (code >= 48 && code <= 57) return true;
  if (code < 128 || (code >= 0xd800 && code <= 0xdfff)) return false;
  return UNICODE_DIGIT.test(String.fromCharCode(code));
}
function digitValue(code: number): number {
  if (code <= 57) return code - 48;
  let start = code;
  while (start > 0 && isJavaDigit(start - 1)) start--;
  return (code - start) % 10;
}

function numberItem(buf: string): NumberItem {
  // stripLeadingZeroes only strips ASCII '0' and keeps an all-zero string whole: its length picks Int/Long/BigInteger.
  let i = 0;
  while (i < buf.length && buf.charCodeAt(i) === 48) i++;
  const stripped = i === buf.length ? buf : buf.slice(i);
  const size = stripped.length <= 9 ? 0 : stripped.length <= 18 ? 1 : 2;
  let ascii = '';
  for (let j = 0; j < stripped.length; j++) ascii += String(digitValue(stripped.charCodeAt(j)));
  let k = 0;
  while (k < ascii.length - 1 && ascii.charCodeAt(k) === 48) k++;
  return { kind: 0, size, digits: ascii.slice(k) };
}

const parseItem = (isDigit: boolean, buf: string): MavenItem => (isDigit ? numberItem(buf) : stringItem(buf, false));

function isNull(item: MavenItem): boolean {
  if (item.kind === 0) return item.digits === '0';
  if (item.kind === 1) return item.key === RELEASE_KEY;
  return item.items.length === 0;
}

// ListItem.normalize: from the end, null items (0, "", empty list) are removed; the walk stops at the first item
// that is neither null nor a list (so 1.0-1 keeps no 0: 1-1, and 1.0.final-redhat is 1-redhat).
function normalize(list: ListItem): void {
  const items = list.items;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as MavenItem;
    if (isNull(item)) items.splice(i, 1);
    else if (item.kind !== 2) break;
  }
}

export function parseMavenVersion(text: string): Result<MavenVersion> {
  if (text.length > MAX_MAVEN_VERSION_LENGTH) return err(`version is longer than ${MAX_MAVEN_VERSION_LENGTH} characters`);
  const version = text.toLowerCase();
  const items: ListItem = { kind: 2, items: [] };
  let list = items;
  const stack: ListItem[] = [list];
  const sublist = (): void => {
    const next: ListItem = { kind: 2, items: [] };
    list.items.push(next);
    list = next;
    stack.push(next);
  };
  let isDigit = false;
  let start = 0;
  for (let i = 0; i < version.length; i++) {
    const c = version.charCodeAt(i);
    if (c === 46 /* . */ || c === 45 /* - */) {
      list.items.push(i === start ? ZERO : parseItem(isDigit, version.slice(start, i)));
      start = i + 1;
      if (c === 45) sublist();
    } else if (isJavaDigit(c)) {
      if (!isDigit && i > start) {
        // MNG-7644: 1.0.0.X1 < 1.0.0-X2, a qualifier followed by a number is treated as -X.
        if (list.items.length > 0) sublist();
        list.items.push(stringItem(version.slice(start, i), true));
        start = i;
        sublist();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.items.push(parseItem(true, version.slice(start, i)));
        start = i;
        sublist();
      }
      isDigit = false;
    }
  }
  if (version.length > start) {
    if (!isDigit && list.items.length > 0) sublist();
    list.items.push(parseItem(isDigit, version.slice(start)));
  }
  for (let i = stack.length - 1; i >= 0; i--) normalize(stack[i] as ListItem);
  return ok({ text, items });
}

const sign = (n: number): -1 | 0 | 1 => (n < 0 ? -1 : n > 0 ? 1 : 0);

function compareNumbers(a: NumberItem, b: NumberItem): -1 | 0 | 1 {
  if (a.size !== b.size) return a.size < b.size ? -1 : 1;
  if (a.digits.length !== b.digits.length) return a.digits.length < b.digits.length ? -1 : 1;
  return compareStrings(a.digits, b.digits);
}

/** `Item.compareTo(other)`; `undefined` is Java's null (the shorter side ran out). */
function compareItem(a: MavenItem, b: MavenItem | undefined): -1 | 0 | 1 {
  if (a.kind === 0) {
    if (b === undefined) return a.digits === '0' ? 0 : 1;
    return b.kind === 0 ? compareNumbers(a, b) : 1;
  }
  if (a.kind === 1) {
    if (b === undefined) return compareStrings(a.key, RELEASE_KEY);
    return b.kind === 1 ? compareStrings(a.key, b.key) : -1;
  }
  if (b === undefined) {
    // MNG-6964: the whole sub-list decides against null, not only its first item.
    for (const item of a.items) {
      const r = compareItem(item, undefined);
      if (r !== 0) return r;
    }
    return 0;
  }
  if (b.kind === 0) return -1;
  if (b.kind === 1) return 1;
  const n = Math.max(a.items.length, b.items.length);
  for (let i = 0; i < n; i++) {
    const l = a.items[i];
    const r = b.items[i];
    const result = l === undefined ? (r === undefined ? 0 : sign(-compareItem(r, undefined))) : compareItem(l, r);
    if (result !== 0) return result;
  }
  return 0;
}

export function compareMavenVersions(a: MavenVersion, b: MavenVersion): -1 | 0 | 1 {
  return compareItem(a.items, b.items);
}

/** `ComparableVersion.getCanonical()`, for messages and tests. */
export function canonicalMavenVersion(v: MavenVersion): string {
  const render = (list: ListItem): string =>
    list.items
      .map((item, i) => {
        const text = item.kind === 0 ? item.digits : item.kind === 1 ? item.value : render(item);
        return i === 0 ? text : (item.kind === 2 ? '-' : '.') + text;
      })
      .join('');
  return render(v.items);
}
