import { printable } from '../ingest/describe-unknown.js';

/**
 * The one way depindex talks to a platform API. Every server is untrusted: each request has a timeout and the
 * whole conversation a deadline, a body is read only up to a limit, a retry waits what `Retry-After` asks (plus
 * jitter, so parallel jobs do not return together) only while the deadline allows, and an error body is
 * summarised, never dumped into the log.
 */
export interface HttpPolicy {
  /** One request, headers and body (default 30 s). */
  readonly requestTimeoutMs: number;
  /** Everything one comment update does: identity, every page, the write (default 120 s). */
  readonly deadlineMs: number;
  /** Retries of a 429, 502, 503 or 504 answer (default 2). */
  readonly retries: number;
  /** Longest wait a `Retry-After` may ask for (default 60 s). */
  readonly maxRetryWaitMs: number;
  /** Largest body read (default 16 MiB): a list page of 100 comments of 65,536 characters is under 8 MiB. */
  readonly maxBodyBytes: number;
  /** Injected in tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
  /** Injected in tests: 0..1, for the jitter. */
  readonly random?: () => number;
}

export const DEFAULT_HTTP_POLICY: HttpPolicy = {
  requestTimeoutMs: 30_000,
  deadlineMs: 120_000,
  retries: 2,
  maxRetryWaitMs: 60_000,
  maxBodyBytes: 16 * 1024 * 1024,
};

/** A failed exchange, in words for the log: `status` when the server answered. */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly detail: string,
  ) {
    super(message);
  }
}

export interface PlatformResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly json: unknown;
}

/** A conversation with one server under one deadline. */
export function platformClient(policy: HttpPolicy, where: string) {
  const doFetch = policy.fetch ?? fetch;
  const random = policy.random ?? Math.random;
  const deadline = Date.now() + policy.deadlineMs;
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

  async function once(method: string, url: string, headers: Record<string, string>, body: string | undefined): Promise<{ status: number; headers: Headers; text: string }> {
    const left = deadline - Date.now();
    if (left <= 0) throw new PlatformError(`${where} timed out: no answer within the ${seconds(policy.deadlineMs)} deadline`, null, '');
    const timeout = Math.min(policy.requestTimeoutMs, left);
    const signal = AbortSignal.timeout(timeout);
    try {
      const response = await doFetch(url, { method, headers, body, signal, redirect: 'error' });
      const text = await readLimited(response, policy.maxBodyBytes);
      return { status: response.status, headers: response.headers, text };
    } catch (e) {
      if (signal.aborted) {
        throw new PlatformError(`${where} timed out: no answer to ${method} within ${seconds(timeout)}`, null, '');
      }
      if (e instanceof PlatformError) throw e;
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new PlatformError(`cannot reach ${where}: ${printable(cause?.code ?? cause?.message ?? (e as Error).message, 200)}`, null, '');
    }
  }

  return async function request(method: string, url: string, headers: Record<string, string>, body?: object): Promise<PlatformResponse> {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const sent = body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' };
    for (let attempt = 0; ; attempt++) {
      const answer = await once(method, url, sent, text);
      if (answer.status >= 200 && answer.status < 300) {
        const json = parseJson(answer.text);
        if (json === undefined) {
          throw new PlatformError(`${where} answered ${answer.status} with ${summariseBody(answer.text)}, not the API's JSON`, answer.status, '');
        }
        return { status: answer.status, headers: answer.headers, json };
      }
      const detail = summariseBody(answer.text);
      const retryable = answer.status === 429 || answer.status === 502 || answer.status === 503 || answer.status === 504;
      if (!retryable || attempt >= policy.retries) throw new PlatformError(`${where} answered ${answer.status}`, answer.status, detail);
      const asked = retryAfterMs(answer.headers.get('retry-after')) ?? 1000 * 2 ** attempt;
      // Up to a quarter more than asked: never earlier than the server said, and not all jobs at once.
      const wait = Math.min(asked, policy.maxRetryWaitMs) * (1 + random() / 4);
      if (asked > policy.maxRetryWaitMs || Date.now() + wait >= deadline) {
        throw new PlatformError(`${where} answered ${answer.status}`, answer.status, `${detail}; it asked to retry after ${seconds(asked)}, later than depindex waits`);
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
}

/** `Retry-After`: seconds, or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PlatformError(`the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB; not read`, response.status, '');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * An error body in a few words: the API's own `message` (or GitLab's `error`), shortened; an HTML page (a proxy's
 * or an outage page) or other text only by what it is and its size.
 */
export function summariseBody(text: string): string {
  const json = parseJson(text) as { message?: unknown; error?: unknown } | undefined;
  if (json && typeof json === 'object') {
    const message = typeof json.message === 'string' ? json.message : typeof json.error === 'string' ? json.error : null;
    return message ? `"${printable(message, 200)}"` : 'a JSON body without a message';
  }
  const trimmed = text.trimStart();
  if (trimmed === '') return 'an empty body';
  if (/^<(!doctype html|html|head|body)\b/i.test(trimmed)) return `an HTML page (${text.length} characters; a proxy or an outage page?)`;
  return `a body that is not JSON (${text.length} characters)`;
}
