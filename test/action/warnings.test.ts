// In the action, warnings are annotations (core.warning: "::warning::..."), shown on the run's page, not plain log
// lines. The action entry (src/index.ts, what dist/index.js is built from) runs as the runner starts it: as the
// main module, inputs as INPUT_* variables; from the sources through tsx.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakePlatform } from '../platforms/fake-platform.js';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'fixtures/cli');

function runAction(env: Record<string, string>): Promise<{ code: number; log: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', join(root, 'node_modules/tsx/dist/esm/index.mjs'), join(root, 'src/index.ts')], {
      env: { PATH: process.env.PATH ?? '', ...env },
      cwd: fixtures,
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, log }));
  });
}

describe('the action\'s warnings are annotations', () => {
  let github: FakePlatform;
  let env: Record<string, string>;
  beforeEach(async () => {
    github = await new FakePlatform().start();
    const dir = mkdtempSync(join(tmpdir(), 'depindex-action-warn-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 12, head: { sha: 'abc123' } }, repository: { default_branch: 'main' } }));
    writeFileSync(join(dir, 'output'), '');
    env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_WORKSPACE: fixtures,
      GITHUB_API_URL: github.url,
      INPUT_REPORTS: 'web-app.cdx.json',
      INPUT_BASE: 'base/web-app.cdx.json',
      'INPUT_NO-STORE': 'true',
      'INPUT_GITHUB-TOKEN': 'ghs_test',
    };
  });
  afterEach(() => github.stop());

  it('a comment that could not be posted: one ::warning:: annotation, the step still passes', async () => {
    github.failWith = 403;
    const { code, log } = await runAction(env);
    expect(code).toBe(0);
    const annotations = log.split('\n').filter((l) => l.startsWith('::warning'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::warning::depindex: the comment was not posted: .*403.*pull-requests: write/);
    expect(log).not.toMatch(/^warning: the comment was not posted/m);
  });

  it('without a token: the reason is an annotation', async () => {
    const { code, log } = await runAction({ ...env, 'INPUT_GITHUB-TOKEN': '' });
    expect(code).toBe(0);
    expect(log).toMatch(/^::warning::depindex: the comment was not posted: no token for the pull request comment/m);
    expect(log).not.toMatch(/^warning: /m);
  });

  it('inputs that cannot take effect: comment always on a push, target-ref with no-store', async () => {
    const { code, log } = await runAction({ ...env, GITHUB_EVENT_PATH: '', GITHUB_HEAD_REF: '', GITHUB_BASE_REF: '', INPUT_BASE: '', INPUT_COMMENT: 'always', 'INPUT_TARGET-REF': 'main' });
    expect(code).toBe(0);
    expect(log.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([
      '::warning::depindex: --target-ref main has no effect with --no-store: there is no index to compare with (--base FILE compares with files)',
      '::warning::depindex: --comment always has no effect: this pipeline is not for a merge or pull request',
    ]);
    expect(github.requests).toEqual([]);
  });
});
