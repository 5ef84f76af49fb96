import { jsonPointer, type Problem } from '../../../model/problem.js';
import type { ParseInput, ParseOutcome, Parser } from '../../parser.js';
import { manifestOnly } from '../manifest-only.js';
import { isJsonObject } from '../../json-object.js';

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
  parse: ({ json }: ParseInput): ParseOutcome => manifestOnly(NOTE, badRanges(json)),
} satisfies Parser;

function looksLikePackageJson(json: unknown): boolean {
  if (!isJsonObject(json)) return false;
  if (FOREIGN_KEYS.some((k) => k in json)) return false;
  // NuGet's packages.lock.json and Package.resolved have a numeric "version"; npm's is a string.
  if ('version' in json && typeof json.version !== 'string') return false;
  if ('name' in json && typeof json.name !== 'string') return false;
  let evidence = typeof json.name === 'string' && typeof json.version === 'string';
  for (const key of DEPENDENCY_KEYS) {
    if (!(key in json)) continue;
    const map = json[key];
    if (!isJsonObject(map) || nestsObjects(map)) return false;
    evidence = true;
  }
  return evidence || PACKAGE_KEYS.some((k) => k in json);
}

/**
 * Ranges are strings; NuGet's packages.lock.json nests objects per target framework under "dependencies".
 * Judged on the map as a whole, not on every value: one null or damaged range in a real package.json is a
 * problem for parse to report, not a reason to stop recognising the file.
 */
function nestsObjects(map: Record<string, unknown>): boolean {
  const values = Object.values(map);
  return !values.some((range) => typeof range === 'string') && values.some((range) => typeof range === 'object' && range !== null);
}

/** One problem per range that is not a string, placed by its JSON pointer; the lock-file readers skip those too. */
function badRanges(json: unknown): Problem[] {
  if (!isJsonObject(json)) return [];
  const problems: Problem[] = [];
  for (const key of DEPENDENCY_KEYS) {
    const map = json[key];
    if (!isJsonObject(map)) continue;
    for (const [name, range] of Object.entries(map)) {
      if (typeof range !== 'string') problems.push({ place: jsonPointer(key, name), message: `the version range is ${kindOf(range)}, not a string; this entry is skipped` });
    }
  }
  return problems;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
