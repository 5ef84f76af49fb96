import type { CommentTarget } from '../comment.js';

export interface GitlabCommentOptions {
  readonly token: string;
  /** CI_API_V4_URL, e.g. https://gitlab.com/api/v4. */
  readonly apiUrl: string;
  /** CI_PROJECT_ID. */
  readonly projectId: string;
  /** CI_MERGE_REQUEST_IID. */
  readonly mergeRequestIid: string;
}

// Placeholder until the GitLab note lands: says so instead of pretending to post.
export function gitlabCommentTarget(options: GitlabCommentOptions): CommentTarget {
  return {
    description: `GitLab merge request !${options.mergeRequestIid}`,
    maxLength: 1_000_000,
    upsert: async () => ({ ok: false, error: 'posting to GitLab is not implemented yet' }),
  };
}
