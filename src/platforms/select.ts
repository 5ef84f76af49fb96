import type { CiFacts } from './ci-env.js';
import type { CommentTarget } from './comment.js';
import { githubCommentTarget } from './github/comment.js';
import { gitlabCommentTarget } from './gitlab/comment.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface CommentTargetChoice {
  readonly target: CommentTarget | null;
  /** Why there is none, when a merge request is being built but the comment cannot be posted. */
  readonly reason: string | null;
}

/**
 * The merge/pull request this run belongs to, if any, and how to reach it. GitLab: CI_API_V4_URL, CI_PROJECT_ID,
 * CI_MERGE_REQUEST_IID and a token in DEPINDEX_GITLAB_TOKEN or GITLAB_TOKEN. GitHub: the pull request number from
 * the event and a token (the action's github-token input, or GITHUB_TOKEN for the CLI).
 */
export function chooseCommentTarget(ci: CiFacts, env: Env, pullRequestNumber: number | null, githubToken: string | null): CommentTargetChoice {
  if (ci.platform === 'gitlab') {
    const iid = env.CI_MERGE_REQUEST_IID;
    if (!iid) return { target: null, reason: null };
    const token = env.DEPINDEX_GITLAB_TOKEN || env.GITLAB_TOKEN;
    if (!token) {
      return { target: null, reason: 'no token for the merge request note: set DEPINDEX_GITLAB_TOKEN (a project access token with the api scope) as a CI/CD variable' };
    }
    if (!env.CI_API_V4_URL || !env.CI_PROJECT_ID) return { target: null, reason: 'CI_API_V4_URL or CI_PROJECT_ID is not set' };
    return { target: gitlabCommentTarget({ token, apiUrl: env.CI_API_V4_URL, projectId: env.CI_PROJECT_ID, mergeRequestIid: iid }), reason: null };
  }
  if (ci.platform === 'github') {
    if (pullRequestNumber === null || !env.GITHUB_REPOSITORY) return { target: null, reason: null };
    if (!githubToken) return { target: null, reason: 'no token for the pull request comment: pass github-token (the default workflow token works with permissions: pull-requests: write)' };
    return {
      target: githubCommentTarget({
        token: githubToken,
        repository: env.GITHUB_REPOSITORY,
        pullRequest: pullRequestNumber,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      }),
      reason: null,
    };
  }
  return { target: null, reason: null };
}
