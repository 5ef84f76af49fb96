// GitHub workflow commands (issue 11, item 2): the runner obeys any log line whose text, after leading spaces,
// starts with "::". Paths and names come from the checkout; none may start a line depindex prints.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from '../cli/io.js';
import { externalRoot } from '../robustness/support/seeds.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const HOSTILE_PATH = '::error file=x::pwned%0A::add-mask::secret\n::stop-commands::tok';

/** A checkout with a GitLab SBOM naming a hostile dependency file, and an unreadable file with a command for a name. */
function hostileCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'depindex-commands-'));
  const sbom = readFileSync(join(externalRoot, 'gitlab-com-runbooks/gl-sbom-npm-npm.cdx.json'), 'utf8').replace(
    '"value": "package-lock.json"',
    `"value": ${JSON.stringify(HOSTILE_PATH)}`,
  );
  writeFileSync(join(dir, 'gl-sbom-npm-npm.cdx.json'), sbom);
  writeFileSync(join(dir, '::warning::x.json'), '{"not": "a report"}');
  writeFileSync(join(dir, '  ::notice::y.json'), '');
  return dir;
}

const commandLines = (log: string) => log.split(/\r?\n/).filter((line) => line.trimStart().startsWith('::'));

describe('no printed line starts with untrusted text', () => {
  it('the CLI: a hostile dependency-file path and hostile file names print no workflow command', async () => {
    const dir = hostileCheckout();
    const io = memoryIO(dir);
    const code = await main(['scan', '*.json', '--no-store'], io);
    expect(code).toBe(2);
    expect(io.out()).toContain('::error file=x::pwned'); // shown, inside a line of depindex's own
    expect(commandLines(io.out() + io.err())).toEqual([]);
  });

  it('the action: only depindex\'s own commands, with the untrusted parts escaped by @actions/core', () => {
    const dir = hostileCheckout();
    writeFileSync(join(dir, 'output'), '');
    const script = `import { runAction } from ${JSON.stringify(join(repoRoot, 'src/main.ts'))}; await runAction();`;
    const run = spawnSync(process.execPath, ['--import', join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs'), '--input-type=module', '-e', script], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: join(dir, 'output'), INPUT_REPORTS: '*.json', 'INPUT_NO-STORE': 'true' },
      encoding: 'utf8',
    });
    const lines = commandLines(run.stdout + run.stderr);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      // core.error: "::error file=<escaped>::<escaped message>", the message starting with depindex's words.
      expect(line).toMatch(/^::error(?: file=[^:,\r\n]*)?::(?:cannot read |depindex: )/);
    }
    expect(lines.join('\n')).toContain('::error file=%3A%3Awarning%3A%3Ax.json::cannot read ::warning::x.json');
    expect(run.stdout + run.stderr).not.toMatch(/^\s*::(?:add-mask|stop-commands|warning|notice)::/m);
  });
});
