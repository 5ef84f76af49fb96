import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeElasticsearch } from './fake-elasticsearch.js';

/**
 * The fake Elasticsearch over real HTTP on 127.0.0.1, for what the in-process mock cannot show: the headers the
 * client really sends (API compatibility, credentials) and commands that open their own store from a URL.
 */
export interface HttpFake {
  readonly es: FakeElasticsearch;
  readonly url: string;
  readonly headers: IncomingHttpHeaders[];
  close(): Promise<void>;
}

export async function startHttpFake(es = new FakeElasticsearch()): Promise<HttpFake> {
  const headers: IncomingHttpHeaders[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      headers.push(request.headers);
      const url = new URL(request.url ?? '/', 'http://x');
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text === '' ? null : (request.headers['content-type'] ?? '').includes('ndjson')
        ? text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown)
        : (JSON.parse(text) as unknown);
      const params = { method: request.method ?? 'GET', path: decodeURIComponent(url.pathname), querystring: Object.fromEntries(url.searchParams), body };
      const resolver = es.mock.get(params);
      let status = 200;
      let payload: unknown = { error: 'no route in the fake', params };
      if (resolver) {
        payload = resolver(params);
        const error = payload as { name?: string; statusCode?: number; body?: unknown };
        if (error?.name === 'ResponseError') {
          status = error.statusCode ?? 500;
          payload = error.body;
        }
      } else {
        status = 404;
      }
      response.writeHead(status, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
      response.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    es,
    url: `http://127.0.0.1:${port}`,
    headers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
