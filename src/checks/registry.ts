import type { Dependency } from '../model/dependency.js';

/**
 * The registry a dependency came from, derived from its source per ecosystem: an npm tarball URL carries the
 * package and version, so its registry is the part before "/<name>/-/"; a Maven artifact URL is the repository
 * before the group's path; PyPI's files host stands for the index. A source that is not a URL (Cargo's
 * "registry+https://...", a git URL) is kept as written. Returns null when the dependency has no source or a
 * local one (a path, a workspace link, file:).
 */
export function registryOf(d: Pick<Dependency, 'type' | 'namespace' | 'name' | 'version' | 'source'>): string | null {
  const source = d.source?.trim();
  if (!source) return null;
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    // A local path or workspace link is no registry; Cargo's "registry+https://..." names one as it is.
    return /^[a-z]+\+[a-z]+:\/\//i.test(source) ? source : null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.protocol === 'file:' ? null : source;
  const path = decodedPath(url.pathname);
  const base = `${url.protocol}//${url.host.toLowerCase()}`;
  const cut = cutPoint(d, path);
  const kept = cut === null ? path : path.slice(0, cut);
  return base + withSlash(kept);
}

/** The path with percent-escapes decoded; a malformed escape ("%zz") keeps the path as written, never throws. */
function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function withSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Index in the path where the package's own part starts, null when the path is the registry itself. */
function cutPoint(d: Pick<Dependency, 'type' | 'namespace' | 'name' | 'version'>, path: string): number | null {
  const find = (marker: string): number | null => {
    const i = path.lastIndexOf(marker);
    return i >= 0 ? i + 1 : null;
  };
  switch (d.type) {
    case 'npm':
      // https://registry.npmjs.org/@scope/name/-/name-1.0.0.tgz; yarn and pnpm sometimes write %2f for the scope's slash.
      return find(`/${d.name}/-/`) ?? find(`/${d.name}/`);
    case 'maven': {
      const group = d.namespace ? d.namespace.replace(/\./g, '/') : null;
      const artifact = d.namespace ? d.name.slice(d.namespace.length + 1) : d.name;
      return group ? find(`/${group}/${artifact}/`) : null;
    }
    case 'pypi':
      // files.pythonhosted.org/packages/<hash>/<file>; a private index serves /simple/ or /packages/.
      return find('/packages/') ?? find('/simple/');
    case 'gem':
      return find('/gems/') ?? find('/downloads/');
    case 'cargo':
      return find('/api/v1/crates/') ?? find(`/${d.name}/`);
    case 'golang':
      return find(`/${d.name.toLowerCase()}/@v/`) ?? find(`/${d.name}/@v/`);
    case 'nuget':
      return find(`/${d.name.toLowerCase()}/`) ?? find(`/${d.name}/`);
    case 'composer':
      return 0;
    default:
      return find(`/${d.name}/`);
  }
}

/**
 * True when the registry is listed as private. A host entry ("npm.corp.example") matches that host only; a URL
 * entry matches its origin exactly and its path as a prefix ending at a "/" boundary, so
 * "https://npm.corp.example" does not make "https://npm.corp.example.evil.com/" private, nor
 * ".../api/npm/npm" make ".../api/npm/npm-remote/" private.
 */
export function isPrivateRegistry(registry: string, privateList: readonly string[]): boolean {
  const url = parsedUrl(registry.replace(/^[a-z]+\+/i, ''));
  return privateList.some((entry) => {
    const e = entry.trim();
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(e)) {
      // "npm.acme.internal" or "npm.acme.internal:8443": that host (and port, when given) only.
      const host = e.toLowerCase().replace(/\.$/, '');
      return url !== null && (url.hostname.toLowerCase() === host || url.host.toLowerCase() === host);
    }
    const listed = parsedUrl(e.replace(/^[a-z]+\+/i, ''));
    if (listed === null || url === null) return false;
    if (listed.protocol !== url.protocol || listed.host.toLowerCase() !== url.host.toLowerCase()) return false;
    return withSlash(decodedPath(url.pathname)).startsWith(withSlash(decodedPath(listed.pathname)));
  });
}

function parsedUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
