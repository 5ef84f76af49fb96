import { buildPurl } from '../ecosystems/shared/purl.js';

/**
 * SBOM components without a purl that are still packages (issue #15): CycloneDX types library, framework and
 * application; SPDX primaryPackagePurpose LIBRARY, FRAMEWORK, APPLICATION (or none, as in SPDX 2.2, where every
 * package is a package and files are listed apart). Files, operating systems, devices, firmware, containers and
 * crypto assets stay out, as before.
 */
const PACKAGE_KINDS = new Set(['library', 'framework', 'application']);

/** Longer values are not real names or versions; refusing them bounds the work per entry. */
const MAX_TEXT = 1024;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' && v.length <= MAX_TEXT ? v.trim() : null);

export function isPackageKind(kind: unknown): boolean {
  return typeof kind === 'string' && PACKAGE_KINDS.has(kind.toLowerCase());
}

/**
 * `pkg:generic/<group>/<name>@<version>` (purl spec: "generic" is for packages of no known type), built with
 * packageurl-js so a search by name finds the component; null without a name or a version, which a dependency
 * needs to mean anything.
 */
export function genericPurl(group: unknown, name: unknown, version: unknown): string | null {
  const n = text(name);
  const v = text(version);
  if (n === null || v === null) return null;
  const built = buildPurl('generic', text(group), n, v);
  return built.ok ? built.value : null;
}
