import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

interface StoredComment {
  id: number;
  body: string;
  system?: boolean;
  /** Who wrote it: the token's own identity, or someone else. */
  by: 'token' | 'stranger';
}

/** Answers a request itself instead of the fake (returns true when it did): hostile servers in tests. */
export type Intercept = (req: IncomingMessage, url: URL, res: ServerResponse) => boolean;

/**
 * A real HTTP server on 127.0.0.1 that answers like GitHub's issue-comment API and GitLab's merge request
 * notes API (list with pagination, create, update), records every request, and can be told to fail.
 */
export class FakePlatform {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  /** Answer every request with this status (and a JSON message) instead of serving it. */
  failWith: number | null = null;
  pageSize = 2;
  /** The token's identity: GitHub login (as GraphQL's viewer and REST's comment user) and GitLab user id. */
  readonly login = 'github-actions[bot]';
  readonly userId = 77;
  intercept: Intercept | null = null;
  private nextId = 1000;
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** A comment already there, written by the token's identity unless said otherwise. */
  seed(body: string, system = false, by: 'token' | 'stranger' = 'token'): void {
    this.comments.push({ id: this.nextId++, body, system, by });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ method: req.method ?? '', path: url.pathname + url.search, headers: req.headers, body: text ? JSON.parse(text) : null });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (this.intercept?.(req, url, res)) return;
    if (this.failWith !== null) return send(this.failWith, { message: this.failWith === 429 ? 'API rate limit exceeded' : 'Nope' });
    if (url.pathname === '/graphql' && req.method === 'POST') return send(200, { data: { viewer: { login: this.login } } });
    if (url.pathname === '/api/v4/user' && req.method === 'GET') return send(200, { id: this.userId, username: 'project_7_bot' });
    const shown = (c: StoredComment) => {
      const { by, ...rest } = c;
      return { ...rest, html_url: `${this.url}/comment/${c.id}`, user: { login: by === 'token' ? this.login : 'mallory' }, author: { id: by === 'token' ? this.userId : 13 } };
    };

    // GitHub: /repos/o/r/issues/12/comments and /repos/o/r/issues/comments/1000
    const ghList = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const ghOne = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    // GitLab: /api/v4/projects/7/merge_requests/3/notes(/1000)
    const glList = /^\/api\/v4\/projects\/[^/]+\/merge_requests\/\d+\/notes$/.exec(url.pathname);
    const glOne = /^\/api\/v4\/projects\/[^/]+\/merge_requests\/\d+\/notes\/(\d+)$/.exec(url.pathname);

    if ((ghList || glList) && req.method === 'GET') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const slice = this.comments.slice((page - 1) * this.pageSize, page * this.pageSize);
      const more = page * this.pageSize < this.comments.length;
      const headers: Record<string, string> = {};
      if (ghList && more) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      if (glList) headers['x-next-page'] = more ? String(page + 1) : '';
      return send(200, slice.map(shown), headers);
    }
    if ((ghList || glList) && req.method === 'POST') {
      const comment: StoredComment = { id: this.nextId++, body: (JSON.parse(text) as { body: string }).body, by: 'token' };
      this.comments.push(comment);
      return send(201, shown(comment));
    }
    const one = ghOne ?? glOne;
    if (one && (req.method === 'PATCH' || req.method === 'PUT')) {
      const comment = this.comments.find((c) => c.id === Number(one[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (JSON.parse(text) as { body: string }).body;
      return send(200, shown(comment));
    }
    return send(404, { message: `no route for ${req.method} ${url.pathname}` });
  }
}
