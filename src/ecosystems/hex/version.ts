import { err, ok, type Result } from '../../model/result.js';

/**
 * Elixir's Version exactly as Elixir 1.14 (lib/elixir/lib/version.ex, which Mix and Hex use) parses and orders it:
 * MAJOR.MINOR.PATCH without leading zeros, pre-release identifiers of [0-9A-Za-z-] (all-digit ones are integers,
 * without leading zeros), build metadata ignored by compare. Integers are unbounded (bigint).
 */
export type PreId = bigint | string;

export interface HexVersion {
  readonly major: bigint;
  readonly minor: bigint;
  /** null only inside a `~>` requirement written with two parts (`~> 2.0`). */
  readonly patch: bigint | null;
  readonly pre: readonly PreId[];
}

/** Longer texts are refused before any work (Hex versions are short; the limit bounds hostile input). */
export const MAX_VERSION_LENGTH = 1024;

const isDigits = (s: string): boolean => s.length > 0 && /^[0-9]+$/.test(s);
// `leading_zero?(<<?0, _, _::binary>>)`: a "0" followed by anything.
const leadingZero = (s: string): boolean => s.length > 1 && s.charCodeAt(0) === 48;
const validIdentifier = (s: string): boolean => /^[0-9A-Za-z-]*$/.test(s);

function requireDigits(s: string | undefined): bigint | null {
  if (s === undefined || leadingZero(s) || !isDigits(s)) return null;
  return BigInt(s);
}

/** optional_dot_separated: every part non-empty and made of identifier characters. */
function dotSeparated(s: string | undefined): string[] | null {
  if (s === undefined) return [];
  const parts = s.split('.');
  return parts.every((p) => p !== '' && validIdentifier(p)) ? parts : null;
}

/** Version.Parser.parse_version/2; `approximate` lets the patch be missing (requirements after `~>`). */
export function parseHexParts(text: string, approximate: boolean): HexVersion | null {
  const plus = text.indexOf('+');
  const withPre = plus < 0 ? text : text.slice(0, plus);
  const build = plus < 0 ? undefined : text.slice(plus + 1);
  const dash = withPre.indexOf('-');
  const core = dash < 0 ? withPre : withPre.slice(0, dash);
  const preText = dash < 0 ? undefined : withPre.slice(dash + 1);
  const [majorText, minorText, patchText, next] = core.split('.');
  if (next !== undefined) return null;
  const major = requireDigits(majorText);
  const minor = requireDigits(minorText);
  const patch = patchText === undefined && approximate ? null : requireDigits(patchText);
  if (major === null || minor === null || (patch === null && !(patchText === undefined && approximate))) return null;
  const preParts = dotSeparated(preText);
  if (preParts === null || dotSeparated(build) === null) return null;
  const pre: PreId[] = [];
  for (const part of preParts) {
    if (isDigits(part)) {
      if (leadingZero(part)) return null;
      pre.push(BigInt(part));
    } else {
      pre.push(part);
    }
  }
  return { major, minor, patch, pre };
}

export function parseHexVersion(text: string): Result<HexVersion> {
  if (text.length > MAX_VERSION_LENGTH) return err(`version is longer than ${MAX_VERSION_LENGTH} characters`);
  const parsed = parseHexParts(text, false);
  return parsed ? ok(parsed) : err(`invalid Hex (Elixir) version "${text}": expected MAJOR.MINOR.PATCH[-pre][+build]`);
}

const cmp = <T extends bigint | string>(a: T, b: T): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0);

/** Erlang term order on pre-release lists: integers before binaries, element by element, a prefix first. */
function comparePre(a: readonly PreId[], b: readonly PreId[]): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as PreId;
    const y = b[i] as PreId;
    if (typeof x !== typeof y) return typeof x === 'bigint' ? -1 : 1;
    const c = cmp(x, y);
    if (c !== 0) return c;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Version.compare/2 (build metadata ignored). A missing patch (requirements only) reads as 0, as `~>` does. */
export function compareHex(a: HexVersion, b: HexVersion): -1 | 0 | 1 {
  const c = cmp(a.major, b.major) || cmp(a.minor, b.minor) || cmp(a.patch ?? 0n, b.patch ?? 0n);
  if (c !== 0) return c;
  if (a.pre.length === 0 && b.pre.length > 0) return 1;
  if (a.pre.length > 0 && b.pre.length === 0) return -1;
  return comparePre(a.pre, b.pre);
}
