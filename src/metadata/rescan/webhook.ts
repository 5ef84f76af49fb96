import { err, ok, type Result } from '../../model/result.js';
import type { Notification } from './types.js';

export interface WebhookPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly timeoutMs: number;
}

const DEFAULT_POLICY: WebhookPolicy = { attempts: 5, baseDelayMs: 500, timeoutMs: 30_000 };

/** The URL as messages show it: scheme, host and path; credentials and the query (where tokens live) are left out. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
  } catch {
    return '(an invalid URL)';
  }
}

/**
 * POSTs the notifications as `{"notifications": [...]}`; retried with exponential backoff on 429, 5xx, network
 * errors and timeouts. `token` (DEPINDEX_WEBHOOK_TOKEN) goes in an Authorization header and never into a message.
 */
export async function postNotifications(url: string, notifications: readonly Notification[], token: string | undefined, policy: Partial<WebhookPolicy> = {}): Promise<Result<void>> {
  const settings = { ...DEFAULT_POLICY, ...policy };
  const shown = redactedUrl(url);
  let last = '';
  for (let attempt = 1; attempt <= settings.attempts; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ notifications }),
        signal: AbortSignal.timeout(settings.timeoutMs),
        redirect: 'error',
      });
      await response.body?.cancel();
      if (response.ok) return ok(undefined);
      last = `HTTP ${response.status}`;
      if (response.status !== 429 && response.status < 500) break;
    } catch (e) {
      last = e instanceof Error && e.name === 'TimeoutError' ? `no answer within ${settings.timeoutMs} ms` : 'the connection failed';
    }
    if (attempt < settings.attempts) await new Promise((resolve) => setTimeout(resolve, settings.baseDelayMs * 2 ** (attempt - 1)));
  }
  return err(`the webhook ${shown} did not take the notifications: ${last}`);
}
