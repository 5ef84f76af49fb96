import type { ParseInput, ParseOutcome, Parser } from '../../parser.js';
import { isObject } from './declared.js';

export { declaredDependencies, type DeclaredDependencies } from './declared.js';

/** Keys that only other JSON formats have: a package.json never carries them. */
const FOREIGN_KEYS = [
  'lockfileVersion', // package-lock.json
  'require', // composer.json
  'require-dev',
  'content-hash', // composer.lock
  'bomFormat', // CycloneDX
  'spdxVersion', // SPDX
  '_meta', // Pipfile.lock
  'graph_lock', // conan.lock
  'dependency_files', // GitLab DS report
  'vulnerabilities',
  'pins', // Package.resolved
];
const DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
const PACKAGE_KEYS = ['scripts', 'workspaces', 'main', 'module', 'exports', 'bin', 'packageManager', 'private', 'engines', 'browserslist'];

const NOTE =
  'package.json is a manifest: it declares version ranges, not installed versions; scan the lock file beside it ' +
  '(package-lock.json, yarn.lock or pnpm-lock.yaml), which reads package.json to tell direct and development dependencies';

export const parser = {
  id: 'package-json',
  description: 'npm package.json manifest (read beside a lock file; alone it lists no installed versions)',
  capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
  detect: ({ json }) => looksLikePackageJson(json),
  parse: (_input: ParseInput): ParseOutcome => ({ ok: true, value: { sets: [], problems: [], notes: [NOTE] } }),
} satisfies Parser;

function looksLikePackageJson(json: unknown): boolean {
  if (!isObject(json)) return false;
  if (FOREIGN_KEYS.some((k) => k in json)) return false;
  // NuGet's packages.lock.json and Package.resolved have a numeric "version"; npm's is a string.
  if ('version' in json && typeof json.version !== 'string') return false;
  if ('name' in json && typeof json.name !== 'string') return false;
  let evidence = typeof json.name === 'string' && typeof json.version === 'string';
  for (const key of DEPENDENCY_KEYS) {
    if (!(key in json)) continue;
    const map = json[key];
    // Ranges are strings; NuGet nests objects per target framework under "dependencies".
    if (!isObject(map) || !Object.values(map).every((range) => typeof range === 'string')) return false;
    evidence = true;
  }
  return evidence || PACKAGE_KEYS.some((k) => k in json);
}
