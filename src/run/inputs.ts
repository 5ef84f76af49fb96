import { glob } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { InputError } from '../report/scan-json.js';

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Patterns to input paths, relative to `cwd` where they lie inside it (so set names read "package-lock.json",
 * not a runner's absolute checkout path). Globs skip node_modules and .git: a lock file in there belongs to a
 * dependency, not the project. A pattern that matches nothing is an error, because a typo in CI config
 * should not look like a project without dependencies.
 */
export async function expandInputs(patterns: readonly string[], cwd: string): Promise<{ files: string[]; errors: InputError[] }> {
  const files = new Set<string>();
  const errors: InputError[] = [];
  for (const pattern of patterns) {
    if (!GLOB_CHARS.test(pattern)) {
      files.add(display(pattern, cwd));
      continue;
    }
    const matched: string[] = [];
    for await (const entry of glob(pattern, { cwd, exclude: (name) => name === 'node_modules' || name === '.git' })) {
      matched.push(display(entry, cwd));
    }
    if (matched.length === 0) errors.push({ file: pattern, message: 'no file matches this pattern' });
    for (const file of matched.sort()) files.add(file);
  }
  return { files: [...files], errors };
}

function display(path: string, cwd: string): string {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  const shown = rel.startsWith('..') || isAbsolute(rel) || rel === '' ? path : rel;
  return shown.split(sep).join('/').replace(/^\.\//, '');
}
