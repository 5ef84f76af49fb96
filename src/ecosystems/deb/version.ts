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
  /** upstream and revision split once into runs for verrevcmp (see runs()). */
  readonly upstreamRuns: Runs;
  readonly revisionRuns: Runs;
}

/**
 * verrevcmp alternates between a run of non-digits and a run of digits; a part is fully described by those runs:
 * [non-digits, digits without leading zeros, non-digits, ...], starting with a (possibly empty) non-digit run.
 */
type Runs = readonly string[];

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
  const upstreamBytes = bytes(upstream);
  const revisionBytes = bytes(revision);
  return ok({
    text: input,
    epoch,
    upstream: upstreamBytes,
    revision: revisionBytes,
    upstreamRuns: runs(upstreamBytes),
    revisionRuns: runs(revisionBytes),
  });
}

function runs(part: string): Runs {
  const out: string[] = [];
  let i = 0;
  while (i < part.length) {
    const start = i;
    while (i < part.length && !isDigit(part.charCodeAt(i))) i++;
    out.push(part.slice(start, i));
    while (part.charCodeAt(i) === 48) i++;
    const digits = i;
    while (i < part.length && isDigit(part.charCodeAt(i))) i++;
    out.push(part.slice(digits, i));
  }
  return out;
}

// dpkg's order(): digits 0, letters their code, '~' below everything including the end, other bytes after
// letters. `char` is signed on the platforms Debian compares on, so a byte >= 0x80 lands between letters and
// ASCII punctuation.
function order(c: number): number {
  // charCodeAt past the end is NaN: the end orders like a digit, 0.
  if (!(c > 57) && !(c < 48)) return 0;
  if (isAlpha(c)) return c;
  if (c === 126) return -1;
  return c >= 128 ? c : c + 256;
}

/** dpkg's verrevcmp, over the runs of the two parts. */
function compareRuns(a: Runs, b: Runs): -1 | 0 | 1 {
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const x = a[k] ?? '';
    const y = b[k] ?? '';
    if (x === y) continue;
    if ((k & 1) === 1) {
      if (x.length !== y.length) return x.length < y.length ? -1 : 1;
      return x < y ? -1 : 1;
    }
    // A shorter non-digit run is followed by a digit or the end, both ordering as 0.
    const m = Math.max(x.length, y.length);
    for (let j = 0; j < m; j++) {
      const d = order(x.charCodeAt(j)) - order(y.charCodeAt(j));
      if (d !== 0) return d < 0 ? -1 : 1;
    }
  }
  return 0;
}

export function compareDebVersions(a: DebVersion, b: DebVersion): -1 | 0 | 1 {
  if (a.epoch !== b.epoch) return a.epoch < b.epoch ? -1 : 1;
  return compareRuns(a.upstreamRuns, b.upstreamRuns) || compareRuns(a.revisionRuns, b.revisionRuns);
}
