// Issue 18, "Commands and messages": the CLI as a user runs it, in a child process with real pipes, so what goes
// to standard output and what to standard error is what a shell would see. Runs the sources through tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(repoRoot, 'fixtures/cli');
const child = join(repoRoot, 'test/serve/cli-process.ts');
const tsx = join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs');
const packageVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

// CI_PROJECT_DIR pins the repository root to the fixtures folder, as on a runner: files are named from the root,
// and this test runs inside depindex's own git checkout.
function depindex(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', tsx, child, ...args], {
    cwd: fixtures,
    env: { PATH: process.env.PATH ?? '', CI_PROJECT_DIR: fixtures, ...env },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Bom { bomFormat: string; components: { name: string; version: string }[] }
interface ScanJson { sets: { file: string; dependencies: { name: string; version: string }[] }[] }

describe('outputs on standard output', () => {
  it('--sbom - writes the SBOM alone to stdout, the same as the file, and the summary to stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-stdout-'));
    const run = depindex(['scan', '--no-store', '--sbom', '-', '--json', join(dir, 'scan.json'), 'web-app.cdx.json']);
    expect(run.code).toBe(0);
    const bom = JSON.parse(run.stdout) as Bom;
    expect(bom.bomFormat).toBe('CycloneDX');
    const scan = JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8')) as ScanJson;
    const listed = (scan.sets[0]?.dependencies ?? []).map((d) => `${d.name}@${d.version}`).sort();
    expect(bom.components.map((c) => `${c.name}@${c.version}`).sort()).toEqual(listed);
    expect(listed.length).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/^depindex: 1 input\(s\) read, 1 dependency file\(s\), \d+ dependencies\n/);
  });

  it('--json - writes the scan JSON to stdout', () => {
    const run = depindex(['scan', '--no-store', '--json', '-', 'web-app.cdx.json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as ScanJson).sets.map((s) => s.file)).toEqual(['web-app.cdx.json']);
    expect(run.stderr).toContain('set web-app.cdx.json [cyclonedx]');
  });

  it('without "-", the summary stays on stdout', () => {
    const run = depindex(['scan', '--no-store', 'web-app.cdx.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^depindex: 1 input\(s\) read/);
    expect(run.stderr).toBe('');
  });

  it('refuses two outputs on stdout as a usage error', () => {
    const run = depindex(['scan', '--no-store', '--json', '-', '--sbom', '-', 'web-app.cdx.json']);
    expect(run.code).toBe(64);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('depindex scan: one output at most can go to standard output ("-"), got --sbom - and --json -');
  });
});

describe('depindex version alone', () => {
  it('prints the version, as --version does', () => {
    const alone = depindex(['version']);
    expect(alone).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });
    expect(depindex(['--version']).stdout).toBe(alone.stdout);
  });
});

describe('--store that names no store', () => {
  it.each([
    [['--store', 'foo'], 'depindex scan: --store "foo" is not a store'],
    [['--store', 'sqlite:'], 'depindex scan: --store sqlite: needs a path'],
  ])('%j is a usage error (64) before any work: nothing is written', (flags, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-store-'));
    const run = depindex(['scan', ...flags, '--sbom', join(dir, 'sbom.json'), 'web-app.cdx.json']);
    expect(run.code).toBe(64);
    expect(run.stderr.split('\n')[0]).toContain(message);
    expect(run.stdout).toBe('');
    expect(existsSync(join(dir, 'sbom.json'))).toBe(false);
  });

  it('also when it comes from DEPINDEX_STORE, with the credentials in it redacted', () => {
    const run = depindex(['scan', 'web-app.cdx.json'], { DEPINDEX_STORE: 'postgres://admin:hunter2@db/x' });
    expect(run.code).toBe(64);
    expect(run.stderr).toMatch(/^depindex scan: DEPINDEX_STORE: --store ".*\*\*\*@db\/x" is not a store/);
    expect(run.stderr).not.toContain('hunter2');
  });
});

describe('options that cannot take effect say so', () => {
  it('--target-ref with --no-store, and --comment always outside CI: a warning each on stderr, the scan still runs', () => {
    const run = depindex(['scan', '--no-store', '--target-ref', 'main', '--comment', 'always', 'web-app.cdx.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^depindex: 1 input\(s\) read/);
    expect(run.stderr).toBe(
      'warning: --target-ref main has no effect with --no-store: there is no index to compare with (--base FILE compares with files)\n' +
        'warning: --comment always has no effect outside CI: there is no merge or pull request to comment on\n',
    );
  });

  it('says nothing when the options do take effect', () => {
    const run = depindex(['scan', '--no-store', '--base', 'base/web-app.cdx.json', '--comment', 'never', 'web-app.cdx.json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});
