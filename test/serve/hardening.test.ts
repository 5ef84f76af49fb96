import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { request } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit, Store } from '../../src/store/store.js';
import { fixtureIndex } from './fixture.js';
import { getJson, openReadOnly, startServer, type Running } from './harness.js';

// Defects found in review of `depindex serve` (issue 16), each reproduced against a real server on 127.0.0.1.

let store: Store;
const running: Running[] = [];
const stores: Store[] = [];
beforeAll(async () => {
  store = openReadOnly(await fixtureIndex());
  stores.push(store);
});
afterAll(async () => {
  for (const r of running) await r.close();
  for (const s of stores) await s.close();
});
const start = async (...args: Parameters<typeof startServer>): Promise<Running> => {
  const r = await startServer(...args);
  running.push(r);
  return r;
};

/** A GET with a Host header of our choosing (fetch sets Host from the URL). */
function getWithHost(base: string, path: string, host: string): Promise<{ status: number; body: unknown }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: { host } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // Not JSON: the assertion says what was expected.
        }
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('rate limit', () => {
  it('counts requests with a wrong token: beyond --rate-limit 5 they get 429, not another guess', async () => {
    const server = await start(store, { token: 'the-right-token-0123456789', allowedHosts: null, rateLimitPerMinute: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await getJson(`${server.base}/api/v1/projects`, { headers: { authorization: `Bearer wrong-guess-${i}-0123456789` } })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // The right token from the same client is limited too, until the window passes.
    const right = await getJson(`${server.base}/api/v1/projects`, { headers: { authorization: 'Bearer the-right-token-0123456789' } });
    expect([right.status, right.body]).toMatchObject([429, { error: { code: 'rate_limited' } }]);
  });

  it('counts requests for paths that do not exist', async () => {
    const server = await start(store, { rateLimitPerMinute: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await getJson(`${server.base}/api/v1/nothing-${i}`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
  });
});

describe('rate limit behind a reverse proxy', () => {
  const from = (base: string, client: string) => getJson(`${base}/api/v1/projects`, { headers: { 'x-forwarded-for': client } });

  it('with --trust-proxy, each client the proxy names has its own limit', async () => {
    const server = await start(store, { rateLimitPerMinute: 3, trustedProxies: ['127.0.0.1'] });
    const a: number[] = [];
    for (let i = 0; i < 4; i++) a.push((await from(server.base, '203.0.113.7')).status);
    expect(a).toEqual([200, 200, 200, 429]);
    expect((await from(server.base, '198.51.100.9')).status).toBe(200);
  });

  it('without it, X-Forwarded-For is not believed: a client cannot escape its limit by naming others', async () => {
    const server = await start(store, { rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await from(server.base, `203.0.113.${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('only from the proxies named: a client that is not one cannot pick its address', async () => {
    const server = await start(store, { rateLimitPerMinute: 3, trustedProxies: ['10.0.0.0/8'] });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await from(server.base, `203.0.113.${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('Host check without a token (DNS rebinding)', () => {
  it('answers only localhost, 127.0.0.1 and [::1], with or without its own port', async () => {
    const server = await start(store);
    const port = new URL(server.base).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'localhost', `LOCALHOST:${port}`]) {
      expect([host, (await getWithHost(server.base, '/api/v1/projects', host)).status]).toEqual([host, 200]);
    }
    for (const host of [`attacker.example:${port}`, 'attacker.example', `localhost:${Number(port) + 1}`, `127.0.0.1.attacker.example:${port}`, `localhost:${port}@evil`]) {
      const answer = await getWithHost(server.base, '/api/v1/projects', host);
      expect([host, answer.status, answer.body]).toMatchObject([host, 403, { error: { code: 'host_not_allowed' } }]);
    }
    // The page too: a rebound page must not read it or its script.
    expect((await getWithHost(server.base, '/', `attacker.example:${port}`)).status).toBe(403);
    // The refusal is an answer the OpenAPI document describes.
    const document = (await getJson(`${server.base}/api/v1/openapi.json`)).body as { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
    expect(document.paths['/api/v1/projects']?.get.responses['403']).toBeDefined();
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(document, 'openapi');
    const validate = ajv.compile({ $ref: 'openapi#/components/schemas/Error' });
    const refused = await getWithHost(server.base, '/api/v1/projects', 'attacker.example');
    expect(validate(refused.body) ? null : validate.errors).toBeNull();
  });

  it('answers any Host when a token is required (the token is the check then)', async () => {
    const server = await start(store, { token: 'the-right-token-0123456789', allowedHosts: null });
    const port = new URL(server.base).port;
    const url = new URL(server.base);
    const answer = await new Promise<number>((resolve, reject) => {
      const req = request({ host: url.hostname, port, path: '/api/v1/projects', headers: { host: `index.example.com:${port}`, authorization: 'Bearer the-right-token-0123456789' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer).toBe(200);
  });
});

describe('a damaged index', () => {
  it('answers 503 with a generic message, and logs the detail', async () => {
    const path = await fixtureIndex();
    // Everything after the first page (the schema) overwritten: the file opens, every read of a table fails.
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    const junk = Buffer.alloc(size - 4096, 0xa5);
    writeSync(fd, junk, 0, junk.length, 4096);
    closeSync(fd);
    const damaged = openReadOnly(path);
    stores.push(damaged);
    const server = await start(damaged);
    for (const url of [
      '/api/v1/projects',
      '/api/v1/dependencies?name=lodash',
      '/api/v1/package?type=npm&name=lodash',
      '/api/v1/projects/acme%2Fapi/refs/main/sets',
      '/api/v1/projects/acme%2Fapi/refs/main/sbom',
      '/api/v1/findings',
    ]) {
      const answer = await getJson(`${server.base}${url}`);
      expect([url, answer.status, answer.body]).toEqual([url, 503, { error: { code: 'store_unavailable', message: 'the index is unavailable; the server log has the details' } }]);
    }
    const errors = server.lines.filter((line) => line.includes('store error'));
    expect(errors).toHaveLength(6);
    expect(errors.every((line) => /^\d{4}-\d{2}-\d{2}T\S+ store error: .*malformed/.test(line))).toBe(true);
  });
});

describe('the request time limit', () => {
  const hit = (i: number): SearchHit => ({
    project: `p/${i % 7}`, ref: 'main', file: 'package-lock.json', purl: `pkg:npm/lodash@1.0.${i}`, type: 'npm', name: 'lodash',
    version: `1.0.${i}`, licenses: null, development: false, introduced: true, createdAt: '2026-11-01T00:00:00.000Z', firstCommitSha: null,
    canonicalName: 'lodash', commit: null, pipelineUrl: null, scannedAt: '2026-11-01T00:00:00.000Z',
  });

  it('holds for the whole request: /api/v1/package pages through the store within one deadline', async () => {
    let calls = 0;
    // Each page answers in 150 ms, well within the limit of 400 ms; five pages together are not.
    const slow: Store = {
      ...store,
      search: async (query) => {
        calls++;
        await new Promise((r) => setTimeout(r, 150));
        return { ok: true, value: { total: 5000, hits: Array.from({ length: query.limit }, (_, i) => hit(query.offset + i)), byProject: [] } };
      },
    };
    const server = await start(slow, { requestTimeoutMs: 400 });
    const answer = await getJson(`${server.base}/api/v1/package?type=npm&name=lodash`);
    expect([answer.status, answer.body]).toMatchObject([503, { error: { code: 'timeout' } }]);
    expect(calls).toBeLessThanOrEqual(3);
  });
});
