import { PackageURL } from 'packageurl-js';
import { ecosystemFor } from '../registry.js';
import type { Ecosystem } from '../types.js';

/** The version semantics of one package: its ecosystem (or the variant its purl selects) and a key for caches. */
export interface PurlSemantics {
  /** The type as asked for, or "type+variant" for a variant: a cache keyed by it never mixes two orders. */
  readonly key: string;
  readonly ecosystem: Ecosystem;
}

/**
 * The semantics to compare a package's versions with: the type's own, or the variant its purl selects
 * (Ecosystem.forPurl: apk-tools 3 for `pkg:apk/alpine/...?distro=alpine-3.23`). The purl is parsed only for the
 * types that have variants; an unparsable purl gets the type's own. Undefined: no ecosystem module for the type.
 */
export function purlSemantics(type: string, purl: string | null | undefined): PurlSemantics | undefined {
  const ecosystem = ecosystemFor(type);
  if (!ecosystem) return undefined;
  const own = { key: type, ecosystem };
  if (!ecosystem.forPurl || !purl) return own;
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(purl);
  } catch {
    return own;
  }
  const variant = ecosystem.forPurl(parsed.namespace ?? null, (parsed.qualifiers ?? {}) as Record<string, string>);
  return variant ? { key: `${type}+${variant.variant ?? 'variant'}`, ecosystem: variant } : own;
}

/** Whether a type's purls can select other semantics: callers skip per-purl work for every other type. */
export function hasPurlVariants(type: string): boolean {
  return ecosystemFor(type)?.forPurl !== undefined;
}
