import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** Folders walked up looking for .git; a checkout deeper than this is not a real one. */
const MAX_DEPTH = 64;

/**
 * The repository root dependency files are named from (issue #15), so the same file has the same identity on
 * every runner and machine: GitLab's CI_PROJECT_DIR, GitHub's GITHUB_WORKSPACE, the git top level (the nearest
 * folder above `cwd` holding .git, found without running git: the checkout is untrusted and its git config could
 * run commands), else `cwd`. A CI folder that does not hold `cwd` is passed over (a job that cd'ed elsewhere).
 */
export function repositoryRoot(env: Env, cwd: string, exists: (path: string) => boolean = existsSync): string {
  const here = resolve(cwd);
  for (const name of ['CI_PROJECT_DIR', 'GITHUB_WORKSPACE'] as const) {
    const value = env[name];
    if (value && isAbsolute(value) && inside(resolve(value), here)) return resolve(value);
  }
  let folder = here;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (exists(join(folder, '.git'))) return folder;
    const up = dirname(folder);
    if (up === folder) break;
    folder = up;
  }
  return here;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * A dependency file's identity: its path from the repository root, with "/" separators. A file outside the root
 * keeps the path it was given (there is no stable name for it).
 */
export function fileIdentity(path: string, cwd: string, root: string): string {
  const full = resolve(cwd, path);
  if (!inside(root, full)) return path;
  return relative(root, full).split(sep).join('/');
}
