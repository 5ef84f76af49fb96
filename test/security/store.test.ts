// The index under hostile or unusual conditions (issue 11, items 4, 9, 10): credentials in store strings, a
// store missing a table or column, an index in a folder the reader cannot write.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from '../cli/io.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sample = join(repoRoot, 'fixtures/sample');

/** A workspace holding the bundled sample's lock files, scanned once into .depindex/index.db. */
async function scannedWorkspace(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'depindex-store-'));
  cpSync(join(sample, 'package-lock.json'), join(dir, 'package-lock.json'));
  cpSync(join(sample, 'Gemfile.lock'), join(dir, 'Gemfile.lock'));
  const io = memoryIO(dir);
  expect(await main(['scan', 'package-lock.json', 'Gemfile.lock', '--project', 'acme/app', '--ref', 'main'], io)).toBe(0);
  return dir;
}

describe('passwords in store strings (item 4)', () => {
  it.each([
    ['a URL that does not parse (port out of range)', 'http://elastic:Pa55word@127.0.0.1:99999', 3],
    ['a URL whose server refuses the connection', 'http://elastic:Pa55word@127.0.0.1:1', 3],
    // Not a store string: a usage error before the scan does any work (issue 18), so no out.json either.
    ['a bare user:password@host, not a store string', 'elastic:Pa55word@es.example', 64],
    ['a password holding "@" and "/"', 'https://elastic:Pa@55/word@127.0.0.1:99999', 3],
    ['a token in the query', 'http://127.0.0.1:99999/?api_key=Pa55word', 3],
  ])('%s: the scan and search messages never show it', async (_case, store, scanExit) => {
    const dir = await scannedWorkspace();
    const scan = memoryIO(dir);
    expect(await main(['scan', 'package-lock.json', '--project', 'acme/app', '--ref', 'main', '--store', store, '--json', 'out.json'], scan)).toBe(scanExit);
    const search = memoryIO(dir);
    expect(await main(['search', 'rails', '--store', store], search)).toBe(3);
    const written = scanExit === 3 ? readFileSync(join(dir, 'out.json'), 'utf8') : '';
    const everything = scan.out() + scan.err() + search.out() + search.err() + written;
    expect(everything).toMatch(/store|Elasticsearch/);
    expect(everything).not.toMatch(/Pa55|55\/word/);
  });
});

describe('a store missing a table or column (item 9)', () => {
  it.each([
    ['a column', 'ALTER TABLE dependencies DROP COLUMN first_commit_sha', 'column dependencies.first_commit_sha'],
    ['a table', 'DROP TABLE project_namespaces', 'table project_namespaces'],
  ])('without %s: the SBOM and JSON are written, exit 3 says what is missing and what to do', async (_case, damage, missing) => {
    const dir = await scannedWorkspace();
    const db = new DatabaseSync(join(dir, '.depindex/index.db'));
    db.exec(damage);
    db.close();
    const io = memoryIO(dir);
    const code = await main(['scan', 'package-lock.json', '--project', 'acme/app', '--ref', 'main', '--sbom', 'sbom.json', '--json', 'scan.json'], io);
    expect(code).toBe(3);
    expect(JSON.parse(readFileSync(join(dir, 'sbom.json'), 'utf8'))).toMatchObject({ bomFormat: 'CycloneDX' });
    expect(JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8'))).toMatchObject({ sets: [{ file: 'package-lock.json' }] });
    expect(io.err()).toContain(`is a depindex index without ${missing}; give --store a new path (the next scan of each ref fills it), or move this file away to rebuild it in place`);
    expect(io.err()).not.toMatch(/internal error/);
  });
});

describe('an index in a folder the reader cannot write (item 10)', () => {
  /** depindex as an unprivileged user (root writes anywhere), in a child process of its own. */
  function runAsReader(cwd: string, argv: readonly string[]): { status: number | null; out: string } {
    const script = `import { main } from ${JSON.stringify(join(repoRoot, 'src/cli.ts'))};
      process.exitCode = await main(process.argv.slice(1), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: {}, cwd: process.cwd() });`;
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const [command = '', ...args] = [...asUser, process.execPath, '--import', join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs'), '--input-type=module', '-e', script, ...argv];
    const run = spawnSync(command, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    return { status: run.status, out: run.stdout + run.stderr };
  }

  it('search reads it, and a scan that cannot write says why without advising to move a healthy index away', async () => {
    const dir = await scannedWorkspace();
    expect(existsSync(join(dir, '.depindex/index.db-wal'))).toBe(false);
    chmodSync(dir, 0o555);
    chmodSync(join(dir, '.depindex'), 0o555);
    chmodSync(join(dir, '.depindex/index.db'), 0o444);
    try {
      const search = runAsReader(dir, ['search', 'sinatra', '--json']);
      expect(search.out).not.toMatch(/readonly|move/);
      expect(search.status).toBe(0);
      expect((JSON.parse(search.out) as { hits: { project: string; name: string }[] }).hits).toContainEqual(expect.objectContaining({ project: 'acme/app', name: 'sinatra' }));
      const scan = runAsReader(dir, ['scan', 'package-lock.json', '--project', 'acme/app', '--ref', 'main']);
      expect(scan.status).toBe(3);
      expect(scan.out).toMatch(/cannot be written here: make them writable, or give --store another path/);
      expect(scan.out).not.toMatch(/move (it|the file|this file) away/);
    } finally {
      execFileSync('chmod', ['-R', 'u+w', dir]);
    }
  });
});
