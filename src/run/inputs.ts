import { accessSync, constants, type Dirent } from 'node:fs';
import { glob } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { InputError } from '../model/input-problem.js';

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Patterns to input paths, relative to `cwd` where they lie inside it (so set names read "package-lock.json",
 * not a runner's absolute checkout path). Globs skip node_modules and .git: a lock file in there belongs to a
 * dependency, not the project. A pattern that matches nothing is an error, because a typo in CI config
 * should not look like a project without dependencies; so is a folder the glob cannot read, which it would
 * otherwise pass over in silence.
 */
export async function expandInputs(patterns: readonly string[], cwd: string): Promise<{ files: string[]; errors: InputError[]; named: ReadonlySet<string> }> {
  const files = new Set<string>();
  // Paths given as they are, not found by a glob: the user asked for exactly these.
  const named = new Set<string>();
  const errors: InputError[] = [];
  const unreadable = new Set<string>();
  for (const pattern of patterns) {
    if (!GLOB_CHARS.test(pattern)) {
      files.add(display(pattern, cwd));
      named.add(display(pattern, cwd));
      continue;
    }
    const matched: string[] = [];
    const skip = (entry: Dirent): boolean => {
      if (entry.name === 'node_modules' || entry.name === '.git') return true;
      if (entry.isDirectory()) {
        const folder = join(entry.parentPath, entry.name);
        try {
          accessSync(folder, constants.R_OK | constants.X_OK);
        } catch {
          const shown = display(folder, cwd);
          if (!unreadable.has(shown)) {
            unreadable.add(shown);
            errors.push({ file: shown, message: `this folder cannot be read (permission denied); files in it that the pattern ${pattern} would match are not read` });
          }
          return true;
        }
      }
      return false;
    };
    for await (const entry of glob(pattern, { cwd, withFileTypes: true, exclude: skip })) {
      matched.push(display(join(entry.parentPath, entry.name), cwd));
    }
    if (matched.length === 0) errors.push({ file: pattern, message: 'no file matches this pattern' });
    for (const file of matched.sort()) files.add(file);
  }
  return { files: [...files], errors, named };
}

function display(path: string, cwd: string): string {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  const shown = rel.startsWith('..') || isAbsolute(rel) || rel === '' ? path : rel;
  return shown.split(sep).join('/').replace(/^\.\//, '');
}
