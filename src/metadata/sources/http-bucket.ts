import { createHash } from 'node:crypto';
import { err, ok, type Result } from '../../model/result.js';
import { isObject, text } from '../records/json-fields.js';
import { MAX_OBJECT_BYTES, printable, type ObjectSource } from './source.js';

export interface HttpPolicy {
  /** Requests in flight at once. */
  readonly concurrency: number;
  /** Attempts per request, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly timeoutMs: number;
  /** The whole listing: a server that pages forever is cut off. */
  readonly maxPages: number;
}

export const DEFAULT_HTTP_POLICY: HttpPolicy = { concurrency: 4, attempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, timeoutMs: 60_000, maxPages: 10_000 };

const MAX_LISTING_PAGE_BYTES = 32 * 1024 * 1024;

interface Listed {
  readonly size: number | null;
  readonly md5: string | null;
}

/** Waits for a free slot; bounds the requests in flight however many reads the sync starts. */
function limiter(concurrency: number): <T>(run: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (run) => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await run();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

class Retryable extends Error {}

/**
 * An anonymous bucket with the GCS JSON API: listing at `<origin>/storage/v1/b/<bucket>/o?prefix=&pageToken=`,
 * objects at `<origin>/<bucket>/<name>`. Every request has a timeout and is retried with exponential backoff
 * (and jitter, honouring Retry-After) on 429, 5xx, network errors and short bodies. A body is checked against
 * its Content-Length and the listing's size and MD5 before it is handed over, so no partial file is ingested.
 */
export function httpBucketSource(url: string, policy: Partial<HttpPolicy> = {}): Result<ObjectSource> {
  const settings: HttpPolicy = { ...DEFAULT_HTTP_POLICY, ...policy };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return err(`--source ${printable(url)} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return err(`--source ${printable(url)}: only http(s) buckets are read`);
  if (parsed.username || parsed.password) return err('--source: a bucket URL must not carry credentials (buckets are read anonymously)');
  const bucket = parsed.pathname.split('/').filter((p) => p !== '')[0];
  if (!bucket) return err(`--source ${parsed.origin}: name the bucket, e.g. ${parsed.origin}/<bucket>`);
  const origin = parsed.origin;
  const label = `${origin}/${bucket}`;
  const limit = limiter(settings.concurrency);
  const listed = new Map<string, Listed>();

  async function request(target: string, maxBytes: number, expected: Listed | null): Promise<Result<Uint8Array>> {
    let lastError = '';
    for (let attempt = 1; attempt <= settings.attempts; attempt++) {
      let retryAfterMs: number | null = null;
      try {
        const body = await limit(async () => {
          const response = await fetch(target, { signal: AbortSignal.timeout(settings.timeoutMs), redirect: 'error' });
          if (response.status === 429 || response.status >= 500) {
            const after = Number(response.headers.get('retry-after'));
            if (Number.isFinite(after) && after >= 0) retryAfterMs = after * 1000;
            await response.body?.cancel();
            throw new Retryable(`HTTP ${response.status}`);
          }
          if (!response.ok) {
            await response.body?.cancel();
            throw new Error(`HTTP ${response.status}`);
          }
          const declared = Number(response.headers.get('content-length') ?? NaN);
          if (declared > maxBytes) throw new Error(`the body is ${declared} bytes, over the ${maxBytes}-byte limit`);
          const bytes = new Uint8Array(await response.arrayBuffer());
          if (bytes.length > maxBytes) throw new Error(`the body is over the ${maxBytes}-byte limit`);
          if (Number.isFinite(declared) && bytes.length !== declared) throw new Retryable(`short body (${bytes.length} of ${declared} bytes)`);
          if (expected?.size != null && bytes.length !== expected.size) throw new Retryable(`short body (${bytes.length} of ${expected.size} bytes listed)`);
          if (expected?.md5 && createHash('md5').update(bytes).digest('base64') !== expected.md5) throw new Retryable('body does not match the listed MD5');
          return bytes;
        });
        return ok(body);
      } catch (e) {
        const retryable = e instanceof Retryable || (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError' || e.name === 'TypeError'));
        lastError = e instanceof Error ? (e.name === 'TimeoutError' ? `no answer within ${settings.timeoutMs} ms` : e.message) : String(e);
        if (!retryable) break;
        if (attempt < settings.attempts) {
          const backoff = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
          await sleep(Math.min(settings.maxDelayMs, retryAfterMs ?? backoff * (0.5 + Math.random() / 2)));
        }
      }
    }
    return err(`cannot fetch ${printable(target)}: ${lastError}`);
  }

  return ok({
    label,
    async list() {
      const names: string[] = [];
      let pageToken: string | null = null;
      for (let page = 0; page < settings.maxPages; page++) {
        const target = new URL(`${origin}/storage/v1/b/${encodeURIComponent(bucket)}/o`);
        target.searchParams.set('prefix', '');
        if (pageToken) target.searchParams.set('pageToken', pageToken);
        const body = await request(target.href, MAX_LISTING_PAGE_BYTES, null);
        if (!body.ok) return body;
        let json: unknown;
        try {
          json = JSON.parse(new TextDecoder().decode(body.value));
        } catch {
          return err(`the listing of ${label} (page ${page + 1}) is not JSON`);
        }
        if (!isObject(json)) return err(`the listing of ${label} (page ${page + 1}) is not a JSON object`);
        for (const item of Array.isArray(json['items']) ? json['items'] : []) {
          if (!isObject(item)) continue;
          const name = text(item, 'name');
          if (!name) continue;
          const size = Number(item['size']);
          listed.set(name, { size: Number.isSafeInteger(size) ? size : null, md5: text(item, 'md5Hash') });
          names.push(name);
        }
        pageToken = text(json, 'nextPageToken');
        if (!pageToken) return ok(names);
      }
      return err(`the listing of ${label} has more than ${settings.maxPages} pages`);
    },
    async read(name) {
      const target = `${origin}/${encodeURIComponent(bucket)}/${name.split('/').map(encodeURIComponent).join('/')}`;
      return request(target, MAX_OBJECT_BYTES, listed.get(name) ?? null);
    },
  });
}
