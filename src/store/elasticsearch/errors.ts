/**
 * Turns what the Elasticsearch client throws into one line for a CI log, naming the server and what to check.
 * Errors are recognised by `name` and shape rather than `instanceof`: the client ships CommonJS and ESM builds
 * whose error classes are distinct objects.
 */

interface ClientErrorShape {
  readonly name?: string;
  readonly message?: string;
  readonly code?: string;
  readonly meta?: {
    readonly statusCode?: number | null;
    readonly body?: unknown;
  };
}

export function statusOf(e: unknown): number | null {
  const status = (e as ClientErrorShape | null)?.meta?.statusCode;
  // Connection errors carry statusCode 0: no answer is not an answer.
  return typeof status === 'number' && status > 0 ? status : null;
}

/** `{error: {type, reason}}` of an Elasticsearch answer, when it has one. */
export function errorBody(e: unknown): { type: string | null; reason: string | null } {
  const body = (e as ClientErrorShape | null)?.meta?.body as { error?: { type?: unknown; reason?: unknown } | string } | undefined;
  const error = body?.error;
  if (typeof error === 'string') return { type: null, reason: error };
  return {
    type: typeof error?.type === 'string' ? error.type : null,
    reason: typeof error?.reason === 'string' ? error.reason : null,
  };
}

export function isIndexMissing(e: unknown): boolean {
  return statusOf(e) === 404 && errorBody(e).type === 'index_not_found_exception';
}

const CREDENTIALS = 'DEPINDEX_ES_API_KEY, or DEPINDEX_ES_USERNAME and DEPINDEX_ES_PASSWORD';

/** `doing` says what was attempted: "cannot write to Elasticsearch at https://es:9200: ..." */
export function describeError(location: string, doing: string, e: unknown): string {
  const error = (e ?? {}) as ClientErrorShape;
  const name = error.name ?? '';
  const message = (error.message ?? String(e)).split('\n')[0] ?? '';
  const prefix = `cannot ${doing} Elasticsearch at ${location}`;

  // A product check failure carries the answer's status (200 from a web server's HTML page): it is not an
  // Elasticsearch error, and "answered 200" would read as success.
  if (name !== 'ProductNotSupportedError' && (name === 'ResponseError' || statusOf(e) !== null)) {
    const status = statusOf(e);
    const { type, reason } = errorBody(e);
    const detail = [type, reason].filter((x) => x !== null).join(': ');
    if (status === 401) {
      return `${prefix}: the server refused the credentials (401 Unauthorized); check ${CREDENTIALS} (an API key is the base64 "id:key" value Elasticsearch printed)`;
    }
    if (status === 403) {
      return `${prefix}: the credentials lack a privilege (403 Forbidden${detail ? `: ${detail}` : ''}); the user needs manage_index_templates on the cluster and create_index, write, read and delete on the depindex-* indices`;
    }
    if (status === 406 || (status === 400 && /compatib|media.?type|accept/i.test(detail))) {
      return `${prefix}: the server does not accept the API version depindex speaks (${status}${detail ? `: ${detail}` : ''}); depindex supports Elasticsearch 8.x and 9.x`;
    }
    return `${prefix}: the server answered ${status ?? 'an error'}${detail ? ` (${detail})` : ''}`;
  }
  if (name === 'ProductNotSupportedError') {
    return `${prefix}: the server there is not Elasticsearch (or an Elasticsearch older than 7.14 that does not say so); depindex supports Elasticsearch 8.x and 9.x`;
  }
  if (name === 'TimeoutError') return `${prefix}: the request timed out; is the server overloaded, or behind a proxy that holds the connection?`;
  if (name === 'NoLivingConnectionsError') return `${prefix}: no node answered (every connection failed); is the server running?`;
  if (/ECONNREFUSED/.test(message)) {
    return `${prefix}: connection refused; is Elasticsearch running there, and is the port right (9200 by default)?`;
  }
  if (/ENOTFOUND|EAI_AGAIN/.test(message)) return `${prefix}: the host name does not resolve (${message})`;
  if (/ECONNRESET|socket hang up/i.test(message)) {
    return `${prefix}: the connection was closed (${message}); if the server speaks HTTPS, use an https:// URL`;
  }
  if (/certificate|self[- ]signed|CERT_|SSL|TLS|wrong version number/i.test(message)) {
    return `${prefix}: TLS failed (${message}); set DEPINDEX_ES_CA_CERT to the CA certificate (PEM) that signed the server's certificate, or check the URL's scheme`;
  }
  return `${prefix}: ${name && name !== 'Error' ? `${name}: ` : ''}${message}`;
}
