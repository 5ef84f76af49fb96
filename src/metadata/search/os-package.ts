import { PackageURL } from 'packageurl-js';

export interface OsPackageNames {
  /** The binary package's own name ("bsdutils", "libcrypto3"), lower case. */
  readonly name: string;
  /** The source package it is built from, when the purl says (`upstream`), with its version when that differs. */
  readonly source: { readonly name: string; readonly version: string | null } | null;
}

/**
 * The names an OS package answers to in advisories. Debian and Alpine advisories (OSV, PMDB) name the source
 * package; an image's SBOM lists binary packages and carries the source in the purl's `upstream` qualifier
 * (syft writes "util-linux@2.25.2-6" when the source version differs from the binary's, "openssl" for an Alpine
 * origin). Null when the purl does not parse. Pure.
 */
export function osPackageNames(purl: string): OsPackageNames | null {
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(purl);
  } catch {
    return null;
  }
  const upstream = parsed.qualifiers?.['upstream']?.trim();
  if (!upstream) return { name: parsed.name.toLowerCase(), source: null };
  const at = upstream.indexOf('@');
  const source = at > 0 ? { name: upstream.slice(0, at).toLowerCase(), version: upstream.slice(at + 1) || null } : { name: upstream.toLowerCase(), version: null };
  return { name: parsed.name.toLowerCase(), source };
}

/**
 * The version to test against an advisory entry for `advisoryName`: the source version when the entry names the
 * source package (a binNMU "4.3-11+b1" or an epoch "1:2.25.2-6" belongs to the binary only), the package's own
 * otherwise; null when the package is not the one the entry names.
 */
export function versionFor(advisoryName: string, names: OsPackageNames, version: string): string | null {
  const wanted = advisoryName.toLowerCase();
  if (names.source && names.source.name === wanted) return names.source.version ?? version;
  return names.name === wanted ? version : null;
}
