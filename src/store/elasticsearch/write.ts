import type { Client, estypes } from '@elastic/elasticsearch';
import { statusOf } from './errors.js';
import { compareStrings } from '../../model/compare-strings.js';

export interface RetryPolicy {
  /** Attempts after the first one. */
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Injected so tests run the backoff without waiting. */
  readonly sleep: (ms: number) => Promise<void>;
}

export interface BulkPolicy extends RetryPolicy {
  /** Bulk requests in flight at once: enough to keep the cluster busy, few enough not to trip its write queue. */
  readonly concurrency: number;
  /** Documents per bulk request (~1 KB each, so 500 is well under the 5-15 MB Elastic recommends per request). */
  readonly batchSize: number;
}

export const defaultBulkPolicy: BulkPolicy = {
  concurrency: 4,
  batchSize: 500,
  retries: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface BulkDocument {
  readonly id: string;
  /** Required by the index's mapping (dependencies, sets); the package metadata's indices route by id. */
  readonly routing?: string;
  /** Names the document in messages (its purl). */
  readonly label: string;
  readonly source: object;
}

export interface BulkItemFailure {
  readonly label: string;
  readonly id: string;
  readonly status: number;
  readonly type: string | null;
  readonly reason: string | null;
}

/**
 * 429 is the cluster saying "slow down" (write queue full, circuit breaker); 502/503/504 a proxy or a node that
 * is restarting. Anything else (400 mapping errors, 403) fails the same way on every retry.
 */
export function isRetryableStatus(status: number | null): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}

/**
 * Indexes the documents with at most `concurrency` bulk requests in flight. Whole requests refused with a
 * retryable status, and single items refused with 429, are retried with exponential backoff; every other
 * per-item failure is returned (none is dropped). Request errors that are not retryable, or still failing
 * after the retries, are thrown for the caller to describe.
 */
export async function bulkIndex(
  client: Client,
  index: string,
  documents: readonly BulkDocument[],
  policy: BulkPolicy,
  refresh: estypes.Refresh,
): Promise<readonly BulkItemFailure[]> {
  const batches: BulkDocument[][] = [];
  for (let i = 0; i < documents.length; i += policy.batchSize) batches.push(documents.slice(i, i + policy.batchSize));

  const failures: BulkItemFailure[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const batch = batches[next++];
      if (batch) failures.push(...(await indexBatch(client, index, batch, policy, refresh)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(policy.concurrency, batches.length) }, worker));
  return failures.sort((a, b) => compareStrings(a.label, b.label));
}

async function indexBatch(
  client: Client,
  index: string,
  batch: readonly BulkDocument[],
  policy: BulkPolicy,
  refresh: estypes.Refresh,
): Promise<BulkItemFailure[]> {
  let pending = batch;
  const failures: BulkItemFailure[] = [];
  for (let attempt = 0; ; attempt++) {
    let response: estypes.BulkResponse;
    try {
      response = await client.bulk(
        {
          index,
          refresh,
          operations: pending.flatMap((d) => [{ index: { _id: d.id, ...(d.routing !== undefined ? { routing: d.routing } : {}) } }, d.source]),
        },
        // The transport's own retries would not back off on 429; this loop does it for the whole store.
        { maxRetries: 0 },
      );
    } catch (e) {
      if (isRetryableStatus(statusOf(e)) && attempt < policy.retries) {
        await policy.sleep(backoffDelay(policy, attempt));
        continue;
      }
      throw e;
    }

    const retry: BulkDocument[] = [];
    const throttled: BulkItemFailure[] = [];
    response.items.forEach((item, i) => {
      const document = pending[i];
      const result = item.index ?? item.create ?? item.update ?? item.delete;
      if (!document || !result || result.error === undefined) return;
      const failure: BulkItemFailure = {
        label: document.label,
        id: document.id,
        status: result.status,
        type: result.error.type ?? null,
        reason: result.error.reason ?? null,
      };
      if (result.status === 429) {
        retry.push(document);
        throttled.push(failure);
      } else {
        failures.push(failure);
      }
    });
    if (response.items.length < pending.length) {
      // An answer that does not cover every document must not pass as success.
      for (const document of pending.slice(response.items.length)) {
        failures.push({ label: document.label, id: document.id, status: 0, type: null, reason: 'no result for this document in the bulk response' });
      }
    }
    if (retry.length === 0) return failures;
    if (attempt >= policy.retries) return [...failures, ...throttled];
    await policy.sleep(backoffDelay(policy, attempt));
    pending = retry;
  }
}

export function describeFailures(failures: readonly BulkItemFailure[]): string {
  return failures
    .map((f) => `  ${f.label}: ${f.status} ${[f.type, f.reason].filter((x) => x !== null).join(': ')}`)
    .join('\n');
}
