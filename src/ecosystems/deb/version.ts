import { err, ok, type Result } from '../../model/result.js';

/**
 * Debian versions as dpkg 1.21 reads and orders them (lib/dpkg/parsehelp.c parseversion, lib/dpkg/version.c
 * verrevcmp). What `dpkg --compare-versions` refuses is an error here; what it only warns about (an upstream part
 * not starting with a digit, a character outside [A-Za-z0-9.+~:-]) is accepted and ordered, as dpkg does.
 */
export interface DebVersion {
  readonly text: string;
  readonly epoch: number;
  /** Upstream and revision as bytes in a string (UTF-8, one char per byte): dpkg compares bytes. */
  readonly upstream: string;
  readonly revision: string;
}

export const MAX_DEB_VERSION_LENGTH = 1024;

const isBlank = (c: number): boolean => c === 32 || c === 9;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function bytes(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return String.fromCharCode(...new TextEncoder().encode(text));
}

export function parseDebVersion(input: string): Result<DebVersion> {
  if (input.length > MAX_DEB_VERSION_LENGTH) return err(`version is longer than ${MAX_DEB_VERSION_LENGTH} characters`);
  let start = 0;
  while (start < input.length && isBlank(input.charCodeAt(start))) start++;
  if (start === input.length) return err('version string is empty');
  let end = start;
  while (end < input.length && !isBlank(input.charCodeAt(end))) end++;
  for (let i = end; i < input.length; i++) {
    if (!isBlank(input.charCodeAt(i))) return err(`"${input}": version string has embedded spaces`);
  }
  let text = input.slice(start, end);
  let epoch = 0;
  const colon = text.indexOf(':');
  if (colon >= 0) {
    // strtol: an optional sign, then digits, which must run exactly up to the first colon.
    let i = 0;
    let negative = false;
    if (text[0] === '+' || text[0] === '-') {
      negative = text[0] === '-';
      i = 1;
    }
    const digitsStart = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === digitsStart) return err(`"${input}": epoch in version is empty`);
    if (i !== colon) return err(`"${input}": epoch in version is not number`);
    const digits = text.slice(digitsStart, i).replace(/^0+(?=.)/, '');
    const value = digits.length > 12 ? Infinity : Number(digits);
    if (negative && value !== 0) return err(`"${input}": epoch in version is negative`);
    if (value > 2147483647) return err(`"${input}": epoch in version is too big`);
    if (colon === text.length - 1) return err(`"${input}": nothing after colon in version number`);
    epoch = value;
    text = text.slice(colon + 1);
  }
  const hyphen = text.lastIndexOf('-');
  let upstream = text;
  let revision = '';
  if (hyphen >= 0) {
    upstream = text.slice(0, hyphen);
    revision = text.slice(hyphen + 1);
    if (revision === '') return err(`"${input}": revision number is empty`);
  }
  if (upstream === '') return err(`"${input}": version number is empty`);
  return ok({ text: input, epoch, upstream: bytes(upstream), revision: bytes(revision) });
}

// dpkg's order(): digits 0, letters their code, '~' below everything including the end, other bytes after
// letters. `char` is signed on the platforms Debian compares on, so a byte >= 0x80 lands between letters and
// ASCII punctuation.
function order(c: number): number {
  if (Number.isNaN(c) || isDigit(c)) return 0;
  if (isAlpha(c)) return c;
  if (c === 126) return -1;
  return c >= 128 ? c : c + 256;
}

/** dpkg's verrevcmp over one part (upstream or revision). */
export function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(a.charCodeAt(i))) || (j < b.length && !isDigit(b.charCodeAt(j)))) {
      const ac = order(a.charCodeAt(i));
      const bc = order(b.charCodeAt(j));
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a.charCodeAt(i) === 48) i++;
    while (b.charCodeAt(j) === 48) j++;
    while (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
      if (firstDiff === 0) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (isDigit(a.charCodeAt(i))) return 1;
    if (isDigit(b.charCodeAt(j))) return -1;
    if (firstDiff !== 0) return firstDiff;
  }
  return 0;
}

export function compareDebVersions(a: DebVersion, b: DebVersion): -1 | 0 | 1 {
  if (a.epoch !== b.epoch) return a.epoch < b.epoch ? -1 : 1;
  const r = verrevcmp(a.upstream, b.upstream) || verrevcmp(a.revision, b.revision);
  return r < 0 ? -1 : r > 0 ? 1 : 0;
}
