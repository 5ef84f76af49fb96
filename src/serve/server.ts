import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { accessLine } from './access-log.js';
import { bearerCheck } from './auth.js';
import { StoreTimeout, type ServeContext } from './context.js';
import { describeThrown, sendError } from './errors.js';
import { hostAllowed } from './host-check.js';
import { NO_METADATA, type MetadataSource } from './metadata-source.js';
import { openApiDocument } from './openapi/document.js';
import { pageRoutes } from './page/routes.js';
import { findingsRoutes } from './routes/findings.js';
import { whyRoutes } from './routes/why.js';
import { projectRoutes } from './routes/projects.js';
import { searchRoutes } from './routes/search.js';

export interface ServerOptions {
  readonly store: Store;
  /**
   * The package metadata `depindex sync` keeps in the same store, for `advisory=` (`lazyMetadata`); none: an
   * advisory search answers 409 not_synced. The caller closes it after the server, as it does the store.
   */
  readonly metadata?: MetadataSource;
  /** When set, every /api request needs `Authorization: Bearer <token>`. */
  readonly token: string | null;
  /**
   * Host header names answered (`LOOPBACK_HOSTS` for a loopback server without a token), with or without the port;
   * other requests get 403. Null answers any Host (a token, or `--no-auth` behind a proxy).
   */
  readonly allowedHosts: readonly string[] | null;
  /** Origins allowed to call the API from a browser; none (the default) sends no CORS headers. */
  readonly corsOrigins: readonly string[];
  /** Requests per minute per client address; 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
  /** Longest a request may take to arrive, and to be answered (all its store calls together). */
  readonly requestTimeoutMs: number;
  /** One line per answered request, or null for none. Errors of the server itself go here too. */
  readonly log: ((line: string) => void) | null;
  /**
   * Addresses (or CIDR ranges) of reverse proxies whose X-Forwarded-For is believed: the client address, for the
   * rate limit and the access log, is then the one the proxy saw. Empty: the peer's own address, which behind a
   * proxy is the proxy's, so every client would share one limit.
   */
  readonly trustedProxies?: readonly string[];
  readonly now?: () => Date;
}

/** The API reads no request bodies; anything past this is refused with 413 before it is read. */
export const BODY_LIMIT = 1024;
/** Longer URLs are refused with 414: no query the API takes needs more. */
export const MAX_URL = 8192;
/** Routes answering other methods with 405 (and the Allow header). */
const METHODS_REFUSED = ['POST', 'PUT', 'DELETE', 'PATCH'] as const;

/** The index API and the search page over one store, read-only. Not listening yet: the caller listens. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    requestTimeout: options.requestTimeoutMs,
    connectionTimeout: options.requestTimeoutMs * 2,
    keepAliveTimeout: 5_000,
    // Project paths and refs are one URL-encoded path segment each; GitLab allows paths of 255 characters a level.
    routerOptions: { maxParamLength: 2048, ignoreTrailingSlash: true },
    return503OnClosing: true,
    ...(options.trustedProxies && options.trustedProxies.length > 0 && { trustProxy: [...options.trustedProxies] }),
  });
  const log = options.log;
  const ctx: ServeContext = { store: options.store, metadata: options.metadata ?? NO_METADATA, now: options.now ?? (() => new Date()), requestTimeoutMs: options.requestTimeoutMs, log };

  // One hook for what every request needs, in the callback form (no promise per request): the URL bound, the
  // headers every answer carries and, on loopback without a token, the Host check (host-check.ts).
  const allowedHosts = options.allowedHosts;
  const hostRefused = allowedHosts === null ? '' : `this server answers only to ${allowedHosts.join(', ')} (with its port) in the Host header`;
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
    if (request.url.length > MAX_URL) sendError(reply, 'uri_too_long', `the request URL is longer than ${MAX_URL} characters`);
    else if (allowedHosts !== null && !hostAllowed(request.headers.host, allowedHosts, request.socket.localPort)) sendError(reply, 'host_not_allowed', hostRefused);
    else done();
  });
  if (log) {
    app.addHook('onResponse', (request, reply, done) => {
      log(accessLine({ at: new Date(), client: request.ip, method: request.method, url: request.url, status: reply.statusCode, ms: reply.elapsedTime }));
      done();
    });
  }
  if (options.corsOrigins.length > 0) await app.register(cors, { origin: [...options.corsOrigins], methods: ['GET', 'HEAD'] });
  if (options.rateLimitPerMinute > 0) {
    // A hook of the root, not of each route: it runs before the token check of the API (so wrong tokens count) and
    // also for paths that do not exist (so probing them counts).
    await app.register(rateLimit, {
      global: false,
      max: options.rateLimitPerMinute,
      timeWindow: 60_000,
      errorResponseBuilder: (_request, context) =>
        Object.assign(new Error(`too many requests from this client; try again in ${Math.ceil(context.ttl / 1000)} s`), { statusCode: 429 }),
    });
    app.addHook('onRequest', app.rateLimit());
  }

  app.setErrorHandler(async (error, _request, reply) => {
    if (error instanceof StoreTimeout) return sendError(reply, 'timeout', error.message);
    const { code, message } = describeThrown(error);
    if (code === 'rate_limited') return sendError(reply, code, (error as Error).message);
    // Internal errors are logged without stack (paths of the server) and answered without any detail.
    if (code === 'internal' && log) log(`${new Date().toISOString()} internal error: ${String((error as Error).message).slice(0, 300)}`);
    return sendError(reply, code, message);
  });
  app.setNotFoundHandler(async (request, reply) => sendError(reply, 'not_found', `no such resource: ${request.method} ${request.url.split('?')[0]?.slice(0, 200)}`));

  await app.register(async (api) => {
    // No route reads a body: any content type is read (up to the limit, else 413) and dropped, so a write
    // attempt gets its 405 whatever it sends.
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, _body, done) => done(null, undefined));
    if (options.token !== null) {
      const check = bearerCheck(options.token);
      api.addHook('onRequest', (request, reply, done) => {
        if (check(request.headers.authorization)) return done();
        reply.header('www-authenticate', 'Bearer realm="depindex"');
        sendError(reply, 'unauthorized', 'this server needs a bearer token: send "Authorization: Bearer <DEPINDEX_API_TOKEN>"');
      });
    }
    api.addHook('onSend', (_request, reply, payload, done) => {
      reply.header('cache-control', 'no-store');
      done(null, payload);
    });
    searchRoutes(api, ctx);
    projectRoutes(api, ctx);
    findingsRoutes(api, ctx);
    whyRoutes(api, ctx);
    const document = JSON.stringify(openApiDocument());
    api.get('/api/v1/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(document));
    // Every API path answers other methods with 405 and says which ones it takes.
    for (const route of ['/api/v1/dependencies', '/api/v1/package', '/api/v1/projects', '/api/v1/projects/:project/refs/:ref/sets',
      '/api/v1/projects/:project/refs/:ref/sbom', '/api/v1/why', '/api/v1/findings', '/api/v1/openapi.json']) {
      api.route({
        method: [...METHODS_REFUSED],
        url: route,
        handler: async (request, reply) => {
          reply.header('allow', 'GET, HEAD');
          return sendError(reply, 'method_not_allowed', `${request.method} is not allowed here; the API is read-only (GET, HEAD)`);
        },
      });
    }
  });
  pageRoutes(app);
  return app;
}

