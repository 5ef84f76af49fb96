import type { Dependency } from '../../model/dependency.js';
import { canonicalKey } from '../../store/keys.js';
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
  const { type, namespace, name } = dependency;
  if (isOsType(type)) return { type, key: bare(namespace, name).toLowerCase() };
  return { type, key: canonicalKey(type, namespace, name) };
}
