import { PackageURL } from 'packageurl-js';
import type { Dependency } from '../../model/dependency.js';

/** "Debian 12", "debian-12", "alpine:v3.18" -> "debian 12", "alpine 3.18": one spelling to compare. */
export function normalDistro(text: string): string {
  return text.toLowerCase().replace(/[\s\-_:/]+/g, ' ').replace(/ v(?=\d)/, ' ').trim();
}

/** The distribution of an OS package from its purl's `distro` qualifier; null when the purl does not say. */
export function dependencyDistro(dependency: Pick<Dependency, 'purl'>): string | null {
  try {
    const distro = PackageURL.fromString(dependency.purl).qualifiers?.['distro'];
    return distro ? normalDistro(distro) : null;
  } catch {
    return null;
  }
}

/**
 * Whether an advisory entry for `advisoryDistro` applies to an OS package: the same distribution and release
 * ("alpine 3.18" covers "alpine 3.18.4"). When the purl names no release, the vendor in its namespace decides
 * (pkg:deb/debian/... is some Debian), so the package is not silently left out.
 */
export function distroApplies(advisoryDistro: string | null, dependency: Pick<Dependency, 'purl' | 'namespace'>, known: string | null): boolean {
  if (advisoryDistro === null) return true;
  const wanted = normalDistro(advisoryDistro);
  if (known !== null) return known === wanted || known.startsWith(`${wanted}.`);
  const vendor = dependency.namespace?.toLowerCase();
  return vendor !== undefined && wanted.split(' ')[0] === vendor;
}
