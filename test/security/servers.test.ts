// Hostile servers (issue 11, items 3, 7, 14): each as a real HTTP server on 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommentTarget } from '../../src/platforms/comment.js';
import { githubCommentTarget } from '../../src/platforms/github/comment.js';
import { gitlabCommentTarget } from '../../src/platforms/gitlab/comment.js';
import type { HttpPolicy } from '../../src/platforms/http.js';
import { MAX_PAGES } from '../../src/platforms/pages.js';
import { openStore } from '../../src/store/open.js';
import { FakePlatform } from '../platforms/fake-platform.js';

const MARKER = '<!-- depindex:dependency-diff -->';
const request = (markdown: string) => ({ markdown: `${MARKER}\n${markdown}`, marker: MARKER, createIfMissing: true });

const platforms: [string, (url: string, http?: Partial<HttpPolicy>) => CommentTarget, RegExp][] = [
  ['GitHub', (url, http) => githubCommentTarget({ token: 'ghs_test', repository: 'octo/app', pullRequest: 12, apiUrl: url, ...(http ? { http } : {}) }), /\/issues\/12\/comments$/],
  ['GitLab', (url, http) => gitlabCommentTarget({ token: 'glpat-test', apiUrl: `${url}/api/v4`, projectId: '7', mergeRequestIid: '3', ...(http ? { http } : {}) }), /\/merge_requests\/3\/notes$/],
];

describe.each(platforms)('%s against a hostile server', (name, make, listPath) => {
  let server: FakePlatform;
  beforeEach(async () => {
    server = await new FakePlatform().start();
  });
  afterEach(() => server.stop());

  it('a marker comment posted first by someone else is not hijacked: depindex writes its own (item 3)', async () => {
    server.seed(`${MARKER}\nplanted by mallory`, false, 'stranger');
    expect(await make(server.url).upsert(request('first'))).toMatchObject({ ok: true, action: 'created' });
    expect(await make(server.url).upsert(request('second'))).toMatchObject({ ok: true, action: 'updated' });
    expect(server.comments.map((c) => [c.by, c.body])).toEqual([
      ['stranger', `${MARKER}\nplanted by mallory`],
      ['token', `${MARKER}\nsecond`],
    ]);
  });

  it(`a server that always offers a next page: at most ${MAX_PAGES} pages, then a clear error (item 7)`, async () => {
    server.intercept = (req, url, res) => {
      if (req.method !== 'GET' || !listPath.test(url.pathname)) return false;
      const page = Number(url.searchParams.get('page') ?? '1');
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      res.writeHead(200, { 'content-type': 'application/json', link: `<${next.toString()}>; rel="next"`, 'x-next-page': String(page + 1) });
      res.end(JSON.stringify([{ id: page, body: 'chatter', user: { login: 'someone' }, author: { id: 1 } }]));
      return true;
    };
    const outcome = await make(server.url).upsert(request('x'));
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`^${name} \\(.*: the comment list has more than ${MAX_PAGES} pages; depindex stops there$`)) });
    expect(server.requests.filter((r) => r.method === 'GET' && listPath.test(r.path.split('?')[0] ?? '')).length).toBe(MAX_PAGES);
  });

  it('a next page that points back at a page already read stops at once (item 7)', async () => {
    server.intercept = (req, url, res) => {
      if (req.method !== 'GET' || !listPath.test(url.pathname)) return false;
      res.writeHead(200, { 'content-type': 'application/json', link: `<${url.toString()}>; rel="next"`, 'x-next-page': url.searchParams.get('page') ?? '1' });
      res.end(JSON.stringify([{ id: 1, body: 'chatter', user: { login: 'someone' }, author: { id: 1 } }]));
      return true;
    };
    const outcome = await make(server.url).upsert(request('x'));
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining("the server's next page points back to a page already read (page 1)") });
  });

  it('a server that never answers times out with "timed out" within the stated time (item 7)', async () => {
    server.intercept = () => true; // holds every request open, forever
    const started = Date.now();
    const outcome = await make(server.url, { requestTimeoutMs: 400, deadlineMs: 1_000 }).upsert(request('x'));
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/timed out: no answer to (GET|POST) within 0\.4 s$/) });
    expect(outcome).not.toMatchObject({ error: expect.stringContaining('answered') });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('a 429 with Retry-After is retried after the time asked, plus jitter (item 14)', async () => {
    let refused = 0;
    const seen: number[] = [];
    server.intercept = (req, url, res) => {
      if (req.method !== 'GET' || !listPath.test(url.pathname)) return false;
      seen.push(Date.now());
      if (refused++ > 0) return false;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
      res.end('{"message": "API rate limit exceeded"}');
      return true;
    };
    expect(await make(server.url, { random: () => 1 }).upsert(request('x'))).toMatchObject({ ok: true, action: 'created' });
    expect(seen).toHaveLength(2);
    const waited = (seen[1] as number) - (seen[0] as number);
    expect(waited).toBeGreaterThanOrEqual(1_000 * 1.25 - 20);
    expect(waited).toBeLessThan(2_000);
  });

  it('a Retry-After longer than depindex waits fails at once, saying so (item 14)', async () => {
    server.intercept = (_req, _url, res) => {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '3600' });
      res.end('{"message": "maintenance"}');
      return true;
    };
    const started = Date.now();
    const outcome = await make(server.url).upsert(request('x'));
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/answered 503: "maintenance"; it asked to retry after 3600 s, later than depindex waits$/) });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a 502 HTML page is summarised, not dumped (item 14)', async () => {
    const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${'<p>upstream secret-ish detail</p>'.repeat(3000)}</body></html>`;
    server.intercept = (_req, _url, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(page);
      return true;
    };
    const outcome = await make(server.url, { retries: 0 }).upsert(request('x'));
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`answered 502: an HTML page \\(${page.length} characters; a proxy or an outage page\\?\\)$`)) });
    expect(JSON.stringify(outcome)).not.toMatch(/upstream|<p>|Bad Gateway/);
  });

  it('a garbage 200 body is summarised, not dumped (item 14)', async () => {
    server.intercept = (req, url, res) => {
      if (req.method !== 'GET' || !listPath.test(url.pathname)) return false;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('\u001b]0;pwned\u0007::error::fake annotation\n' + 'x'.repeat(10_000));
      return true;
    };
    const outcome = await make(server.url).upsert(request('x'));
    expect(outcome).toEqual({ ok: false, error: expect.stringMatching(/answered 200 with a body that is not JSON \(\d+ characters\), not the API's JSON$/) });
    expect(JSON.stringify(outcome)).not.toMatch(/pwned|fake annotation|xxxx/);
  });
});

describe('a web server where Elasticsearch should be (item 14)', () => {
  let server: ReturnType<typeof createServer>;
  let url = '';
  beforeEach(async () => {
    server = createServer((_req: IncomingMessage, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><html><head><title>Welcome to nginx!</title></head><body>It works</body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  it('an HTML 200 says the server is not Elasticsearch, not that it "answered 200"', async () => {
    const opened = await openStore(url, { cwd: '/', env: {} });
    expect(opened).toEqual({ ok: false, error: expect.stringContaining(`cannot connect to Elasticsearch at ${url}: the server there is not Elasticsearch`) });
    expect(opened).not.toMatchObject({ error: expect.stringContaining('answered 200') });
  });
});
