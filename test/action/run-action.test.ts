import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakePlatform } from '../platforms/fake-platform.js';

// Runs the committed bundle the way the runner does: inputs as INPUT_* variables, outputs to GITHUB_OUTPUT.
const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'fixtures/cli');

function runAction(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'dist/index.js')], { env: { PATH: process.env.PATH ?? '', ...env }, cwd: fixtures });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
  });
}

function outputs(file: string): Record<string, string> {
  // GITHUB_OUTPUT uses "name<<DELIMITER\nvalue\nDELIMITER" blocks.
  const text = readFileSync(file, 'utf8');
  const result: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) result[m[1] as string] = m[3] as string;
  return result;
}

describe('the action (dist/index.js) on a pull request', () => {
  let github: FakePlatform;
  let dir: string;
  let env: Record<string, string>;
  beforeEach(async () => {
    github = await new FakePlatform().start();
    dir = mkdtempSync(join(tmpdir(), 'depindex-action-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 12, head: { sha: 'abc123' } }, repository: { default_branch: 'main' } }));
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
    env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_WORKSPACE: fixtures,
      GITHUB_API_URL: github.url,
      INPUT_REPORTS: 'web-app.cdx.json',
      INPUT_BASE: 'base/web-app.cdx.json',
      'INPUT_NO-STORE': 'true',
      INPUT_SBOM: join(dir, 'sbom.json'),
      'INPUT_GITHUB-TOKEN': 'ghs_test',
    };
  });
  afterEach(() => github.stop());

  it('writes outputs, the job summary and one pull request comment', async () => {
    const { code, stdout } = await runAction(env);
    expect(stdout).not.toMatch(/\n\s+at /);
    expect(code).toBe(0);
    const out = outputs(join(dir, 'output'));
    expect(out).toMatchObject({ 'dependency-files': '1', dependencies: '5', direct: '3', transitive: '2', transient: '2', errors: '0', sbom: join(dir, 'sbom.json') });
    expect(JSON.parse(out.diff ?? '{}')).toMatchObject({ summary: { added: 3, removed: 1, upgraded: 1, downgraded: 0 } });
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toContain('<!-- depindex:dependency-diff -->');
    expect(github.comments).toHaveLength(1);
    expect(github.requests.some((r) => r.method === 'POST' && r.path === '/repos/octo/app/issues/12/comments')).toBe(true);
  });

  it('fails the step with the file named when an input cannot be read, after writing outputs', async () => {
    const { code, stdout } = await runAction({ ...env, INPUT_REPORTS: 'web-app.cdx.json\ntruncated.cdx.json' });
    expect(code).toBe(1);
    expect(stdout).toContain('::error file=truncated.cdx.json::cannot read truncated.cdx.json: line 5, column 1: invalid JSON');
    expect(outputs(join(dir, 'output'))).toMatchObject({ dependencies: '5', errors: '1' });
  });
});
