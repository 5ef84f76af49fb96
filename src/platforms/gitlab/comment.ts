import type { CommentRequest, CommentTarget } from '../comment.js';
import { explainStatus } from '../http-errors.js';

export interface GitlabCommentOptions {
  readonly token: string;
  /** CI_API_V4_URL, e.g. https://gitlab.com/api/v4. */
  readonly apiUrl: string;
  /** CI_PROJECT_ID. */
  readonly projectId: string;
  /** CI_MERGE_REQUEST_IID. */
  readonly mergeRequestIid: string;
  /** Injected in tests; the global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

const ADVICE = {
  401: 'the token was refused; check DEPINDEX_GITLAB_TOKEN (or GITLAB_TOKEN) is set and not expired',
  403: 'the token may not comment; it needs the api scope and at least the Reporter role in the project',
  404: 'the project or merge request was not found, or the token cannot see it',
};

interface Note {
  readonly id: number;
  readonly body: string;
  readonly system?: boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(detail);
  }
}

/** One sticky merge request note through GitLab's REST API, found again by its marker and updated in place. */
export function gitlabCommentTarget(options: GitlabCommentOptions): CommentTarget {
  const doFetch = options.fetch ?? fetch;
  const base = `${options.apiUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(options.projectId)}/merge_requests/${encodeURIComponent(options.mergeRequestIid)}/notes`;
  const where = `GitLab (${options.apiUrl}) for merge request !${options.mergeRequestIid}`;

  async function call(method: string, url: string, body?: object): Promise<Response> {
    const response = await doFetch(url, {
      method,
      headers: { 'PRIVATE-TOKEN': options.token, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new HttpError(response.status, await response.text().catch(() => ''));
    return response;
  }

  async function findOurs(marker: string): Promise<Note | undefined> {
    for (let page = '1'; page !== ''; ) {
      const response = await call('GET', `${base}?per_page=100&page=${page}&sort=asc&order_by=created_at`);
      const notes = (await response.json()) as Note[];
      const ours = notes.find((n) => !n.system && n.body.startsWith(marker));
      if (ours) return ours;
      page = response.headers.get('x-next-page') ?? '';
    }
    return undefined;
  }

  return {
    description: `GitLab merge request !${options.mergeRequestIid}`,
    maxLength: 1_000_000,
    async upsert(request: CommentRequest) {
      try {
        const existing = await findOurs(request.marker);
        if (existing) {
          if (existing.body === request.markdown) return { ok: true, action: 'unchanged', url: null };
          await call('PUT', `${base}/${existing.id}`, { body: request.markdown });
          return { ok: true, action: 'updated', url: null };
        }
        if (!request.createIfMissing) return { ok: true, action: 'skipped', url: null };
        await call('POST', base, { body: request.markdown });
        return { ok: true, action: 'created', url: null };
      } catch (e) {
        if (e instanceof HttpError) return { ok: false, error: explainStatus(e.status, where, ADVICE, e.message) };
        return { ok: false, error: `cannot reach ${where}: ${(e as Error).message}` };
      }
    },
  };
}
