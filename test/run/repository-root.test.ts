import { describe, expect, it } from 'vitest';
import { fileIdentity, repositoryRoot } from '../../src/run/repository-root.js';

// The repository root set names are relative to (issue #15): CI's project folder first, then the git top level.
describe('repositoryRoot', () => {
  const gitAt = (folder: string) => (path: string) => path === `${folder}/.git`;
  it.each([
    ['GitLab CI_PROJECT_DIR', { CI_PROJECT_DIR: '/builds/acme/app', GITHUB_WORKSPACE: '/w' }, '/builds/acme/app/web', gitAt('/builds'), '/builds/acme/app'],
    ['GitHub GITHUB_WORKSPACE', { GITHUB_WORKSPACE: '/home/runner/work/app/app' }, '/home/runner/work/app/app/web', gitAt('/'), '/home/runner/work/app/app'],
    ['a CI folder that does not hold cwd is passed over', { CI_PROJECT_DIR: '/builds/other' }, '/src/app/web', gitAt('/src/app'), '/src/app'],
    ['a relative CI folder is passed over', { GITHUB_WORKSPACE: 'app' }, '/src/app', gitAt('/nowhere'), '/src/app'],
    ['the nearest .git above', {}, '/src/app/services/api', gitAt('/src/app'), '/src/app'],
    ['cwd when nothing says otherwise', {}, '/src/app/web', gitAt('/nowhere'), '/src/app/web'],
  ])('%s', (_case, env, cwd, exists, root) => {
    expect(repositoryRoot(env, cwd, exists)).toBe(root);
  });
});

describe('fileIdentity', () => {
  it.each([
    ['package-lock.json', '/r/web', '/r', 'web/package-lock.json'],
    ['./a/../Gemfile.lock', '/r', '/r', 'Gemfile.lock'],
    ['/r/services/api/go.sum', '/elsewhere', '/r', 'services/api/go.sum'],
    ['../outside/yarn.lock', '/r', '/r', '../outside/yarn.lock'],
  ])('%s from %s with root %s is %s', (path, cwd, root, identity) => {
    expect(fileIdentity(path, cwd, root)).toBe(identity);
  });
});
