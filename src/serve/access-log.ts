import { printable } from '../ingest/describe-unknown.js';

/**
 * Query parameters whose values never reach the log, whatever the route: a client may put a token in a URL
 * (a mistake, but the log must not spread it). Matched on the lower-cased name.
 */
const SECRET = /token|key|secret|pass|auth|session|cookie|signature|credential/;
const ESCAPED = /[%+]/;

/** The request target as logged: path and query, with secret-looking values replaced and control characters gone. */
export function loggedTarget(url: string): string {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  if (q === -1) return printable(path, 500);
  // Most queries hold nothing secret-looking: without an escape that could spell a name, a query the pattern does
  // not match anywhere (names and values alike) is logged as it is, without splitting it for every request.
  const query = url.slice(q + 1);
  if (!ESCAPED.test(query) && !SECRET.test(query.toLowerCase())) return printable(url, 500);
  const parts = url
    .slice(q + 1)
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      const name = eq === -1 ? part : part.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // A malformed escape is logged as sent.
      }
      return eq !== -1 && SECRET.test(decoded.toLowerCase()) ? `${name}=***` : part;
    });
  return printable(`${path}?${parts.join('&')}`, 500);
}

export interface AccessEntry {
  readonly at: Date;
  readonly client: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly ms: number;
}

/** One line per answered request; starts with the time, never with client text; no headers (so no token). */
export function accessLine(e: AccessEntry): string {
  return `${e.at.toISOString()} ${printable(e.client, 64)} ${printable(e.method, 16)} ${loggedTarget(e.url)} ${e.status} ${e.ms.toFixed(1)}ms`;
}
