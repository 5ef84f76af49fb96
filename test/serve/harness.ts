import type { FastifyInstance } from 'fastify';
import { LOOPBACK_HOSTS } from '../../src/serve/host-check.js';
import { buildServer, type ServerOptions } from '../../src/serve/server.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/store.js';

export interface Running {
  readonly base: string;
  readonly app: FastifyInstance;
  /** Access-log lines written so far. */
  readonly lines: string[];
  close(): Promise<void>;
}

/** A real server on 127.0.0.1 and a free port, over the given store; without a token, as `serve` does, it checks Host. */
export async function startServer(store: Store, overrides: Partial<ServerOptions> = {}): Promise<Running> {
  const lines: string[] = [];
  const app = await buildServer({
    store,
    token: null,
    allowedHosts: LOOPBACK_HOSTS,
    corsOrigins: [],
    rateLimitPerMinute: 0,
    requestTimeoutMs: 10_000,
    log: (line) => lines.push(line),
    ...overrides,
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { base: address, app, lines, close: () => app.close() };
}

export function openReadOnly(path: string): Store {
  const opened = openSqliteStore(path, { readOnly: true });
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

export async function getJson(url: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: the test says what it expected.
  }
  return { status: response.status, headers: response.headers, body };
}
