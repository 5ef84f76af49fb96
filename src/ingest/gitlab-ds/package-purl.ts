import { buildPurl } from '../../model/purl.js';
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
 * Builds the purl of a dependency from the name as GitLab writes it: npm "@scope/name", Maven and Composer
 * "group/artifact" (namespace before the first "/"), Go module paths (namespace = all but the last segment).
 */
export function purlFromName(type: string, name: string, version: string): Result<string> {
  const [namespace, local] = splitName(type, name);
  return buildPurl(type, namespace, local, version);
}

function splitName(type: string, name: string): [string | null, string] {
  switch (type) {
    case 'npm': {
      const slash = name.indexOf('/');
      return name.startsWith('@') && slash > 0 ? [name.slice(0, slash), name.slice(slash + 1)] : [null, name];
    }
    case 'maven': {
      // Gemnasium writes "group/artifact"; "group:artifact" is Maven's own spelling, accepted too.
      const cut = name.includes('/') ? name.indexOf('/') : name.indexOf(':');
      return cut > 0 ? [name.slice(0, cut), name.slice(cut + 1)] : [null, name];
    }
    case 'composer': {
      const slash = name.indexOf('/');
      return slash > 0 ? [name.slice(0, slash), name.slice(slash + 1)] : [null, name];
    }
    case 'golang': {
      const slash = name.lastIndexOf('/');
      return slash > 0 ? [name.slice(0, slash), name.slice(slash + 1)] : [null, name];
    }
    default:
      return [null, name];
  }
}
