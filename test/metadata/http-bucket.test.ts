import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { folderSource } from '../../src/metadata/sources/folder.js';
import { httpBucketSource } from '../../src/metadata/sources/http-bucket.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import type { MetadataStore } from '../../src/metadata/store/types.js';
import { syncPmdbSource, type SyncReporter } from '../../src/metadata/sync/sync-pmdb.js';
import { memoryIO } from '../cli/io.js';
import { generateAdvisories } from './generated-mirror.js';
import { tempDir } from './support.js';

type Misbehaviour = 'none' | '503' | '429' | 'cut' | 'short' | 'slow' | 'always-500';

interface Bucket {
  url: string;
  requests: string[];
  maxInFlight: number;
  close(): Promise<void>;
}

/**
 * A GCS-shaped bucket on 127.0.0.1: pages its listing two names at a time and misbehaves on the first request
 * for chosen paths (or every request, for 'always-500').
 */
async function startBucket(root: string, names: string[], plan: Record<string, Misbehaviour>): Promise<Bucket> {
  const seen = new Map<string, number>();
  let inFlight = 0;
  const bucket: Bucket = { url: '', requests: [], maxInFlight: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    inFlight++;
    bucket.maxInFlight = Math.max(bucket.maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const url = new URL(req.url ?? '/', 'http://x');
    const key = url.pathname.startsWith('/storage/') ? `list:${url.searchParams.get('pageToken') ?? ''}` : decodeURIComponent(url.pathname.slice('/pmdb/'.length));
    bucket.requests.push(key);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    const behaviour = plan[key] === 'always-500' || count === 1 ? (plan[key] ?? 'none') : 'none';
    let body: Buffer;
    if (key.startsWith('list:')) {
      const start = Number(url.searchParams.get('pageToken') ?? '0');
      const page = names.slice(start, start + 2).map((name) => {
        const bytes = readFileSync(join(root, name));
        return { kind: 'storage#object', name, size: String(bytes.length), md5Hash: createHash('md5').update(bytes).digest('base64') };
      });
      body = Buffer.from(JSON.stringify({ kind: 'storage#objects', items: page, ...(start + 2 < names.length ? { nextPageToken: String(start + 2) } : {}) }));
    } else if (names.includes(key)) {
      body = readFileSync(join(root, key));
    } else {
      res.writeHead(404).end();
      return;
    }
    switch (behaviour) {
      case '503':
      case 'always-500':
        res.writeHead(behaviour === '503' ? 503 : 500).end('try later');
        return;
      case '429':
        res.writeHead(429, { 'retry-after': '0' }).end();
        return;
      case 'cut':
        res.writeHead(200, { 'content-length': String(body.length) });
        res.write(body.subarray(0, body.length >> 1), () => res.destroy());
        return;
      case 'short':
        res.writeHead(200, { 'content-length': String(body.length >> 1) }).end(body.subarray(0, body.length >> 1));
        return;
      case 'slow':
        setTimeout(() => res.writeHead(200).end(body), 1_000);
        return;
      default:
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  bucket.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pmdb`;
  bucket.close = () => new Promise((resolve) => server.close(() => resolve()));
  return bucket;
}

const quiet: SyncReporter = { file: () => {}, problem: () => {}, progress: () => {} };
const open = (path: string): MetadataStore => {
  const s = openSqliteMetadata(path);
  if (!s.ok) throw new Error(s.error);
  return s.value;
};

let bucket: Bucket | null = null;
afterEach(async () => {
  await bucket?.close();
  bucket = null;
});

describe('HTTP bucket (GCS JSON API) on 127.0.0.1', () => {
  const dir = tempDir();
  const root = join(dir, 'advisories');
  const { names } = generateAdvisories(root, 8, 60);

  it('pages the listing, retries 503/429/timeouts/cut and short bodies, keeps concurrency bounded: same rows as the folder', async () => {
    bucket = await startBucket(root, names, { 'list:2': '503', [names[0]!]: '429', [names[1]!]: 'cut', [names[2]!]: 'short', [names[3]!]: 'slow', [names[5]!]: '503' });
    const source = httpBucketSource(bucket.url, { concurrency: 2, baseDelayMs: 5, maxDelayMs: 50, timeoutMs: 300 });
    if (!source.ok) throw new Error(source.error);
    const viaHttp = open(join(dir, 'http.db'));
    const totals = { files: 0, records: 0, problems: 0 };
    const done = await syncPmdbSource({ dataType: 'advisories', source: source.value }, viaHttp, { registries: null, prefetch: 4, reporter: quiet }, totals);
    expect(done).toEqual({ ok: true, value: undefined });
    expect(totals.files).toBe(8);
    // Four listing pages (one retried) and every object fetched again after its failure.
    expect(bucket.requests.filter((r) => r.startsWith('list:'))).toEqual(['list:', 'list:2', 'list:2', 'list:4', 'list:6']);
    // A connection reset by the cut body can cost a request sharing its socket one more attempt.
    for (const i of [0, 1, 2, 3, 5]) expect(bucket.requests.filter((r) => r === names[i]).length).toBeGreaterThanOrEqual(2);
    expect(bucket.maxInFlight).toBeLessThanOrEqual(2);

    const viaFolder = open(join(dir, 'folder.db'));
    await syncPmdbSource({ dataType: 'advisories', source: folderSource(root) }, viaFolder, { registries: null, reporter: quiet }, { files: 0, records: 0, problems: 0 });
    const a = await viaHttp.status();
    const b = await viaFolder.status();
    expect(a.ok && a.value).toEqual(b.ok && b.value);
    await viaHttp.close();
    await viaFolder.close();
  }, 60_000);

  it('a file that keeps failing stops the sync after the files before it; nothing of it is written', async () => {
    bucket = await startBucket(root, names, { [names[4]!]: 'always-500' });
    const source = httpBucketSource(bucket.url, { concurrency: 2, attempts: 3, baseDelayMs: 5, maxDelayMs: 20 });
    if (!source.ok) throw new Error(source.error);
    const store = open(join(dir, 'failing.db'));
    const done = await syncPmdbSource({ dataType: 'advisories', source: source.value }, store, { registries: null, prefetch: 2, reporter: quiet }, { files: 0, records: 0, problems: 0 });
    expect(done.ok).toBe(false);
    expect(!done.ok && done.error).toBe(`cannot fetch ${bucket.url}/${names[4]}: HTTP 500`);
    expect(bucket.requests.filter((r) => r === names[4])).toHaveLength(3);
    const checkpoints = await store.checkpoints();
    // names are in (sequence, chunk) order: the checkpoint is the file before the failing one.
    const before = names[3]!.split('/');
    expect(checkpoints.ok && checkpoints.value.map((c) => `${c.sequence}/${String(c.chunk).padStart(8, '0')}.ndjson`)).toEqual([`${before[2]}/${before[3]}`]);
    await store.close();
  }, 60_000);

  it('depindex sync --source advisories=URL, then --status --json', async () => {
    bucket = await startBucket(root, names, {});
    const io = memoryIO(dir);
    const store = `sqlite:${join(dir, 'cli.db')}`;
    expect(await main(['sync', '--source', `advisories=${bucket.url}`, '--registry', 'npm', '--store', store], io)).toBe(0);
    expect(io.out()).toContain(`Evaluating data for advisories:${bucket.url}/${names[0]}\n`);
    const status = memoryIO(dir);
    expect(await main(['sync', '--status', '--json', '--store', store], status)).toBe(0);
    const json = JSON.parse(status.out()) as { counts: { advisories: number } };
    expect(json.counts.advisories).toBe(60 + 7 * 40);
  });

  it('refuses a bucket URL with credentials, without printing them', async () => {
    const io = memoryIO(dir);
    expect(await main(['sync', '--source', 'advisories=https://user:s3cret@127.0.0.1/pmdb'], io)).toBe(64);
    expect(io.err()).toContain('must not carry credentials');
    expect(io.err()).not.toContain('s3cret');
  });
});
