import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { scan, set } from '../store/behaviour.js';
import { fixtureIndex } from './fixture.js';
import { getJson, openReadOnly, startServer, type Running } from './harness.js';

let path: string;
let store: Store;
const running: Running[] = [];
beforeAll(async () => {
  path = await fixtureIndex();
  store = openReadOnly(path);
});
afterAll(async () => {
  for (const r of running) await r.close();
  await store.close();
});
const start = async (...args: Parameters<typeof startServer>): Promise<Running> => {
  const r = await startServer(...args);
  running.push(r);
  return r;
};

describe('errors are JSON with proper status codes', () => {
  let server: Running;
  beforeAll(async () => {
    server = await start(store);
  });

  it('405 with Allow for a write method, whatever the body says it is', async () => {
    for (const [method, type] of [['POST', 'application/json'], ['DELETE', 'text/plain'], ['PUT', 'application/x-www-form-urlencoded']] as const) {
      const { status, headers, body } = await getJson(`${server.base}/api/v1/projects`, { method, body: 'x=1', headers: { 'content-type': type } });
      expect([method, status, headers.get('allow')]).toEqual([method, 405, 'GET, HEAD']);
      expect(body).toMatchObject({ error: { code: 'method_not_allowed' } });
    }
  });

  it('413 for a body over the limit, 414 for an overlong URL, 404 for an unknown path', async () => {
    const big = await getJson(`${server.base}/api/v1/dependencies`, { method: 'POST', body: 'x'.repeat(4096), headers: { 'content-type': 'application/json' } });
    expect([big.status, big.body]).toMatchObject([413, { error: { code: 'payload_too_large' } }]);
    const long = await getJson(`${server.base}/api/v1/dependencies?name=${'a'.repeat(9000)}`);
    expect([long.status, long.body]).toMatchObject([414, { error: { code: 'uri_too_long' } }]);
    const missing = await getJson(`${server.base}/api/v2/nothing`);
    expect([missing.status, missing.body]).toMatchObject([404, { error: { code: 'not_found' } }]);
  });

  it('500 without a stack or the error text when the store throws; 503 when it does not answer in time', async () => {
    const throwing: Store = { ...store, search: () => Promise.reject(new Error('boom in /srv/secret/path.ts:12')) };
    const failing = await start(throwing);
    const answer = await getJson(`${failing.base}/api/v1/dependencies?name=lodash`);
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: { code: 'internal', message: 'internal error; the server log has the details' } });
    expect(JSON.stringify(answer.body)).not.toMatch(/boom|secret|\.ts/);

    const hanging: Store = { ...store, search: () => new Promise(() => undefined) };
    const slow = await start(hanging, { requestTimeoutMs: 300 });
    const late = await getJson(`${slow.base}/api/v1/dependencies?name=lodash`);
    expect([late.status, late.body]).toMatchObject([503, { error: { code: 'timeout' } }]);
  });
});

describe('security', () => {
  const TOKEN = 'tok-0123456789abcdef-secret';

  it('needs the bearer token on the API when one is set, never on the page; logs neither token nor query secrets', async () => {
    const server = await start(store, { token: TOKEN });
    const none = await getJson(`${server.base}/api/v1/projects`);
    expect([none.status, none.headers.get('www-authenticate'), none.body]).toMatchObject([401, 'Bearer realm="depindex"', { error: { code: 'unauthorized' } }]);
    const wrong = await getJson(`${server.base}/api/v1/projects`, { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const prefix = await getJson(`${server.base}/api/v1/projects`, { headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}` } });
    expect(prefix.status).toBe(401);
    const right = await getJson(`${server.base}/api/v1/projects?access_token=${TOKEN}&api_key=k3y`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(400); // unknown parameters, but past the token check
    expect((await getJson(`${server.base}/api/v1/projects`, { headers: { authorization: `bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(`${server.base}/`)).status).toBe(200);
    const log = server.lines.join('\n');
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain('k3y');
    expect(log).toContain('/api/v1/projects?access_token=***&api_key=*** 400');
    expect(server.lines.every((line) => /^\d{4}-\d{2}-\d{2}T/.test(line))).toBe(true);
  });

  it('limits requests per client with 429 and Retry-After', async () => {
    const server = await start(store, { rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof getJson>> | undefined;
    for (let i = 0; i < 5; i++) {
      last = await getJson(`${server.base}/api/v1/projects`);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last?.body).toMatchObject({ error: { code: 'rate_limited' } });
  });

  it('sends no CORS headers unless origins are configured, then only for them', async () => {
    const closed = await start(store);
    const plain = await fetch(`${closed.base}/api/v1/projects`, { headers: { origin: 'https://evil.example' } });
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    const open = await start(store, { corsOrigins: ['https://dash.example'] });
    const allowed = await fetch(`${open.base}/api/v1/projects`, { headers: { origin: 'https://dash.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example');
    const other = await fetch(`${open.base}/api/v1/projects`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('opens the index read-only: SQLite itself refuses a write through the served store', async () => {
    const written = await store.writeScan(scan('x/y', 'main', '2026-11-01T00:00:00Z', 'c'), [set('a.json', [])]);
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.error).toMatch(/read-?only/i);
  });
});
