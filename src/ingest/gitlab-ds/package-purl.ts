import { ecosystemFor } from '../../ecosystems/registry.js';
import { buildPurl } from '../../ecosystems/shared/purl.js';
import type { Result } from '../../model/result.js';

/**
 * GitLab's `package_manager` values and the purl type of what they install. The report schema leaves the
 * field a free string; these are the managers Gemnasium reports (GitLab "supported languages and package
 * managers"). An unknown manager is reported, never guessed.
 */
const PURL_TYPE: Readonly<Record<string, string>> = {
  npm: 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  bundler: 'gem',
  pip: 'pypi',
  pipenv: 'pypi',
  poetry: 'pypi',
  setuptools: 'pypi',
  uv: 'pypi',
  maven: 'maven',
  gradle: 'maven',
  sbt: 'maven',
  go: 'golang',
  nuget: 'nuget',
  composer: 'composer',
  conan: 'conan',
};

export function purlTypeOf(packageManager: string): string | null {
  return Object.hasOwn(PURL_TYPE, packageManager) ? (PURL_TYPE[packageManager] ?? null) : null;
}

/**
 * Builds the purl of a dependency from the name as GitLab writes it; how a name splits into namespace and name
 * ("@scope/name", "group/artifact", a Go module path) is each ecosystem module's knowledge.
 */
export function purlFromName(type: string, name: string, version: string): Result<string> {
  const [namespace, local] = ecosystemFor(type)?.splitName?.(name) ?? [null, name];
  return buildPurl(type, namespace, local, version);
}
