import type { CommentTarget } from '../comment.js';

export interface GithubCommentOptions {
  readonly token: string;
  /** "owner/repo". */
  readonly repository: string;
  readonly pullRequest: number;
  /** GITHUB_API_URL; https://api.github.com by default. */
  readonly apiUrl: string;
}

// Placeholder until the GitHub comment lands: says so instead of pretending to post.
export function githubCommentTarget(options: GithubCommentOptions): CommentTarget {
  return {
    description: `GitHub pull request #${options.pullRequest}`,
    maxLength: 65_536,
    upsert: async () => ({ ok: false, error: 'posting to GitHub is not implemented yet' }),
  };
}
