import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from './io.js';

// `depindex why --project --ref` answers from the graphs the index stored at the scan (issue 15), with the same
// output and exit code as `depindex why` on the file itself. Real inputs: ../shared/fixtures/external.
const external = new URL('../../../shared/fixtures/external/', import.meta.url).pathname;
const fixtures = new URL('../../fixtures/cli/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'depindex-why-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Scans name files from the repository root; CI_PROJECT_DIR pins it to the folder scanned, as on a runner, so the
// names match what `why` on the file prints (this test runs inside depindex's own git checkout).
async function run(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIO(cwd, argv[0] === 'scan' ? { CI_PROJECT_DIR: cwd } : {});
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const cases: [folder: string, file: string, packages: string[]][] = [
  ['create-react-app', 'package-lock.json', ['ms', 'debug@2.6.9', 'pkg:npm/%40babel/core', 'webpack', 'react', 'left-pad']],
  ['prettier', 'yarn.lock', ['ms', 'chalk', 'typescript']],
  ['vite', 'pnpm-lock.yaml', ['esbuild', 'rollup']],
  ['ripgrep', 'Cargo.lock', ['memchr', 'regex-syntax']],
  ['poetry', 'poetry.lock', ['urllib3', 'certifi']],
];

describe('depindex why from the index', () => {
  it.each(cases)('%s/%s: the same answer as from the file', async (folder, file, packages) => {
    const cwd = join(external, folder);
    const store = `sqlite:${join(dir, `${folder}.db`)}`;
    const scanned = await run(cwd, ['scan', file, '--project', `real/${folder}`, '--ref', 'main', '--store', store]);
    expect(scanned.code).toBe(0);
    let found = 0;
    for (const name of packages) {
      const fromFile = await run(cwd, ['why', name, file, '--max-paths', '3']);
      const fromIndex = await run('/', ['why', name, '--project', `real/${folder}`, '--ref', 'main', '--store', store, '--max-paths', '3']);
      expect(fromIndex).toEqual(fromFile);
      const oneFile = await run('/', ['why', name, '--project', `real/${folder}`, '--ref', 'main', '--file', file, '--store', store, '--max-paths', '3']);
      expect(oneFile).toEqual(fromFile);
      if (fromFile.code === 0) found++;
    }
    // Each real file holds most of the names asked, so the comparison is not between two "not found".
    expect(found).toBeGreaterThanOrEqual(packages.length - 1);
  });

  it('prints the paths a person reads in the file (written out by hand)', async () => {
    const store = `sqlite:${join(dir, 'web.db')}`;
    expect((await run(fixtures, ['scan', 'web-app.cdx.json', '--project', 'acme/web', '--ref', 'main', '--store', store])).code).toBe(0);
    const answer = await run('/', ['why', 'qs', '--project', 'acme/web', '--ref', 'main', '--store', store]);
    expect(answer).toEqual({
      code: 0,
      out: 'qs@6.11.0 in web-app.cdx.json (transitive, runtime)\n  express@4.18.2 > qs@6.11.0\n  express@4.18.2 > body-parser@1.20.1 > qs@6.11.0\n',
      err: '',
    });
    expect(await run('/', ['why', 'qs', '--project', 'acme/web', '--ref', 'nope', '--store', store])).toEqual({
      code: 1,
      out: 'not found: the index holds no dependency files of acme/web at nope\n',
      err: '',
    });
    expect((await run('/', ['why', 'qs', '--project', 'acme/web', '--ref', 'main', '--file', 'x.json', '--store', store])).out).toBe(
      'not found: the index holds no dependency file x.json of acme/web at main\n',
    );
    const missing = await run('/', ['why', 'qs', '--project', 'acme/web', '--ref', 'main', '--store', `sqlite:${join(dir, 'none.db')}`]);
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/^depindex why: no index at sqlite:/);
  });
});

describe('depindex why: what is missing, and only that (issue 18)', () => {
  it.each([
    [['why', 'qs'], 'give the dependency files to look in (depindex why qs package-lock.json), or --project and --ref to answer from the index'],
    [['why'], 'give the package to explain (a name, name@version or purl)'],
    [['why', 'qs', '--project', 'acme/web'], '--project needs --ref (the branch or tag to answer for)'],
    [['why', 'qs', '--ref', 'main'], '--ref and --file need --project'],
    [['why', 'qs', 'web-app.cdx.json', '--project', 'acme/web', '--ref', 'main'], 'give dependency files or --project, not both'],
    [['why', 'qs', 'web-app.cdx.json', '--max-paths', '0'], '--max-paths takes a whole number of at least 1, got 0'],
  ])('%j', async (argv, message) => {
    expect(await run(fixtures, argv)).toEqual({ code: 64, out: '', err: `depindex why: ${message}\nRun "depindex why --help" for usage.\n` });
  });
});
