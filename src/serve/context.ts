import type { Store } from '../store/store.js';

/** What every route handler needs, passed in (never built at import). */
export interface ServeContext {
  readonly store: Store;
  readonly now: () => Date;
  /** How long one store call may take before the request answers 503. */
  readonly storeTimeoutMs: number;
}

/** A store call that did not answer in time: the request is answered; the call itself may still finish later. */
export class StoreTimeout extends Error {}

export async function withDeadline<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeout(`the store did not answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
