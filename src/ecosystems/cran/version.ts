import { err, ok, type Result } from '../../model/result.js';

/**
 * R's package_version (base R 4.2, .make_numeric_version and Ops.numeric_version): at least two non-negative
 * integers separated by `.` or `-` (`1.2-3` is `1.2.3`), each within R's 32-bit integers (a larger one becomes NA,
 * which no comparison can use, so it is refused here). Ops compare the components as numbers, a missing one
 * counting as 0 (.encode_numeric_version pads with zeros), so `1.0 == 1.0.0` and `1.01 == 1.1`.
 */
export interface CranVersion {
  readonly text: string;
  readonly components: readonly number[];
}

/** Longer texts are refused before any work; the limit bounds hostile input. */
export const MAX_VERSION_LENGTH = 1024;
const INT_MAX = 2147483647;

// `^([[:digit:]]+[.-]){1,}[[:digit:]]+$` (valid_package_version); linear, no backtracking.
const PACKAGE_VERSION = /^[0-9]+(?:[.-][0-9]+)+$/;

export function parseCranVersion(text: string): Result<CranVersion> {
  if (text.length > MAX_VERSION_LENGTH) return err(`version is longer than ${MAX_VERSION_LENGTH} characters`);
  if (!PACKAGE_VERSION.test(text)) return err(`invalid R package version "${text}": expected numbers separated by "." or "-", at least two`);
  const components: number[] = [];
  for (const digits of text.split(/[.-]/)) {
    // as.integer(): leading zeros are fine, a value beyond 2^31-1 is NA.
    const trimmed = digits.replace(/^0+(?=.)/, '');
    if (trimmed.length > 10 || Number(trimmed) > INT_MAX) return err(`R package version "${text}" has a number larger than R's integers`);
    components.push(Number(trimmed));
  }
  return ok({ text, components });
}

/** Ops.numeric_version: component by component, zeros where one version is shorter. */
export function compareCran(a: CranVersion, b: CranVersion): -1 | 0 | 1 {
  const n = Math.max(a.components.length, b.components.length);
  for (let i = 0; i < n; i++) {
    const x = a.components[i] ?? 0;
    const y = b.components[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
