import { splitNameAt } from '../shared/npm-purl.js';

/**
 * Package keys across lockfile versions:
 *   5.x  "/name/1.0.0", "/@scope/name/1.0.0_peer@2.0.0"
 *   6.0  "/name@1.0.0", "/@scope/name@1.0.0(peer@2.0.0)"
 *   9.0  "name@1.0.0",  "@scope/name@1.0.0(peer@2.0.0)"
 * The peer suffix says which peers this copy was linked with; the installed version is without it.
 */
export function keyIdentity(key: string): { name: string; version: string } | null {
  const paren = key.indexOf('(');
  const bare = paren > 0 ? key.slice(0, paren) : key;
  if (bare.startsWith('/')) {
    const path = bare.slice(1);
    const at = splitNameAt(path);
    // 6.0 uses "@" before the version; in 5.x the name is followed by "/" (a scope has one more "/").
    if (at && !at.name.includes('/', at.name.startsWith('@') ? at.name.indexOf('/') + 1 : 0)) return { name: at.name, version: at.rest };
    // Names may hold "_" ("@types/babel__core"), versions may not: cut the peer suffix after the name.
    const firstSlash = path.indexOf('/');
    const nameEnd = path.startsWith('@') ? path.indexOf('/', firstSlash + 1) : firstSlash;
    if (nameEnd <= 0) return null;
    const rest = path.slice(nameEnd + 1);
    const underscore = rest.indexOf('_');
    const version = underscore > 0 ? rest.slice(0, underscore) : rest;
    return version.length > 0 ? { name: path.slice(0, nameEnd), version } : null;
  }
  const at = splitNameAt(bare);
  return at ? { name: at.name, version: at.rest } : null;
}

/** The key without its peer suffix: where 9.0 keeps the package's metadata (`packages`) for a `snapshots` key. */
export function withoutPeers(key: string): string {
  const paren = key.indexOf('(');
  return paren > 0 ? key.slice(0, paren) : key;
}

/**
 * The key a dependency reference stands for: "1.0.0(peer@1)" (9.0 "name@ref", 6.0 "/name@ref", 5.x
 * "/name/ref"), or an alias or tarball written as a whole key ("real@1.0.0", "/real@1.0.0", "file:...").
 */
export function findKey<T>(nodes: ReadonlyMap<string, T>, name: string, reference: string, major: number): T | undefined {
  const own = major >= 9 ? `${name}@${reference}` : major >= 6 ? `/${name}@${reference}` : `/${name}/${reference}`;
  return nodes.get(own) ?? nodes.get(reference);
}
