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

describe('why, search and findings print no workflow command either', () => {
  // A CycloneDX SBOM whose direct dependency is named like a command, with a transitive one below it.
  function hostileSbom(dir: string): string {
    const bom = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      metadata: { component: { 'bom-ref': 'app', type: 'application', name: 'app' } },
      components: [
        { 'bom-ref': 'a', type: 'library', name: '::error::pwned', version: '1.0.0', purl: 'pkg:npm/%3A%3Aerror%3A%3Apwned@1.0.0' },
        { 'bom-ref': 'b', type: 'library', name: 'ms', version: '2.1.3', purl: 'pkg:npm/ms@2.1.3' },
      ],
      dependencies: [
        { ref: 'app', dependsOn: ['a'] },
        { ref: 'a', dependsOn: ['b'] },
      ],
    };
    writeFileSync(join(dir, 'bom.json'), JSON.stringify(bom));
    return 'bom.json';
  }

  it('why shows the path through a hostile name inside its own lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-commands-'));
    const io = memoryIO(dir);
    expect(await main(['why', 'ms', hostileSbom(dir)], io)).toBe(0);
    expect(io.out()).toContain('::error::pwned');
    expect(commandLines(io.out() + io.err())).toEqual([]);
    const missing = memoryIO(dir);
    await main(['why', '::warning::nope', hostileSbom(dir)], missing);
    expect(commandLines(missing.out() + missing.err())).toEqual([]);
  });

  it('search prints hostile names from the index inside its own lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-commands-'));
    const store = `sqlite:${join(dir, 'index.db')}`;
    expect(await main(['scan', hostileSbom(dir), '--store', store, '--project', '::error::p/q', '--ref', '::notice::r'], memoryIO(dir))).toBe(0);
    const io = memoryIO(dir);
    expect(await main(['search', '--store', store], io)).toBe(0);
    expect(io.out()).toContain('::error::pwned');
    expect(commandLines(io.out() + io.err())).toEqual([]);
  });
});
