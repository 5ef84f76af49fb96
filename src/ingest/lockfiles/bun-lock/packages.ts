import { isJsonObject } from '../../json-object.js';
import { splitNameAt } from '../shared/npm-purl.js';

/** One `packages` entry: `[ident, registry, info, integrity]` for npm, fewer fields for other sources. */
export interface BunPackage {
  readonly key: string;
  readonly name: string;
  /** What follows "name@": a version for npm packages, "workspace:…", "github:…", "git+…", "file:…" otherwise. */
  readonly resolution: string;
  readonly registry: string | null;
  readonly integrity: string | null;
  /** Dependency names by kind, from the info object. */
  readonly dependencies: readonly string[];
}

const DEPENDENCY_KINDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

export function readPackage(key: string, value: unknown): BunPackage | string {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return 'is not ["name@version", …]';
  const split = splitNameAt(value[0]);
  if (!split || split.rest.length === 0) return `"${value[0]}" is not "name@version"`;
  const npm = typeof value[1] === 'string';
  const info = value.find(isJsonObject) ?? {};
  const dependencies = DEPENDENCY_KINDS.flatMap((k) => (isJsonObject(info[k]) ? Object.keys(info[k]) : []));
  return {
    key,
    name: split.name,
    resolution: split.rest,
    registry: npm && value[1] !== '' ? (value[1] as string) : null,
    integrity: npm && typeof value[3] === 'string' ? value[3] : null,
    dependencies,
  };
}

/** "@a/b/c/@d/e" -> ["@a/b", "c", "@d/e"]: a key is the path of package names through nested node_modules. */
export function keyNames(key: string): string[] {
  const segments = key.split('/');
  const names: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as string;
    if (s.startsWith('@') && i + 1 < segments.length) names.push(`${s}/${segments[++i] as string}`);
    else names.push(s);
  }
  return names;
}

/** Node's lookup: the dependency nested under the package, then under each ancestor, then hoisted. */
export function resolveFrom(packages: ReadonlyMap<string, BunPackage>, fromKey: string, name: string): BunPackage | null {
  const names = fromKey === '' ? [] : keyNames(fromKey);
  for (let n = names.length; n >= 0; n--) {
    const prefix = names.slice(0, n).join('/');
    const found = packages.get(prefix ? `${prefix}/${name}` : name);
    if (found) return found;
  }
  return null;
}
