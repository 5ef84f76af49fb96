import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { osvSource, type OsvEntry } from '../../src/metadata/sources/osv.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import { syncOsvSource } from '../../src/metadata/sync/sync-osv.js';
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

  it('a zip-bomb-like entry over the per-record limit is refused with a message; every other record is ingested', async () => {
    const dir = tempDir();
    const zip = join(dir, 'bomb.zip');
    // 64 MiB of spaces: valid JSON whitespace that deflates to ~64 KiB, four times the 16 MiB record limit.
    const bomb = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    const records = Object.fromEntries(files.map((f) => [f, readFileSync(join(folder, f))]));
    const half = files.slice(0, 150);
    writeFileSync(zip, zipSync({ ...Object.fromEntries(half.map((f) => [f, records[f]!])), 'BOMB.json': bomb, ...records }, { level: 9 }));
    const synced = await run(dir, ['sync', '--source', `osv=${zip}`, '--store', `sqlite:${join(dir, 'bomb.db')}`]);
    expect(synced.code).toBe(0);
    expect(synced.err).toBe(`depindex sync: ${zip}/BOMB.json:1: over the 16777216-byte limit of one OSV record; line skipped\n`);
    const status = JSON.parse((await run(dir, ['sync', '--status', '--json', '--store', `sqlite:${join(dir, 'bomb.db')}`])).out) as { counts: Record<string, number> };
    expect(status.counts.advisories).toBe(300);
  });

  it('an entry whose header understates its size is cut off while inflating; a zip over the total bound is refused', async () => {
    const dir = tempDir();
    const zip = join(dir, 'liar.zip');
    const one = readFileSync(join(folder, 'RUSTSEC-2017-0004.json'));
    const bytes = zipSync({ 'LIAR.json': new Uint8Array(4 * 1024 * 1024).fill(0x20), 'RUSTSEC-2017-0004.json': one });
    // The first local header (offset 0) declares the unpacked size at offset 22: claim 10 bytes.
    expect(new DataView(bytes.buffer).getUint32(0, true)).toBe(0x04034b50);
    new DataView(bytes.buffer).setUint32(22, 10, true);
    writeFileSync(zip, bytes);
    const taken: OsvEntry[] = [];
    const refused: string[] = [];
    const visit = { entry: async (e: OsvEntry) => (taken.push(e), { ok: true as const, value: undefined }), refused: (name: string, message: string) => refused.push(`${name}: ${message}`) };
    const read = await osvSource(zip, { maxRecordBytes: 1024 * 1024, maxUnpackedBytes: 64 * 1024 * 1024 }).read(visit);
    expect(read).toEqual({ ok: true, value: undefined });
    expect(refused).toEqual(['LIAR.json: over the 1048576-byte limit of one OSV record']);
    expect(taken.map((e) => e.name)).toEqual(['RUSTSEC-2017-0004.json']);
    expect(Buffer.from(taken[0]!.bytes).equals(one)).toBe(true);

    const total = join(dir, 'total.zip');
    writeFileSync(total, zipSync(Object.fromEntries(files.map((f) => [f, readFileSync(join(folder, f))]))));
    const bounded = await osvSource(total, { maxRecordBytes: 1024 * 1024, maxUnpackedBytes: 100 * 1024 }).read({ entry: async () => ({ ok: true, value: undefined }), refused: () => {} });
    expect(bounded).toEqual({ ok: false, error: `${total}: unpacks to more than 102400 bytes, over the limit of an OSV zip` });
  });

  it('records are counted only once written: a store that cannot write counts none', async () => {
    const dir = tempDir();
    const opened = openSqliteMetadata(join(dir, 'closed.db'));
    if (!opened.ok) throw new Error(opened.error);
    await opened.value.close();
    const totals = { files: 0, records: 0, problems: 0 };
    const done = await syncOsvSource(osvSource(folder), opened.value, { registries: null, reporter: { file: () => {}, problem: () => {}, progress: () => {} } }, totals);
    expect(done.ok).toBe(false);
    expect(totals.records).toBe(0);
  });
});
