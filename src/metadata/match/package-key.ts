import type { DependencySet } from '../../model/dependency-set.js';
import type { Dependency } from '../../model/dependency.js';
import { canonicalKey } from '../../store/keys.js';
import { osPackageNames } from '../search/os-package.js';
import type { PackageKey } from '../store/types.js';
import { ecosystemFor } from './versions-api.js';

/**
 * OS package types: advisories name the source or binary package alone ("openssl") and qualify it by `distro`;
 * the purl's namespace is the vendor ("debian"), so the key is the bare name.
 */
const OS_TYPES: ReadonlySet<string> = new Set(['deb', 'rpm', 'apk', 'wolfi', 'cbl-mariner']);

export const isOsType = (type: string): boolean => OS_TYPES.has(type);

function bare(namespace: string | null, name: string): string {
  return namespace && name.startsWith(namespace + '/') ? name.slice(namespace.length + 1) : name;
}

/** The key of a package name as an advisory or licence record writes it ("org.slf4j/slf4j-api", "@babel/core"). */
export function recordPackageKey(type: string, name: string): PackageKey {
  if (isOsType(type)) return { type, key: name.toLowerCase() };
  const [namespace, rest] = ecosystemFor(type)?.splitName?.(name) ?? [null, name];
  return { type, key: canonicalKey(type, namespace, namespace ? `${namespace}/${rest}` : rest) };
}

/** The key of a dependency: the same canonical name the index stores, so both agree on "Django is django". */
export function dependencyKey(dependency: Pick<Dependency, 'type' | 'namespace' | 'name'>): PackageKey {
  return { type: dependency.type, key: dependencyKeyText(dependency) };
}

/** dependencyKey's `key` alone. */
export function dependencyKeyText({ type, namespace, name }: Pick<Dependency, 'type' | 'namespace' | 'name'>): string {
  return isOsType(type) ? bare(namespace, name).toLowerCase() : canonicalKey(type, namespace, name);
}

/**
 * The source package an OS package was built from when its purl names one other than itself (the `upstream`
 * qualifier syft writes), else null. Only such purls are parsed.
 */
export function sourcePackage(dependency: Pick<Dependency, 'purl' | 'type'>, key: string): { readonly name: string; readonly version: string | null } | null {
  if (!isOsType(dependency.type) || !dependency.purl.includes('upstream=')) return null;
  const source = osPackageNames(dependency.purl)?.source;
  return source && source.name !== key ? source : null;
}

/**
 * The dependencies of some sets by distinct key, computed once per scan and shared by the licence filling and the
 * matching (filling keeps each set's order and names), so a scan's 50,000 names are keyed and told apart once.
 */
export interface KeyIndex {
  /** The distinct keys, in the order first met. */
  readonly keys: readonly PackageKey[];
  /** For each set, for each of its dependencies: the place of its key in `keys`; -1 when `keep` left it out. */
  readonly at: readonly Int32Array[];
  /**
   * For each set, the OS packages built from a source package of another name (the purl's `upstream`, as syft
   * writes it: libssl1.0.0 from openssl), by dependency position: the place of the source's key in `keys` and the
   * source version to test; null for a set without any. Debian and Alpine advisories name the source package.
   */
  readonly sources?: readonly (readonly (SourceKey | undefined)[] | null)[];
}

export interface SourceKey {
  readonly place: number;
  readonly version: string;
}

/** `keep`: which keys to index (matching's candidate filter); a source package's key is kept or left out alike. */
export function indexKeys(sets: readonly DependencySet[], keep?: (type: string, key: string) => boolean): KeyIndex {
  const places = new Map<string, Map<string, number>>();
  const keys: PackageKey[] = [];
  // Most dependencies of a scan share their type with the one before: its names are at hand without a lookup.
  let lastType: string | null = null;
  let lastNames = new Map<string, number>();
  const placeOf = (key: PackageKey): number => {
    if (key.type !== lastType) {
      let byName = places.get(key.type);
      if (!byName) places.set(key.type, (byName = new Map()));
      [lastType, lastNames] = [key.type, byName];
    }
    let place = lastNames.get(key.key);
    if (place === undefined) {
      place = keys.length;
      keys.push(key);
      lastNames.set(key.key, place);
    }
    return place;
  };
  const sources: ((SourceKey | undefined)[] | null)[] = [];
  const at = sets.map((set) => {
    const of = new Int32Array(set.dependencies.length);
    let fromSource: (SourceKey | undefined)[] | null = null;
    set.dependencies.forEach((dependency, i) => {
      const key = dependencyKey(dependency);
      of[i] = keep && !keep(key.type, key.key) ? -1 : placeOf(key);
      const source = sourcePackage(dependency, key.key);
      if (!source || (keep && !keep(key.type, source.name))) return;
      (fromSource ??= [])[i] = { place: placeOf({ type: key.type, key: source.name }), version: source.version ?? dependency.version };
    });
    sources.push(fromSource);
    return of;
  });
  return { keys, at, ...(sources.some((x) => x !== null) && { sources }) };
}

/** The given index when it has the sets' shape, else one built here. */
export function keyIndexFor(sets: readonly DependencySet[], given: KeyIndex | undefined): KeyIndex {
  const fits = given !== undefined && given.at.length === sets.length && sets.every((set, i) => given.at[i]?.length === set.dependencies.length);
  return fits ? given : indexKeys(sets);
}
