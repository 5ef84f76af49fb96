import type { Dependency } from '../model/dependency.js';
import { parsePurl } from '../ecosystems/shared/purl.js';

/**
 * What a person types to name a package: a purl (with or without version), "name@version" or a name.
 * Names compare case-insensitively, as search does everywhere (DESIGN.md 4).
 */
export function packageMatcher(query: string): (d: Dependency) => boolean {
  if (query.startsWith('pkg:')) {
    const parts = parsePurl(query);
    if (parts.ok) {
      const { type, namespace, name, version } = parts.value;
      const full = (namespace ? `${namespace}/${name}` : name).toLowerCase();
      return (d) => d.type === type && d.name.toLowerCase() === full && (version === null || d.version === version);
    }
  }
  // "@scope/name@1.0" and "name@1.0": the version follows the last "@" that is not the first character.
  const at = query.lastIndexOf('@');
  const name = (at > 0 ? query.slice(0, at) : query).toLowerCase();
  const version = at > 0 ? query.slice(at + 1) : null;
  return (d) => d.name.toLowerCase() === name && (version === null || d.version === version);
}
