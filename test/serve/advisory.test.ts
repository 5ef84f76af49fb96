import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCommand } from '../../src/cli/search.js';
import { hasSyncedMetadata } from '../../src/metadata/store/open.js';
import { openSyncedMetadata } from '../../src/metadata/store/synced.js';
import { lazyMetadata, type MetadataSource } from '../../src/serve/metadata-source.js';
import type { Store } from '../../src/store/store.js';
import { memoryIO } from '../cli/io.js';
import { AFFECTED, laravelIndex, syncAdvisories } from './advisory-fixture.js';
import { getJson, openReadOnly, startServer, type Running } from './harness.js';

/** `advisory=` over real data: the Laravel SBOM with the PMDB mirror and real OSV records synced (advisory-fixture.ts). */
let index: { dir: string; path: string; spec: string };
let store: Store;
let metadata: MetadataSource;
let server: Running;
const opened: { close(): Promise<void> }[] = [];
beforeAll(async () => {
  index = await laravelIndex();
  store = openReadOnly(index.path);
  metadata = lazyMetadata(() => openSyncedMetadata(index.spec, { cwd: index.dir, env: {} }));
  server = await startServer(store, { metadata });
}, 60_000);
afterAll(async () => {
  await server.close();
  await metadata.close();
  await store.close();
  for (const o of opened.reverse()) await o.close();
});

type Hits = { total: number; limit: number; offset: number; hits: { project: string; ref: string; name: string; version: string }[]; byProject: unknown[] };
const api = (target: string) => getJson(`${server.base}/api/v1/${target}`);
const lines = (body: unknown) => (body as Hits).hits.map((h) => `${h.project} ${h.ref} ${h.name}@${h.version}`);

async function cliJson(args: string[]): Promise<{ total: number; hits: unknown[] }> {
  const io = memoryIO(index.dir, {});
  const code = await searchCommand.run([...args, '--store', index.spec, '--json'], io);
  if (code !== 0) throw new Error(io.err());
  return JSON.parse(io.out()) as { total: number; hits: unknown[] };
}

