import { createHash } from 'node:crypto';
import { err, ok, type Result } from '../../model/result.js';
import { isObject, text } from '../records/json-fields.js';
import { OverLimit, readBounded } from './bounded-body.js';
import { MAX_OBJECT_BYTES, printable, type ObjectSource } from './source.js';

export interface HttpPolicy {
  /** Requests in flight at once. */
  readonly concurrency: number;
  /** Attempts per request, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly timeoutMs: number;
  /** The whole listing: a server that pages forever is cut off (GCS pages hold up to 1,000 names). */
  readonly maxPages: number;
  /** The whole sync of this bucket, from its listing to its last object: past it every request stops. */
  readonly deadlineMs: number;
  /** Largest object read; one byte more and the read stops. */
  readonly maxObjectBytes: number;
  /** Largest listing page read. */
  readonly maxPageBytes: number;
}

export const DEFAULT_HTTP_POLICY: HttpPolicy = {
  concurrency: 4,
  attempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  timeoutMs: 60_000,
  maxPages: 2_000,
  deadlineMs: 4 * 60 * 60 * 1000,
  maxObjectBytes: MAX_OBJECT_BYTES,
  maxPageBytes: 8 * 1024 * 1024,
};

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
class TimedOut extends Error {}

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
  // Set by the listing: a server that answers slowly forever cannot hold a sync (or a CI job) open.
  let deadlineAt = Number.POSITIVE_INFINITY;
  const timedOut = (): TimedOut => new TimedOut(`timed out: the sync of ${label} did not finish within ${Math.round(settings.deadlineMs / 1000)} s`);

  async function request(target: string, maxBytes: number, expected: Listed | null): Promise<Result<Uint8Array>> {
    let lastError = '';
    for (let attempt = 1; attempt <= settings.attempts; attempt++) {
      let retryAfterMs: number | null = null;
      try {
        const body = await limit(async () => {
          const remaining = deadlineAt - Date.now();
          if (remaining <= 0) throw timedOut();
          const signal = AbortSignal.timeout(Math.min(settings.timeoutMs, remaining));
          // 'manual': a redirect is answered as a 3xx response (refused below, permanently) instead of a TypeError
          // that looks like a network failure and would be retried.
          const response = await fetch(target, { signal, redirect: 'manual' }).catch((e: unknown) => {
            throw remaining < settings.timeoutMs && e instanceof Error && e.name === 'TimeoutError' ? timedOut() : e;
          });
          if (response.status >= 300 && response.status < 400) {
            await response.body?.cancel();
            throw new Error(`HTTP ${response.status}: redirects are not followed`);
          }
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
          if (declared > maxBytes) {
            await response.body?.cancel();
            throw new OverLimit(`the body is ${declared} bytes, over the ${maxBytes}-byte limit`);
          }
          const bytes = await readBounded(response.body, maxBytes).catch((e: unknown) => {
            throw remaining < settings.timeoutMs && e instanceof Error && e.name === 'TimeoutError' ? timedOut() : e;
          });
          // With a content-encoding, fetch inflates the body: the declared length, the listed size and MD5 are
          // those of the encoded bytes (GCS transcoding), and gzip's own CRC checks the body instead.
          const encoded = (response.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
          if (!encoded) {
            if (Number.isFinite(declared) && bytes.length !== declared) throw new Retryable(`short body (${bytes.length} of ${declared} bytes)`);
            if (expected?.size != null && bytes.length !== expected.size) throw new Retryable(`short body (${bytes.length} of ${expected.size} bytes listed)`);
            if (expected?.md5 && createHash('md5').update(bytes).digest('base64') !== expected.md5) throw new Retryable('body does not match the listed MD5');
          }
          return bytes;
        });
        return ok(body);
      } catch (e) {
        if (e instanceof TimedOut) return err(`cannot fetch ${printable(target)}: ${e.message}`);
        // A TypeError is how fetch reports a network failure (reset, refused); redirects never get here ('manual').
        const retryable = !(e instanceof OverLimit) && (e instanceof Retryable || (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError' || e.name === 'TypeError')));
        lastError = e instanceof Error ? (e.name === 'TimeoutError' ? `no answer within ${settings.timeoutMs} ms` : e.message) : String(e);
        if (!retryable) break;
        if (attempt < settings.attempts) {
          const backoff = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
          const wait = Math.min(settings.maxDelayMs, retryAfterMs ?? backoff * (0.5 + Math.random() / 2));
          if (Date.now() + wait >= deadlineAt) return err(`cannot fetch ${printable(target)}: ${timedOut().message} (last error: ${lastError})`);
          await sleep(wait);
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
      const tokens = new Set<string>();
      deadlineAt = Date.now() + settings.deadlineMs;
      for (let page = 0; page < settings.maxPages; page++) {
        const target = new URL(`${origin}/storage/v1/b/${encodeURIComponent(bucket)}/o`);
        target.searchParams.set('prefix', '');
        if (pageToken) target.searchParams.set('pageToken', pageToken);
        const body = await request(target.href, settings.maxPageBytes, null);
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
        // Each page must move on: a token seen before would page the same listing forever.
        if (tokens.has(pageToken)) return err(`the listing of ${label} repeats a page token at page ${page + 1}: not a listing that ends`);
        tokens.add(pageToken);
      }
      return err(`the listing of ${label} has more than ${settings.maxPages} pages`);
    },
    async read(name) {
      const target = `${origin}/${encodeURIComponent(bucket)}/${name.split('/').map(encodeURIComponent).join('/')}`;
      return request(target, settings.maxObjectBytes, listed.get(name) ?? null);
    },
  });
}
