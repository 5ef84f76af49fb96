import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { httpBucketSource, type HttpPolicy } from '../../src/metadata/sources/http-bucket.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import type { MetadataStore } from '../../src/metadata/store/types.js';
import { syncPmdbSource, type SyncReporter } from '../../src/metadata/sync/sync-pmdb.js';
import { generateAdvisories } from './generated-mirror.js';
import { tempDir } from './support.js';

/** A bucket on 127.0.0.1 whose handler answers everything; `requests` records listing pages and object names. */
interface Bucket {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

type Handler = (key: string, url: URL, res: ServerResponse, req: IncomingMessage) => void;

let open: Server[] = [];
afterEach(async () => {
  for (const server of open) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  open = [];
});

async function startBucket(handle: Handler): Promise<Bucket> {
  const bucket: Bucket = { url: '', requests: [], close: async () => {} };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = url.pathname.startsWith('/storage/') ? `list:${url.searchParams.get('pageToken') ?? ''}` : decodeURIComponent(url.pathname.slice('/pmdb/'.length));
    bucket.requests.push(key);
    handle(key, url, res, req);
  });
  open.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  bucket.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pmdb`;
  return bucket;
}

const listing = (names: string[], nextPageToken?: string): string => JSON.stringify({ kind: 'storage#objects', items: names.map((name) => ({ name })), ...(nextPageToken ? { nextPageToken } : {}) });
const quiet: SyncReporter = { file: () => {}, problem: () => {}, progress: () => {} };
const fast: Partial<HttpPolicy> = { concurrency: 2, attempts: 3, baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 2_000 };

function store(dir: string, name: string): MetadataStore {
  const s = openSqliteMetadata(join(dir, name));
  if (!s.ok) throw new Error(s.error);
  return s.value;
}

async function sync(bucket: Bucket, db: MetadataStore, policy: Partial<HttpPolicy>) {
  const source = httpBucketSource(bucket.url, { ...fast, ...policy });
  if (!source.ok) throw new Error(source.error);
  return syncPmdbSource({ dataType: 'advisories', source: source.value }, db, { registries: null, reporter: quiet }, { files: 0, records: 0, problems: 0 });
}

describe('HTTP bucket reads are bounded', () => {
  const dir = tempDir();
  const { names } = generateAdvisories(join(dir, 'mirror'), 2, 40);
  const small = readFileSync(join(dir, 'mirror', names[0]!));
  const name = names[0]!;
  const limit = small.length + 100;
  // A body several times the limit: valid advisory lines, so only the limit can refuse it.
  const large = Buffer.concat(Array.from({ length: 20 }, () => small));

  it('a chunked body without Content-Length over the limit is refused once, not ingested, and not read to its end', async () => {
    // 256 MiB offered with backpressure: a reader that buffers the whole body would take all of it.
    const offered = 256 * 1024 * 1024;
    let written = 0;
    let finished = false;
    const bucket = await startBucket((key, _url, res) => {
      if (key.startsWith('list:')) return void res.writeHead(200).end(listing([name]));
      res.writeHead(200, { 'transfer-encoding': 'chunked' });
      const pump = (): void => {
        while (written < offered && !res.destroyed) {
          const piece = large.subarray(0, 64 * 1024);
          written += piece.length;
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        if (written >= offered) res.end(() => (finished = true));
      };
      pump();
    });
    const db = store(dir, 'chunked.db');
    const done = await sync(bucket, db, { maxObjectBytes: limit });
    expect(done).toEqual({ ok: false, error: `cannot fetch ${bucket.url}/${name}: the body is over the ${limit}-byte limit` });
    expect(bucket.requests.filter((r) => r === name)).toHaveLength(1);
    expect(finished).toBe(false);
    expect(written).toBeLessThan(16 * 1024 * 1024);
    const status = await db.status();
    expect(status.ok && status.value.counts.advisories).toBe(0);
    expect(status.ok && status.value.checkpoints).toEqual([]);
    await db.close();
  });

  it('a gzip body that inflates over the limit is refused; one that inflates under it is ingested', async () => {
    const bomb = gzipSync(large);
    expect(bomb.length).toBeLessThan(limit);
    const bucket = await startBucket((key, _url, res) => {
      if (key.startsWith('list:')) return void res.writeHead(200).end(listing(names));
      const body = gzipSync(key === name ? small : large);
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(body.length) }).end(body);
    });
    const db = store(dir, 'gzip.db');
    const done = await sync(bucket, db, { maxObjectBytes: limit });
    expect(done).toEqual({ ok: false, error: `cannot fetch ${bucket.url}/${names[1]}: the body is over the ${limit}-byte limit` });
    const status = await db.status();
    // The first file (40 advisories, under the limit once inflated) is in; the second is not.
    expect(status.ok && status.value.counts.advisories).toBe(40);
    expect(status.ok && status.value.checkpoints.map((c) => c.chunk)).toEqual([1]);
    await db.close();
  });
});

describe('HTTP bucket listings end', () => {
  const dir = tempDir();

  it('a listing that repeats its page token is refused after the second page', async () => {
    const bucket = await startBucket((_key, _url, res) => void res.writeHead(200).end(listing([], 'again')));
    const db = store(dir, 'repeat.db');
    const done = await sync(bucket, db, {});
    expect(done).toEqual({ ok: false, error: `the listing of ${bucket.url} repeats a page token at page 2: not a listing that ends` });
    expect(bucket.requests).toEqual(['list:', 'list:again']);
    await db.close();
  });

  it('a listing with a new token on every page stops at the page cap', async () => {
    const bucket = await startBucket((_key, url, res) => void res.writeHead(200).end(listing([], `${Number(url.searchParams.get('pageToken') ?? 0) + 1}`)));
    const db = store(dir, 'cap.db');
    const done = await sync(bucket, db, { maxPages: 5 });
    expect(done).toEqual({ ok: false, error: `the listing of ${bucket.url} has more than 5 pages` });
    expect(bucket.requests).toHaveLength(5);
    await db.close();
  });

  it('a redirect is refused at once, never retried', async () => {
    const bucket = await startBucket((key, _url, res) => {
      if (key.startsWith('list:')) return void res.writeHead(200).end(listing(['v2/npm/1700000000/00000001.ndjson']));
      res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }).end();
    });
    const db = store(dir, 'redirect.db');
    const done = await sync(bucket, db, { attempts: 5 });
    expect(done).toEqual({ ok: false, error: `cannot fetch ${bucket.url}/v2/npm/1700000000/00000001.ndjson: HTTP 302: redirects are not followed` });
    expect(bucket.requests.filter((r) => !r.startsWith('list:'))).toHaveLength(1);
    await db.close();
  });

  it('a server that trickles forever hits the sync deadline with a "timed out" message', async () => {
    const bucket = await startBucket((key, _url, res) => {
      if (key.startsWith('list:')) return void res.writeHead(200).end(listing(['v2/npm/1700000000/00000001.ndjson']));
      // Headers, then one byte every 50 ms: never idle long enough for a per-request timeout of 2 s.
      res.writeHead(200);
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    const db = store(dir, 'deadline.db');
    const started = Date.now();
    const done = await sync(bucket, db, { deadlineMs: 1_000, timeoutMs: 60_000 });
    expect(done.ok).toBe(false);
    expect(!done.ok && done.error).toBe(`cannot fetch ${bucket.url}/v2/npm/1700000000/00000001.ndjson: timed out: the sync of ${bucket.url} did not finish within 1 s`);
    expect(Date.now() - started).toBeLessThan(5_000);
    await db.close();
  });
});
