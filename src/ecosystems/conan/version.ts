import { err, ok, type Result } from '../../model/result.js';

/**
 * Conan 2's Version (conan/internal/model/version.py), ported with its Python semantics: items are `int(x)` when
 * Python can read x as an int and strings otherwise; an int and a string compare as their str(); trailing zero items
 * do not count (1 == 1.0 == 1.0.0); `-` starts a pre-release and `+` build metadata, both nested Versions; a
 * pre-release sorts before its release, build metadata after (and orders: 1.0+b1 < 1.0+b2).
 */
type Item = bigint | string;

export interface ConanVersion {
  readonly text: string;
  readonly items: readonly Item[];
  readonly nonzero: readonly Item[];
  readonly pre: ConanVersion | null;
  readonly build: ConanVersion | null;
}

/** Python int(str) for ASCII text: surrounding whitespace, a sign, and underscores between digits are allowed. */
function pythonInt(text: string): bigint | null {
  const m = /^[ \t\n\r\f\v]*([+-]?)([0-9]+(?:_[0-9]+)*)[ \t\n\r\f\v]*$/.exec(text);
  if (!m) return null;
  const value = BigInt((m[2] as string).replaceAll('_', ''));
  return m[1] === '-' ? -value : value;
}

export function conanVersion(value: string, qualifier = false): ConanVersion {
  let rest = value;
  let build: ConanVersion | null = null;
  let pre: ConanVersion | null = null;
  if (!qualifier) {
    const plus = rest.lastIndexOf('+');
    if (plus >= 0) {
      build = conanVersion(rest.slice(plus + 1), true);
      rest = rest.slice(0, plus);
    }
    const dash = rest.indexOf('-');
    if (dash >= 0) {
      pre = conanVersion(rest.slice(dash + 1), true);
      rest = rest.slice(0, dash);
    }
  }
  const items = rest.split('.').map((item) => pythonInt(item) ?? item);
  const nonzero = [...items];
  while (nonzero.length > 0 && nonzero[nonzero.length - 1] === 0n) nonzero.pop();
  return { text: value, items, nonzero, pre, build };
}

const itemEq = (a: Item, b: Item): boolean => a === b;

/** _VersionItem.__lt__: ints numerically, otherwise str() against str(). */
function itemLt(a: Item, b: Item): boolean {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b;
  return String(a) < String(b);
}

function itemsEq(a: readonly Item[], b: readonly Item[]): boolean {
  return a.length === b.length && a.every((x, i) => itemEq(x, b[i] as Item));
}

/** Python tuple `<` over items. */
function itemsLt(a: readonly Item[], b: readonly Item[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!itemEq(a[i] as Item, b[i] as Item)) return itemLt(a[i] as Item, b[i] as Item);
  }
  return a.length < b.length;
}

const optEq = (a: ConanVersion | null, b: ConanVersion | null): boolean => (a === null || b === null ? a === b : conanEq(a, b));
/** None < Version, as Python evaluates it through total_ordering's reflected __gt__. */
const optLt = (a: ConanVersion | null, b: ConanVersion | null): boolean => (a === null ? b !== null : b === null ? false : conanLt(a, b));

export function conanEq(a: ConanVersion, b: ConanVersion): boolean {
  return itemsEq(a.nonzero, b.nonzero) && optEq(a.pre, b.pre) && optEq(a.build, b.build);
}

/** Python tuple `<` over (nonzero items, then the given optional Versions). */
function tupleLt(a: ConanVersion, b: ConanVersion, rest: readonly [ConanVersion | null, ConanVersion | null][]): boolean {
  if (!itemsEq(a.nonzero, b.nonzero)) return itemsLt(a.nonzero, b.nonzero);
  for (const [x, y] of rest) if (!optEq(x, y)) return optLt(x, y);
  return false;
}

export function conanLt(a: ConanVersion, b: ConanVersion): boolean {
  if (a.pre) {
    if (b.pre) return tupleLt(a, b, [[a.pre, b.pre], [a.build, b.build]]);
    return itemsEq(a.nonzero, b.nonzero) ? true : itemsLt(a.nonzero, b.nonzero);
  }
  if (b.pre) return itemsEq(a.nonzero, b.nonzero) ? false : itemsLt(a.nonzero, b.nonzero);
  return tupleLt(a, b, [[a.build, b.build]]);
}

export function compareConanVersions(a: ConanVersion, b: ConanVersion): -1 | 0 | 1 {
  if (conanEq(a, b)) return 0;
  return conanLt(a, b) ? -1 : 1;
}

/**
 * RecipeReference.validate_ref's pattern for versions (with core:allow_uppercase_pkg_names, so upper case passes),
 * except that one character is enough: validate_ref asks for two, but Version("1") is what Conan's own tests and
 * ranges (`~1`, `>1`) use, so a one-character version is read rather than refused.
 */
const VALID_VERSION = /^[a-zA-Z0-9_][a-zA-Z0-9_+.-]{0,100}$/;

export function parseConanVersion(text: string): Result<ConanVersion> {
  if (!VALID_VERSION.test(text)) return err(`"${text}" is not a valid Conan version: Conan accepts up to 101 characters of [a-zA-Z0-9_+.-], not starting with + . or -`);
  return ok(conanVersion(text));
}

/** Version.upper_bound: bump item `index`, drop the rest, append "-" so the bound's pre-releases stay out. */
export function upperBound(v: ConanVersion, index: number): Result<ConanVersion> {
  const item = v.items[index];
  if (item === undefined) return err(`cannot bump "${v.text}" at index ${index}`);
  if (typeof item !== 'bigint') return err(`Cannot bump '${v.text} version index ${index}, not an int`);
  const text = [...v.items.slice(0, index).map(String), String(item + 1n)].join('.') + '-';
  return ok(conanVersion(text));
}
