import { err, ok, type Result } from '../../model/result.js';
import { compareStrings } from '../../model/compare-strings.js';

/**
 * Strict Semantic Versioning 2.0.0 (https://semver.org), the order OSV "SEMVER" ranges are defined in whatever the
 * ecosystem (OSV schema, "Version ranges"). Build metadata is kept but never ordered (spec item 10).
 */
export interface SemVer2 {
  readonly major: string;
  readonly minor: string;
  readonly patch: string;
  /** Pre-release identifiers; empty for a release. */
  readonly pre: readonly string[];
  readonly build: readonly string[];
}

const isDigits = (s: string): boolean => s.length > 0 && /^[0-9]+$/.test(s);
const isIdentifier = (s: string): boolean => s.length > 0 && /^[0-9A-Za-z-]+$/.test(s);

/** Numeric identifiers of any size, compared without converting (a 30-digit pre-release number is valid). */
export function compareNumericText(a: string, b: string): -1 | 0 | 1 {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return compareStrings(a, b);
}

export function parseSemVer2(text: string): Result<SemVer2> {
  const plus = text.indexOf('+');
  const beforeBuild = plus < 0 ? text : text.slice(0, plus);
  const dash = beforeBuild.indexOf('-');
  const core = dash < 0 ? beforeBuild : beforeBuild.slice(0, dash);
  const parts = core.split('.');
  if (parts.length !== 3) return err(`"${text}" is not MAJOR.MINOR.PATCH`);
  for (const part of parts) {
    if (!isDigits(part)) return err(`"${text}": "${part}" is not a number`);
    if (part.length > 1 && part.startsWith('0')) return err(`"${text}": "${part}" has a leading zero`);
  }
  const pre = dash < 0 ? [] : beforeBuild.slice(dash + 1).split('.');
  for (const id of pre) {
    if (!isIdentifier(id)) return err(`"${text}": pre-release identifier "${id}" is empty or has a character other than [0-9A-Za-z-]`);
    if (isDigits(id) && id.length > 1 && id.startsWith('0')) return err(`"${text}": pre-release number "${id}" has a leading zero`);
  }
  const build = plus < 0 ? [] : text.slice(plus + 1).split('.');
  for (const id of build) {
    if (!isIdentifier(id)) return err(`"${text}": build identifier "${id}" is empty or has a character other than [0-9A-Za-z-]`);
  }
  const [major, minor, patch] = parts as [string, string, string];
  return ok({ major, minor, patch, pre, build });
}

/** Spec item 11: numeric identifiers numerically, numeric before alphanumeric, ASCII order, longer set wins a tie. */
export function comparePrerelease(a: readonly string[], b: readonly string[]): -1 | 0 | 1 {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    const xn = isDigits(x);
    const yn = isDigits(y);
    if (xn && yn) return compareNumericText(x, y);
    if (xn !== yn) return xn ? -1 : 1;
    return compareStrings(x, y);
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** What SemVer 2 precedence looks at: build metadata never counts. Go's x/mod/semver orders by the same fields. */
export type Precedence = Pick<SemVer2, 'major' | 'minor' | 'patch' | 'pre'>;

export function compareSemVer2(a: Precedence, b: Precedence): -1 | 0 | 1 {
  return (
    compareNumericText(a.major, b.major) ||
    compareNumericText(a.minor, b.minor) ||
    compareNumericText(a.patch, b.patch) ||
    comparePrerelease(a.pre, b.pre)
  );
}
