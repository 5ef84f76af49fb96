import type { Checksums } from '../../../model/checksum.js';
import { artifactChecksums, PYPI_SIMPLE } from '../../manifests/pyproject/artifact-digests.js';
import type { TomlTable, TomlValue } from '../../text/toml-lock.js';

const isTable = (v: TomlValue | undefined): v is TomlTable => v !== undefined && typeof v === 'object' && !Array.isArray(v);

/** One [[package]] of poetry.lock, as far as depindex needs it. */
export interface PoetryPackage {
  readonly name: string;
  readonly version: string;
  readonly source: string;
  readonly checksums: Checksums | null;
  /** From `groups` (lock 2.1) or `category` (lock 1.x); null when the lock does not say (lock 2.0). */
  readonly development: boolean | null;
  /** Names as written in [package.dependencies]. */
  readonly dependsOn: readonly string[];
  readonly invalidHashes: readonly string[];
}

export type PoetryEntry = { ok: true; value: PoetryPackage } | { ok: false; message: string };

/**
 * `files` hashes come from the package itself (lock 2.x, also as [[package.files]]) or, in lock 1.x, from
 * [metadata.files] keyed by the package name.
 */
export function readPoetryPackage(entry: TomlTable, metadataFiles: TomlTable | null): PoetryEntry {
  const name = entry['name'];
  const version = entry['version'];
  if (typeof name !== 'string' || name.length === 0) return { ok: false, message: 'package has no name' };
  if (typeof version !== 'string' || version.length === 0) return { ok: false, message: `package "${name}" has no version` };

  const files = Array.isArray(entry['files']) ? entry['files'] : metadataFiles && Array.isArray(metadataFiles[name]) ? (metadataFiles[name] as TomlValue[]) : [];
  const hashes: string[] = [];
  for (const file of files) if (isTable(file) && typeof file['hash'] === 'string') hashes.push(file['hash']);
  const { checksums, invalid } = artifactChecksums(hashes);

  const groups = entry['groups'];
  const category = entry['category'];
  const development = Array.isArray(groups) ? !groups.includes('main') : typeof category === 'string' ? category === 'dev' : null;

  const dependencies = entry['dependencies'];
  const dependsOn = isTable(dependencies) ? Object.keys(dependencies) : [];
  return { ok: true, value: { name, version, source: sourceOf(entry['source']), checksums, development, dependsOn, invalidHashes: invalid } };
}

/**
 * [package.source]: absent means the default index (PyPI). git sources are written pip-style
 * (git+URL@commit); legacy (an extra index) and url sources by their URL; file and directory by their path.
 */
function sourceOf(source: TomlValue | undefined): string {
  if (!isTable(source)) return PYPI_SIMPLE;
  const url = typeof source['url'] === 'string' ? source['url'] : null;
  if (url === null) return PYPI_SIMPLE;
  if (source['type'] === 'git') {
    const commit = source['resolved_reference'] ?? source['reference'];
    const prefixed = url.startsWith('git+') ? url : `git+${url}`;
    return typeof commit === 'string' && commit.length > 0 ? `${prefixed}@${commit}` : prefixed;
  }
  return url;
}
