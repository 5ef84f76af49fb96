import type { CommentRequest, CommentTarget } from '../comment.js';
import { explainStatus } from '../http-errors.js';

export interface GithubCommentOptions {
  readonly token: string;
  /** "owner/repo". */
  readonly repository: string;
  readonly pullRequest: number;
  /** GITHUB_API_URL; https://api.github.com by default. */
  readonly apiUrl: string;
}

const ADVICE = {
  401: 'the token was refused; check the github-token input (or GITHUB_TOKEN for the CLI)',
  403: 'the token may not comment; give the job `permissions: pull-requests: write` (pull requests from forks get a read-only token)',
  404: 'the repository or pull request was not found, or the token cannot see it',
};

/**
 * One sticky pull request comment through @actions/github: found again by its marker and updated in place.
 * The client is loaded when a comment is actually posted, so the CLI does not pay for it at start-up.
 */
export function githubCommentTarget(options: GithubCommentOptions): CommentTarget {
  const [owner = '', repo = ''] = options.repository.split('/');
  const where = `GitHub (${options.apiUrl}) for ${options.repository}#${options.pullRequest}`;
  return {
    description: `GitHub pull request #${options.pullRequest}`,
    maxLength: 65_536,
    async upsert(request: CommentRequest) {
      try {
        const { getOctokit } = await import('@actions/github');
        const octokit = getOctokit(options.token, { baseUrl: options.apiUrl });
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: options.pullRequest, per_page: 100 });
        // Only a comment that starts with the marker is ours; a quote of it in someone else's comment is not.
        const existing = comments.find((c) => c.body?.startsWith(request.marker));
        if (existing) {
          if (existing.body === request.markdown) return { ok: true, action: 'unchanged', url: existing.html_url };
          const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: request.markdown });
          return { ok: true, action: 'updated', url: updated.data.html_url };
        }
        if (!request.createIfMissing) return { ok: true, action: 'skipped', url: null };
        const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: options.pullRequest, body: request.markdown });
        return { ok: true, action: 'created', url: created.data.html_url };
      } catch (e) {
        const status = (e as { status?: number }).status;
        if (typeof status === 'number') return { ok: false, error: explainStatus(status, where, ADVICE, (e as Error).message) };
        return { ok: false, error: `cannot reach ${where}: ${(e as Error).message}` };
      }
    },
  };
}
