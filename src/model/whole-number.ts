import { err, ok, type Result } from './result.js';

export interface WholeNumberBounds<F extends number | undefined> {
  readonly min: number;
  /** Absent: no upper bound (es setup --shards). */
  readonly max?: number;
  /** The value when the flag is not given; undefined leaves the choice to the callee (es setup). */
  readonly fallback: F;
}

/**
 * The one parser of whole-number flags (--limit, --offset, --shards, --replicas, --concurrency, --port ...):
 * digits only (no "1.5", "1e3", "-1" or "0x10"), within the bounds, and a message that names the flag and
 * quotes what was given. Up to nine digits, so the number is always exact.
 */
export function parseWholeNumber<F extends number | undefined>(flag: string, text: string | undefined, bounds: WholeNumberBounds<F>): Result<number | F> {
  if (text === undefined) return ok(bounds.fallback);
  const n = /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  const { min, max } = bounds;
  if (!Number.isNaN(n) && n >= min && (max === undefined || n <= max)) return ok(n);
  return err(
    max === undefined
      ? `${flag} must be a whole number >= ${min}, not "${text}"`
      : `${flag} must be a whole number from ${min} to ${max}, got "${text}"`,
  );
}
