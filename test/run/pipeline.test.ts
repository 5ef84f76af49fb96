import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from '../cli/io.js';

const lock = new URL('../../../shared/fixtures/external/create-react-app/package-lock.json', import.meta.url).pathname;
const DENY = 'dependencies:\n  deny:\n    - purl: pkg:npm/react-dom\n      reason: "<img src=x> | @team"\n';

function workspace(config = DENY): string {
  const dir = mkdtempSync(join(tmpdir(), 'depindex-pipeline-'));
  writeFileSync(join(dir, '.depindex.yml'), config);
  writeFileSync(join(dir, 'package-lock.json'), readFileSync(lock));
  // The base of a change: the same lock without react-dom, so every react-dom finding is new in the change.
  const base = JSON.parse(readFileSync(lock, 'utf8')) as { packages: Record<string, unknown> };
  for (const key of Object.keys(base.packages)) if (key.endsWith('node_modules/react-dom')) delete base.packages[key];
  writeFileSync(join(dir, 'base-lock.json'), JSON.stringify(base));
  return dir;
}

const OUTPUTS = ['--sbom', 'sbom.json', '--json', 'deps.json', '--findings', 'findings.json', '--gitlab-report', 'gl.json', '--sarif', 'out.sarif'];

describe('the pipeline: verdict to exit code', () => {
  it('a failing verdict exits 1 after every output is written', async () => {
    const dir = workspace();
    const io = memoryIO(dir);
    const code = await main(['scan', 'package-lock.json', '--no-store', ...OUTPUTS, '--base', 'base-lock.json', '--comment-md', 'comment.md'], io);
    expect(code).toBe(1);
    for (const file of ['sbom.json', 'deps.json', 'findings.json', 'gl.json', 'out.sarif', 'comment.md']) expect(existsSync(join(dir, file)), file).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'findings.json'), 'utf8')).verdict).toBe('fail');
    expect(io.out()).toMatch(/^verdict: fail \(\d+ findings/m);
  });

  it('the comment gets a findings section, escaped', async () => {
    const dir = workspace('only-new: false\n' + DENY);
    await main(['scan', 'package-lock.json', '--no-store', '--base', 'package-lock.json', '--comment-md', 'comment.md'], memoryIO(dir));
    const comment = readFileSync(join(dir, 'comment.md'), 'utf8');
    expect(comment).toContain('No dependency changes');
    expect(comment).toContain('### depindex findings: ❌ fail');
    // Existing findings are counted, not listed (only new ones are).
    expect(comment).toMatch(/0 new, \d+ existing, 0 suppressed/);
  });

  it('new findings are listed in the comment, grouped by the introduced dependency, and escaped', async () => {
    const dir = workspace();
    const code = await main(['scan', 'package-lock.json', '--no-store', '--base', 'base-lock.json', '--comment-md', 'comment.md'], memoryIO(dir));
    expect(code).toBe(1);
    const comment = readFileSync(join(dir, 'comment.md'), 'utf8');
    expect(comment).toMatch(/#### via /);
    expect(comment).toContain('react\\-dom');
    expect(comment).not.toContain('<img');
    expect(comment).toContain('&lt;img src=x&gt; \\| @\u2060team');
  });

  it('an unreadable input (2) wins over a failing verdict (1); an unwritable output (3) over both', async () => {
    const dir = workspace();
    expect(await main(['scan', 'package-lock.json', 'missing-*.json', '--no-store'], memoryIO(dir))).toBe(2);
    expect(await main(['scan', 'package-lock.json', 'missing-*.json', '--no-store', '--findings', 'package-lock.json/x.json'], memoryIO(dir))).toBe(3);
  });

  it('mode: warn reports the same findings and exits 0', async () => {
    const dir = workspace('mode: warn\n' + DENY);
    expect(await main(['scan', 'package-lock.json', '--no-store', '--findings', 'f.json'], memoryIO(dir))).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'f.json'), 'utf8')) as { verdict: string; findings: unknown[] };
    expect(json.verdict).toBe('warn');
    expect(json.findings.length).toBeGreaterThan(0);
  });

  it('a store missing a table still gets the SBOM and JSON written, and exits 3 naming the index', async () => {
    const dir = workspace('');
    const args = ['scan', 'package-lock.json', '--store', 'sqlite:index.db', '--project', 'g/p', '--ref', 'main'];
    expect(await main(args, memoryIO(dir))).toBe(0);
    const db = new DatabaseSync(join(dir, 'index.db'));
    db.exec('DROP TABLE dependencies');
    db.close();
    const io = memoryIO(dir);
    const code = await main([...args, '--sbom', 'sbom.json', '--json', 'deps.json'], io);
    expect(code).toBe(3);
    expect(existsSync(join(dir, 'sbom.json'))).toBe(true);
    expect(existsSync(join(dir, 'deps.json'))).toBe(true);
    expect(io.err()).toMatch(/^error: .*index\.db is a depindex index without table dependencies/m);
  });

  it('DEPINDEX_STORE is honoured by scan, as by search', async () => {
    const dir = workspace('');
    expect(await main(['scan', 'package-lock.json', '--project', 'g/p', '--ref', 'main'], memoryIO(dir, { DEPINDEX_STORE: 'sqlite:other.db' }))).toBe(0);
    expect(existsSync(join(dir, 'other.db'))).toBe(true);
    expect(existsSync(join(dir, '.depindex'))).toBe(false);
  });
});
