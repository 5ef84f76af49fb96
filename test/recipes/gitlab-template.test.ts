// The GitLab CI template, run the way a runner runs a job: its variables exported, its script lines in one bash
// with `set -eo pipefail`, in a checkout of a project, installing depindex from a repository at a pinned tag.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));
const external = join(root, '..', 'shared', 'fixtures', 'external');

interface Job {
  readonly image: string;
  readonly script: readonly string[];
  readonly variables?: Record<string, string>;
  readonly artifacts: { readonly reports: { readonly cyclonedx: string }; readonly paths: readonly string[] };
}

/** What a release tag holds for the template: the files a clone needs to run (package.json "files"). */
function releaseRepository(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'depindex-release-'));
  const files = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] }).files;
  for (const file of [...files, 'package.json']) cpSync(join(root, file), join(dir, file), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '--quiet', '--initial-branch', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'release');
  git('tag', tag);
  return dir;
}

function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'depindex-checkout-'));
  const copies: readonly (readonly [string, string])[] = [
    ['gitlab-com-runbooks/gl-sbom-npm-npm.cdx.json', 'gl-sbom-npm-npm.cdx.json'],
    ['create-react-app/package-lock.json', 'web/package-lock.json'],
  ];
  for (const [from, to] of copies) {
    mkdirSync(dirname(join(dir, to)), { recursive: true });
    cpSync(join(external, from), join(dir, to));
  }
  // A dependency's own lock file: globs skip node_modules.
  mkdirSync(join(dir, 'web/node_modules/x'), { recursive: true });
  cpSync(join(external, 'create-react-app/package-lock.json'), join(dir, 'web/node_modules/x/package-lock.json'));
  return dir;
}

describe('templates/depindex.gitlab-ci.yml', () => {
  const template = parse(readFileSync(join(root, 'templates/depindex.gitlab-ci.yml'), 'utf8')) as { variables: Record<string, string>; depindex: Job };

  it('runs as written on node:24 with its default inputs', () => {
    const job = template.depindex;
    expect(job.image).toBe('node:24');
    const repository = releaseRepository('v9.9.9');
    const project = checkout();
    const jobTmp = mkdtempSync(join(tmpdir(), 'depindex-job-'));
    const env: Record<string, string> = {
      PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
      HOME: jobTmp,
      TMPDIR: jobTmp,
      GITLAB_CI: 'true',
      CI: 'true',
      CI_JOB_ID: '4242',
      CI_PROJECT_DIR: project,
      CI_PROJECT_PATH: 'acme/web',
      CI_COMMIT_REF_NAME: 'main',
      CI_DEFAULT_BRANCH: 'main',
      CI_COMMIT_SHA: 'a'.repeat(40),
      ...template.variables,
      ...job.variables,
      // What a user sets: the repository and tag they pinned.
      DEPINDEX_REPOSITORY: `file://${repository}`,
      DEPINDEX_VERSION: 'v9.9.9',
    };
    const run = spawnSync('bash', ['-c', `set -eo pipefail\n${job.script.join('\n')}`], { cwd: project, env, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 input(s) read');
    const sbom = JSON.parse(readFileSync(join(project, job.artifacts.reports.cyclonedx), 'utf8')) as { bomFormat: string; components: unknown[] };
    expect(sbom.bomFormat).toBe('CycloneDX');
    expect(sbom.components.length).toBeGreaterThan(1000);
    for (const path of job.artifacts.paths.filter((p) => p !== 'depindex-diff.json')) expect(existsSync(join(project, path))).toBe(true);
    expect(existsSync(join(project, '.depindex/index.db'))).toBe(true);
  });
});
