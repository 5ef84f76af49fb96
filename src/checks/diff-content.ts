import type { Checksums } from '../model/checksum.js';
import type { Dependency } from '../model/dependency.js';

/** What can change about one version of a package without the version changing (issue #15). */
export type ContentField = 'checksums' | 'source' | 'licenses' | 'development';

export interface ContentChange {
  readonly field: ContentField;
  readonly from: unknown;
  readonly to: unknown;
}

/**
 * How the same version differs between the two sides: a checksum of an algorithm both sides give, the source,
 * the licences (as a set), or development scope; null when nothing did. A field one side does not know (null) is
 * no change: the other format simply cannot tell, and calling that a change would flag every switch of input
 * format. Pure. A diff asks this of every shared version (50,000 in a large scan) and nearly all are unchanged,
 * so each field is compared without allocating, and an array is made only for a change.
 */
export function contentChanges(before: Dependency, after: Dependency): ContentChange[] | null {
  let out: ContentChange[] | null = null;
  if (before.checksums && after.checksums && before.checksums !== after.checksums && checksumsDiffer(before.checksums, after.checksums)) {
    (out ??= []).push({ field: 'checksums', from: before.checksums, to: after.checksums });
  }
  if (before.source !== null && after.source !== null && before.source !== after.source) {
    (out ??= []).push({ field: 'source', from: before.source, to: after.source });
  }
  if (before.licenses !== null && after.licenses !== null && !sameSet(before.licenses, after.licenses)) {
    (out ??= []).push({ field: 'licenses', from: before.licenses, to: after.licenses });
  }
  if (before.development !== null && after.development !== null && before.development !== after.development) {
    (out ??= []).push({ field: 'development', from: before.development, to: after.development });
  }
  return out;
}

/** A digest of an algorithm both sides give differs. */
function checksumsDiffer(was: Checksums, now: Checksums): boolean {
  for (const algorithm in now) {
    if (!Object.hasOwn(now, algorithm)) continue;
    const old = was[algorithm];
    if (old !== undefined && old !== now[algorithm]) return true;
  }
  return false;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  // The same list in the same order (nearly always): the same set, told without building one.
  if (a.length === b.length) {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (i === a.length) return true;
  }
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}
