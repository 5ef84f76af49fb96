import { npm } from '../../../ecosystems/npm/index.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import type { Result } from '../../../model/result.js';

/**
 * pkg:npm purl from an npm package name as lock files write it ("@scope/name" or "name"). Stricter than the
 * ecosystem's split: a lock file naming a bare or empty scope is damaged, so it is reported, not guessed at.
 */
export function npmPurl(name: string, version: string): Result<string> {
  if (name.startsWith('@')) {
    const slash = name.indexOf('/');
    if (slash <= 1 || slash === name.length - 1) return { ok: false, error: `"${name}" is not an npm package name (a scope needs "@scope/name")` };
  }
  if (name.length === 0) return { ok: false, error: 'the package name is empty' };
  const [namespace, local] = npm.splitName(name);
  return buildPurl('npm', namespace, local, version);
}

/** "name@range" keys (yarn, pnpm): the "@" that separates is the first one after position 0. */
export function splitNameAt(key: string): { name: string; rest: string } | null {
  const at = key.indexOf('@', 1);
  if (at <= 0) return null;
  return { name: key.slice(0, at), rest: key.slice(at + 1) };
}
