import type { CommentRequest, CommentTarget } from '../comment.js';
import { explainStatus } from '../http-errors.js';
import { DEFAULT_HTTP_POLICY, PlatformError, platformClient, type HttpPolicy } from '../http.js';
import { pagesOf } from '../pages.js';

export interface GithubCommentOptions {
  readonly token: string;
  /** "owner/repo". */
  readonly repository: string;
  readonly pullRequest: number;
  /** GITHUB_API_URL; https://api.github.com by default. */
  readonly apiUrl: string;
  /** Timeouts, retries and limits (http.ts); the defaults otherwise. */
  readonly http?: Partial<HttpPolicy>;
}

const ADVICE = {
  401: 'the token was refused; check the github-token input (or GITHUB_TOKEN for the CLI)',
  403: 'the token may not comment; give the job `permissions: pull-requests: write` (pull requests from forks get a read-only token)',
  404: 'the repository or pull request was not found, or the token cannot see it',
};

interface IssueComment {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url?: string;
  readonly user?: { readonly login?: string } | null;
}

/** "github-actions[bot]" in REST, "github-actions" in GraphQL: one identity. */
const sameLogin = (a: string, b: string) => a.replace(/\[bot\]$/, '').toLowerCase() === b.replace(/\[bot\]$/, '').toLowerCase();

/** GraphQL lives beside REST: https://api.github.com/graphql, or https://ghes/api/graphql for https://ghes/api/v3. */
function graphqlUrl(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(base) ? base.replace(/\/v3$/, '/graphql') : `${base}/graphql`;
}

/**
 * One sticky pull request comment through GitHub's REST API: the comment that starts with the marker and was
 * written by the token's own identity (anyone can post a marker comment first; that one is not depindex's).
 * The identity is GraphQL's `viewer`, which also answers for the workflow's installation token.
 */
export function githubCommentTarget(options: GithubCommentOptions): CommentTarget {
  const [owner = '', repo = ''] = options.repository.split('/');
  const api = options.apiUrl.replace(/\/+$/, '');
  const where = `GitHub (${options.apiUrl}) for ${options.repository}#${options.pullRequest}`;
  const headers = { Authorization: `token ${options.token}`, Accept: 'application/vnd.github+json', 'User-Agent': 'depindex' };
  const list = `${api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues/${options.pullRequest}/comments`;
  return {
    description: `GitHub pull request #${options.pullRequest}`,
    maxLength: 65_536,
    async upsert(request: CommentRequest) {
      const call = platformClient({ ...DEFAULT_HTTP_POLICY, ...options.http }, where);
      try {
        const viewer = await call('POST', graphqlUrl(api), headers, { query: 'query { viewer { login } }' });
        const login = (viewer.json as { data?: { viewer?: { login?: unknown } } }).data?.viewer?.login;
        if (typeof login !== 'string') return { ok: false, error: `${where}: the token's identity could not be read (GraphQL viewer), so depindex's comment cannot be told from others` };
        let existing: IssueComment | undefined;
        for await (const page of pagesOf(call, headers, `${list}?per_page=100`, nextFromLink)) {
          existing = (page as IssueComment[]).find((c) => c.body?.startsWith(request.marker) && sameLogin(c.user?.login ?? '', login));
          if (existing) break;
        }
        if (existing) {
          if (existing.body === request.markdown) return { ok: true, action: 'unchanged', url: existing.html_url ?? null };
          const updated = await call('PATCH', `${api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues/comments/${existing.id}`, headers, { body: request.markdown });
          return { ok: true, action: 'updated', url: (updated.json as IssueComment).html_url ?? null };
        }
        if (!request.createIfMissing) return { ok: true, action: 'skipped', url: null };
        const created = await call('POST', list, headers, { body: request.markdown });
        return { ok: true, action: 'created', url: (created.json as IssueComment).html_url ?? null };
      } catch (e) {
        if (e instanceof PlatformError && e.status !== null && e.status >= 300) return { ok: false, error: explainStatus(e.status, where, ADVICE, e.detail) };
        const message = (e as Error).message;
        return { ok: false, error: message.includes(where) ? message : `${where}: ${message}` };
      }
    },
  };
}

/** The `rel="next"` URL of a Link header. */
function nextFromLink(headers: Headers): string | null {
  const link = headers.get('link') ?? '';
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1] ?? null;
  }
  return null;
}
