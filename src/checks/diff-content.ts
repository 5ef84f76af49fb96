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
 * the licences (as a set), or development scope. A field one side does not know (null) is no change: the other
 * format simply cannot tell, and calling that a change would flag every switch of input format. Pure.
 */
export function contentChanges(before: Dependency, after: Dependency): ContentChange[] {
  const out: ContentChange[] = [];
  if (before.checksums && after.checksums && before.checksums !== after.checksums) {
    const was = before.checksums;
    const now = after.checksums;
    const differs = Object.keys(now).some((algorithm) => was[algorithm] !== undefined && was[algorithm] !== now[algorithm]);
    if (differs) out.push({ field: 'checksums', from: was, to: now });
  }
  if (before.source !== null && after.source !== null && before.source !== after.source) {
    out.push({ field: 'source', from: before.source, to: after.source });
  }
  if (before.licenses !== null && after.licenses !== null && !sameSet(before.licenses, after.licenses)) {
    out.push({ field: 'licenses', from: before.licenses, to: after.licenses });
  }
  if (before.development !== null && after.development !== null && before.development !== after.development) {
    out.push({ field: 'development', from: before.development, to: after.development });
  }
  return out;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}
