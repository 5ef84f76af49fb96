import type { FastifyReply } from 'fastify';
import { printable } from '../ingest/describe-unknown.js';
import { redactCredentials } from '../store/redact.js';

/** Stable machine codes of the API's errors; `message` says the rest to a person. */
export type ErrorCode =
  | 'bad_parameter'
  | 'unauthorized'
  | 'host_not_allowed'
  | 'not_found'
  | 'method_not_allowed'
  | 'not_synced'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'rate_limited'
  | 'not_implemented'
  | 'store_unavailable'
  | 'timeout'
  | 'internal';

export interface ApiError {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly parameter?: string };
}

export const STATUS: Readonly<Record<ErrorCode, number>> = {
  bad_parameter: 400,
  unauthorized: 401,
  host_not_allowed: 403,
  not_found: 404,
  method_not_allowed: 405,
  // The request is right, but the server holds nothing to answer it from yet (a `depindex sync` would): 409,
  // the state of the server conflicts with it; not 404 (the advisory may well exist) nor 503 (nothing is down).
  not_synced: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  rate_limited: 429,
  internal: 500,
  not_implemented: 501,
  store_unavailable: 503,
  timeout: 503,
};

export function apiError(code: ErrorCode, message: string, parameter?: string): ApiError {
  return { error: { code, message, ...(parameter !== undefined ? { parameter } : {}) } };
}

export function sendError(reply: FastifyReply, code: ErrorCode, message: string, parameter?: string): FastifyReply {
  return reply.code(STATUS[code]).type('application/json; charset=utf-8').send(apiError(code, message, parameter));
}

/** A thrown error's status as fastify sets it on its own errors (body too large, bad content type ...). */
export function statusOfThrown(e: unknown): number {
  const status = (e as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** Fastify's own client errors, said without its internal codes; anything else is an internal error. */
export function describeThrown(e: unknown): { code: ErrorCode; message: string } {
  const status = statusOfThrown(e);
  if (status === 413) return { code: 'payload_too_large', message: 'the request body is too large; the API reads no bodies' };
  if (status === 414) return { code: 'uri_too_long', message: 'the request URL is too long' };
  if (status === 429) return { code: 'rate_limited', message: 'too many requests from this client; wait and try again' };
  if (status === 404) return { code: 'not_found', message: 'no such resource' };
  if (status >= 400 && status < 500) return { code: 'bad_parameter', message: 'the request is malformed' };
  return { code: 'internal', message: 'internal error; the server log has the details' };
}

/** What a client hears when the store fails: nothing of the server's paths, addresses or the database's internals. */
export const STORE_UNAVAILABLE = 'the index is unavailable; the server log has the details';

/**
 * A store call that failed: the detail (file paths, SQLite or Elasticsearch messages) goes to the server log, with
 * credentials removed and on one line that starts with the time; the client gets a generic 503.
 */
export function sendStoreFailure(reply: FastifyReply, log: ((line: string) => void) | null, detail: string): FastifyReply {
  if (log) log(`${new Date().toISOString()} store error: ${printable(redactCredentials(detail), 500)}`);
  return sendError(reply, 'store_unavailable', STORE_UNAVAILABLE);
}
