import { PackageURL } from 'packageurl-js';
import type { Dependency } from '../../model/dependency.js';
import codenames from './distro-codenames.json' with { type: 'json' };

/**
 * Debian and Ubuntu release codenames to "<vendor> <version>", from distro-info-data (the table the distributions'
 * own tools read; scripts/reference/distro/generate.mjs writes it). The purl spec's own example says
 * `distro=jessie`; advisories say "debian 8" (PMDB) or "Debian:8" (OSV).
 */
const CODENAMES: Readonly<Record<string, string>> = codenames;

/**
 * "Debian 12", "debian-12", "alpine:v3.18", "bookworm", "debian-bookworm", OSV's "Ubuntu:22.04:LTS" -> "debian
 * 12", "alpine 3.18", "ubuntu 22.04": one spelling to compare.
 */
export function normalDistro(text: string): string {
  const words = text.toLowerCase().replace(/[\s\-_:/]+/g, ' ').replace(/ v(?=\d)/, ' ').trim().replace(/ lts$/, '');
  const space = words.lastIndexOf(' ');
  const named = Object.hasOwn(CODENAMES, words.slice(space + 1)) ? CODENAMES[words.slice(space + 1)] : undefined;
  // A codename alone, or after its own vendor ("debian bookworm"); "ubuntu bookworm" is left as written.
  if (named !== undefined && (space < 0 || named.startsWith(`${words.slice(0, space)} `))) return named;
  return words;
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