describe('GET /api/v1/dependencies?advisory=', () => {
  it('lists the dependencies the advisory affects, the same JSON `depindex search --advisory --json` prints', async () => {
    const { status, body } = await api('dependencies?advisory=CVE-2023-29197&introduced-by=true');
    expect(status).toBe(200);
    expect(lines(body)).toEqual(AFFECTED);
    expect(body).toMatchObject({ total: 2, limit: 50, offset: 0, byProject: [{ project: 'acme/blog', count: 1 }, { project: 'acme/shop', count: 1 }] });
    const cli = await cliJson(['--advisory', 'CVE-2023-29197']);
    // The whole answer, counts by project and page included, as `search --json` writes it.
    expect(body).toEqual(cli);
    // Field for field in the same order: the API writes from its schema, the CLI through hitJson.
    expect(JSON.stringify((body as Hits).hits)).toBe(JSON.stringify(cli.hits));
  });

  it.each([
    ['GHSA-wxmh-65f7-jcvw', AFFECTED], // the alias both records carry
    ['cve-2023-29197', AFFECTED], // case-insensitive
    ['0c3e2f4a-8d1b-4d6e-9f6a-2b7c1e5d9a01', AFFECTED], // the PMDB advisory's own id
  ])('finds %s by id or alias', async (id, expected) => {
    expect(lines((await api(`dependencies?advisory=${encodeURIComponent(id)}`)).body)).toEqual(expected);
  });

  it('applies the scope parameters and pages, as the CLI does with the same flags', async () => {
    const scoped = await api('dependencies?advisory=CVE-2023-29197&default-branch=true&introduced-by=true');
    expect(lines(scoped.body)).toEqual(['acme/shop main guzzlehttp/psr7@1.9.0']);
    expect((scoped.body as Hits).hits).toEqual((await cliJson(['--advisory', 'CVE-2023-29197', '--default-branch'])).hits);
    expect(lines((await api('dependencies?advisory=CVE-2023-29197&project=acme%2Fblog&ref=old&type=composer&file=bom.json')).body)).toEqual([AFFECTED[0]]);
    expect(lines((await api('dependencies?advisory=CVE-2023-29197&group=nobody')).body)).toEqual([]);
    const page = await api('dependencies?advisory=CVE-2023-29197&limit=1&offset=1&introduced-by=true');
    expect([(page.body as Hits).total, (page.body as Hits).limit, (page.body as Hits).offset, lines(page.body)]).toEqual([2, 1, 1, [AFFECTED[1]]]);
    expect((page.body as Hits).hits).toEqual((await cliJson(['--advisory', 'CVE-2023-29197', '--limit', '1', '--offset', '1'])).hits);
  });

  it.each([
    ['advisory=CVE-2023-29197&name=guzzlehttp%2Fpsr7', 'name'],
    ['advisory=CVE-2023-29197&type=composer&version=1.9.0', 'version'],
    ['advisory=CVE-2023-29197&type=composer&range=%3C2', 'range'],
    ['advisory=', 'advisory'],
    ['advisory=%20%20', 'advisory'],
    ['advisory=a&advisory=b', 'advisory'],
    [`advisory=${'X'.repeat(300)}`, 'advisory'],
    ['advisory=CVE-2023-29197&limit=0', 'limit'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const { status, body } = await api(`dependencies?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'bad_parameter', parameter } });
    expect((body as { error: { message: string } }).error.message).toContain(`parameter ${parameter}`);
  });

  it('answers 404 for an advisory the metadata does not hold, naming it and no path of the server', async () => {
    const { status, body } = await api('dependencies?advisory=CVE-1999-0000');
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'not_found', message: 'no advisory "CVE-1999-0000" in the synced package metadata (by id or alias)' } });
  });

  it('answers within the request deadline: all the searches of one advisory share it', async () => {
    // Each index search takes 150 ms: a name search (one call) fits in 250 ms; the advisory's searches (one per
    // affected package: the PMDB line's and the OSV record's two) do not.
    const slow: Store = { ...store, search: (q) => new Promise((done) => setTimeout(() => done(store.search(q)), 150)) };
    const timed = await startServer(slow, { metadata, requestTimeoutMs: 250 });
    opened.push(timed);
    expect((await getJson(`${timed.base}/api/v1/dependencies?name=guzzlehttp/psr7`)).status).toBe(200);
    const late = await getJson(`${timed.base}/api/v1/dependencies?advisory=CVE-2023-29197`);
    expect([late.status, late.body]).toMatchObject([503, { error: { code: 'timeout' } }]);
  });

  it('answers 503 without details when the metadata cannot be read, and logs why', async () => {
    const broken = lazyMetadata(async () => ({ ok: false, error: 'cannot open package metadata in sqlite:/srv/secret/index.db: disk I/O error' }));
    const failing = await startServer(store, { metadata: broken });
    opened.push(failing);
    const { status, body } = await getJson(`${failing.base}/api/v1/dependencies?advisory=CVE-2023-29197`);
    expect([status, body]).toEqual([503, { error: { code: 'store_unavailable', message: 'the index is unavailable; the server log has the details' } }]);
    expect(failing.lines.some((l) => l.includes('store error: cannot open package metadata in sqlite:/srv/secret/index.db'))).toBe(true);
  });
});

describe('a server started before the first sync', () => {
  it('answers 409 not_synced without writing to the index, then finds the advisory once `depindex sync` ran', async () => {
    const fresh = await laravelIndex(false);
    const freshStore = openReadOnly(fresh.path);
    const source = lazyMetadata(() => openSyncedMetadata(fresh.spec, { cwd: fresh.dir, env: {} }));
    const running = await startServer(freshStore, { metadata: source });
    opened.push(freshStore, source, running);
    const before = await getJson(`${running.base}/api/v1/dependencies?advisory=CVE-2023-29197`);
    expect([before.status, (before.body as { error: { code: string } }).error.code]).toEqual([409, 'not_synced']);
    // Asking opened nothing for writing: the index still has no metadata tables.
    expect(hasSyncedMetadata(fresh.path)).toBe(false);
    // The name search works as before, without metadata.
    expect((await getJson(`${running.base}/api/v1/dependencies?name=guzzlehttp/psr7`)).status).toBe(200);

    await syncAdvisories(fresh.spec, fresh.dir);
    const after = await getJson(`${running.base}/api/v1/dependencies?advisory=CVE-2023-29197`);
    expect(after.status).toBe(200);
    expect(lines(after.body)).toEqual(AFFECTED);
  }, 60_000);
});
