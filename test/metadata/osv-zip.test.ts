import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from '../cli/io.js';
import { sharedPath, tempDir } from './support.js';

async function run(dir: string, args: string[]) {
  const io = memoryIO(dir);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('depindex sync --source osv=', () => {
  const folder = sharedPath('fixtures/advisories/osv/crates.io');
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));

  it('an osv.dev all.zip gives the same store as the folder it was made from; a rerun duplicates nothing', async () => {
    const dir = tempDir();
    // all.zip as osv.dev serves it: one <ID>.json per record at the top level.
    const zip = join(dir, 'all.zip');
    writeFileSync(zip, zipSync(Object.fromEntries(files.map((f) => [f, readFileSync(join(folder, f))]))));
    const status = async (db: string) => JSON.parse((await run(dir, ['sync', '--status', '--json', '--store', `sqlite:${join(dir, db)}`])).out) as { counts: Record<string, number> };

    const fromZip = await run(dir, ['sync', '--source', `osv=${zip}`, '--store', `sqlite:${join(dir, 'zip.db')}`]);
    expect(fromZip.err).toBe('');
    expect(fromZip.code).toBe(0);
    expect(fromZip.out).toContain(`Evaluating data for osv:${zip} (${files.length} records)`);
    const fromFolder = await run(dir, ['sync', '--source', `osv=${folder}`, '--store', `sqlite:${join(dir, 'folder.db')}`]);
    expect(fromFolder.code).toBe(0);
    const counts = (await status('zip.db')).counts;
    expect(counts).toEqual((await status('folder.db')).counts);
    // PROVENANCE.md: 300 RustSec records.
    expect(counts.advisories).toBe(300);
    await run(dir, ['sync', '--source', `osv=${zip}`, '--store', `sqlite:${join(dir, 'zip.db')}`]);
    expect((await status('zip.db')).counts).toEqual(counts);
  });

  it('a file that is not a zip is an error naming it; a record that is not JSON is reported and skipped', async () => {
    const dir = tempDir();
    const bad = join(dir, 'all.zip');
    writeFileSync(bad, 'not a zip');
    const refused = await run(dir, ['sync', '--source', `osv=${bad}`, '--store', `sqlite:${join(dir, 'x.db')}`]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`depindex sync: ${bad} is not a readable zip`);
    const mixed = join(dir, 'mixed.zip');
    writeFileSync(mixed, zipSync({ 'RUSTSEC-2017-0004.json': readFileSync(join(folder, 'RUSTSEC-2017-0004.json')), 'broken.json': new TextEncoder().encode('{"id": ') }));
    const partly = await run(dir, ['sync', '--source', `osv=${mixed}`, '--store', `sqlite:${join(dir, 'y.db')}`]);
    expect(partly.code).toBe(0);
    expect(partly.err).toContain(`depindex sync: ${mixed}/broken.json:1: not JSON`);
    expect(partly.out).toContain('Synced 2 files, 1 records; 1 lines skipped');
  });
});
