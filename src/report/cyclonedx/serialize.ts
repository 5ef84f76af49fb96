/**
 * CycloneDX JSON as bytes. Compact: SBOMs are read by tools, and indentation makes a large one half as big again.
 * Lists are sorted by normalizeBom, so the same input gives the same bytes (apart from serial and timestamp).
 */
export function serializeBom(normalized: object): string {
  return JSON.stringify(normalized) + '\n';
}
