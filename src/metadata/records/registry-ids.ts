/**
 * PMDB registry ids and purl types (DESIGN.md 8): the same except these three. Both directions, because the
 * export's paths use registry ids and the protocol's own layout uses purl types.
 */
const TO_PURL: Readonly<Record<string, string>> = { packagist: 'composer', rubygem: 'gem', go: 'golang' };
const TO_REGISTRY: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TO_PURL).map(([r, p]) => [p, r]));

/** Every registry the PMDB export names (purl types and registry ids alike are accepted by the mappers). */
export const KNOWN_PURL_TYPES: readonly string[] = [
  'apk', 'cargo', 'cbl-mariner', 'composer', 'conan', 'conda', 'deb', 'gem', 'golang', 'maven', 'npm', 'nuget', 'pub',
  'pypi', 'rpm', 'swift', 'wolfi',
];

export function purlTypeOf(registryOrType: string): string {
  const lower = registryOrType.toLowerCase();
  return TO_PURL[lower] ?? lower;
}

export function registryIdOf(purlType: string): string {
  const lower = purlType.toLowerCase();
  return TO_REGISTRY[lower] ?? lower;
}

export function isKnownRegistry(registryOrType: string): boolean {
  return KNOWN_PURL_TYPES.includes(purlTypeOf(registryOrType));
}
