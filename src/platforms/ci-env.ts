/**
 * What the CI platform says about this run, read from its environment variables (GitLab CI first, then GitHub
 * Actions). Pure: the environment and GitHub's event payload come in as values.
 */
export interface CiFacts {
  readonly platform: 'gitlab' | 'github' | 'local';
  readonly project: string | null;
  readonly ref: string | null;
  readonly refType: 'branch' | 'tag' | null;
  readonly defaultBranch: boolean | null;
  readonly commitSha: string | null;
  readonly pipelineUrl: string | null;
  readonly targetRef: string | null;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The parts of GitHub's event payload (GITHUB_EVENT_PATH) that matter here. */
export interface GithubEvent {
  readonly repository?: { readonly default_branch?: string };
  readonly pull_request?: { readonly head?: { readonly sha?: string; readonly ref?: string }; readonly base?: { readonly ref?: string } };
}

const nonEmpty = (v: string | undefined): string | null => (v !== undefined && v !== '' ? v : null);

export function ciFacts(env: Env, githubEvent: GithubEvent | null): CiFacts {
  if (env.GITLAB_CI) {
    const ref = nonEmpty(env.CI_COMMIT_REF_NAME);
    return {
      platform: 'gitlab',
      project: nonEmpty(env.CI_PROJECT_PATH),
      ref,
      refType: env.CI_COMMIT_TAG ? 'tag' : 'branch',
      defaultBranch: ref !== null && env.CI_DEFAULT_BRANCH !== undefined ? ref === env.CI_DEFAULT_BRANCH : null,
      commitSha: nonEmpty(env.CI_COMMIT_SHA),
      pipelineUrl: nonEmpty(env.CI_PIPELINE_URL),
      targetRef: nonEmpty(env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME),
    };
  }
  if (env.GITHUB_ACTIONS) {
    // On a pull request GITHUB_REF_NAME is "123/merge" and GITHUB_SHA a merge commit: the head is what was pushed.
    const ref = nonEmpty(env.GITHUB_HEAD_REF) ?? nonEmpty(env.GITHUB_REF_NAME);
    const defaultBranch = githubEvent?.repository?.default_branch;
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
      platform: 'github',
      project: nonEmpty(env.GITHUB_REPOSITORY),
      ref,
      refType: env.GITHUB_REF_TYPE === 'tag' ? 'tag' : 'branch',
      defaultBranch: ref !== null && defaultBranch !== undefined ? ref === defaultBranch : null,
      commitSha: nonEmpty(githubEvent?.pull_request?.head?.sha) ?? nonEmpty(env.GITHUB_SHA),
      pipelineUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
      targetRef: nonEmpty(env.GITHUB_BASE_REF),
    };
  }
  return { platform: 'local', project: null, ref: null, refType: null, defaultBranch: null, commitSha: null, pipelineUrl: null, targetRef: null };
}
