import type { FastifyReply } from 'fastify';
import type { Store } from '../store/store.js';
import type { MetadataSource } from './metadata-source.js';

/** What every route handler needs, passed in (never built at import). */
export interface ServeContext {
  readonly store: Store;
  /** The package metadata of the same store, for `advisory=`. */
  readonly metadata: MetadataSource;
  readonly now: () => Date;
  /** How long one request may take, all its store calls together, before it answers 503. */
  readonly requestTimeoutMs: number;
  /** The server's log (store failures go here, never to the client); null for none. */
  readonly log: ((line: string) => void) | null;
}

/** A request whose time ran out: it is answered; a store call already started may still finish later. */
export class StoreTimeout extends Error {}

/**
 * Runs one store call within what is left of the request's time: one deadline per request, however many calls
 * it makes. A call is not started once the time is spent. The deadline can only end a wait for an answer that
 * comes asynchronously (Elasticsearch); node:sqlite answers synchronously, so a SQLite query, once started, runs
 * to its end and the check happens before the next one.
 */
export async function withinRequest<T>(reply: FastifyReply, ctx: ServeContext, call: () => Promise<T>): Promise<T> {
  const left = ctx.requestTimeoutMs - reply.elapsedTime;
  // Made only when the time runs out: an Error takes its stack when made, a cost every request paid before.
  const timeout = (): StoreTimeout => new StoreTimeout(`the request took longer than ${ctx.requestTimeoutMs / 1000} s`);
  if (left <= 0) throw timeout();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    // Whole milliseconds: node keeps one list of timers per duration, and a fraction would make a new one each time.
    timer = setTimeout(() => reject(timeout()), Math.ceil(left));
  });
  try {
    return await Promise.race([call(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
