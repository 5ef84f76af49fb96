import type { CommentRequest, CommentTarget } from '../comment.js';
import { explainStatus } from '../http-errors.js';
import { DEFAULT_HTTP_POLICY, PlatformError, platformClient, type HttpPolicy } from '../http.js';
import { pagesOf } from '../pages.js';

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
  /** Timeouts, retries and limits (http.ts); the defaults otherwise. */
  readonly http?: Partial<HttpPolicy>;
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
  readonly author?: { readonly id?: number } | null;
}

/**
 * One sticky merge request note through GitLab's REST API: the note that starts with the marker and was written
 * by the token's own user (GET /user; a project access token has a bot user of its own). A marker note by anyone
 * else is not depindex's, so it is never overwritten.
 */
export function gitlabCommentTarget(options: GitlabCommentOptions): CommentTarget {
  const api = options.apiUrl.replace(/\/+$/, '');
  const base = `${api}/projects/${encodeURIComponent(options.projectId)}/merge_requests/${encodeURIComponent(options.mergeRequestIid)}/notes`;
  const where = `GitLab (${options.apiUrl}) for merge request !${options.mergeRequestIid}`;
  const headers = { 'PRIVATE-TOKEN': options.token };

  return {
    description: `GitLab merge request !${options.mergeRequestIid}`,
    maxLength: 1_000_000,
    async upsert(request: CommentRequest) {
      const call = platformClient({ ...DEFAULT_HTTP_POLICY, ...(options.fetch ? { fetch: options.fetch } : {}), ...options.http }, where);
      try {
        const user = await call('GET', `${api}/user`, headers);
        const me = (user.json as { id?: unknown }).id;
        if (typeof me !== 'number') return { ok: false, error: `${where}: the token's user could not be read (GET /user), so depindex's note cannot be told from others` };
        let existing: Note | undefined;
        const next = (h: Headers, url: string) => {
          const page = h.get('x-next-page') ?? '';
          if (!/^\d+$/.test(page)) return null;
          const following = new URL(url);
          following.searchParams.set('page', page);
          return following.toString();
        };
        for await (const page of pagesOf(call, headers, `${base}?per_page=100&page=1&sort=asc&order_by=created_at`, next)) {
          existing = (page as Note[]).find((n) => !n.system && typeof n.body === 'string' && n.body.startsWith(request.marker) && n.author?.id === me);
          if (existing) break;
        }
        if (existing) {
          if (existing.body === request.markdown) return { ok: true, action: 'unchanged', url: null };
          await call('PUT', `${base}/${existing.id}`, headers, { body: request.markdown });
          return { ok: true, action: 'updated', url: null };
        }
        if (!request.createIfMissing) return { ok: true, action: 'skipped', url: null };
        await call('POST', base, headers, { body: request.markdown });
        return { ok: true, action: 'created', url: null };
      } catch (e) {
        if (e instanceof PlatformError && e.status !== null && e.status >= 300) return { ok: false, error: explainStatus(e.status, where, ADVICE, e.detail) };
        const message = (e as Error).message;
        return { ok: false, error: message.includes(where) ? message : `${where}: ${message}` };
      }
    },
  };
}
