/**
 * Cargo names a locked package in `dependencies` as "name", "name version" or "name version (source)"
 * (always the long form in lock v1, and in [metadata] checksum keys). Short forms are used only where they
 * are unambiguous in the file.
 */
export interface CargoPackageId {
  readonly name: string;
  readonly version: string | null;
  readonly source: string | null;
}

export function readPackageId(text: string): CargoPackageId | null {
  const trimmed = text.trim();
  const space = trimmed.indexOf(' ');
  if (space === -1) return trimmed.length > 0 ? { name: trimmed, version: null, source: null } : null;
  const name = trimmed.slice(0, space);
  const rest = trimmed.slice(space + 1).trim();
  const space2 = rest.indexOf(' ');
  if (space2 === -1) return { name, version: rest, source: null };
  const tail = rest.slice(space2 + 1).trim();
  if (!tail.startsWith('(') || !tail.endsWith(')')) return null;
  return { name, version: rest.slice(0, space2), source: tail.slice(1, -1) };
}

/** The registry a source string names: "registry+URL" / "sparse+URL" give the index URL; git and others stay as written. */
export function sourceUrl(source: string): string {
  if (source.startsWith('registry+')) return source.slice('registry+'.length);
  return source;
}
