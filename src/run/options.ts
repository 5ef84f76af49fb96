import { DEFAULT_STORE } from '../store/open.js';

/**
 * The options of `scan`, with their defaults, in one place: the CLI flags, the action inputs (action.yml has no
 * defaults of its own, except the token expression only the runner can evaluate) and the README reference all
 * come from this schema; a test checks action.yml against it. CI environment defaults are in ci-env.ts.
 */
export interface OptionSpec {
  /** CLI flag without dashes; the action input has the same name. */
  readonly name: string;
  readonly kind: 'string' | 'boolean' | 'list';
  readonly default: string | boolean | null;
  readonly description: string;
  /** Only an action input (the CLI takes these from the environment). */
  readonly actionOnly?: boolean;
  /** Only a CLI flag. */
  readonly cliOnly?: boolean;
}

export const scanOptionSpecs = [
  {
    name: 'reports',
    kind: 'list',
    default: null,
    description:
      'Files or globs of scanner outputs to read: GitLab dependency scanning reports, CycloneDX or SPDX SBOMs, lock files. One per line or comma-separated in the action; positional arguments on the CLI.',
  },
  { name: 'sbom', kind: 'string', default: null, description: 'Write a CycloneDX 1.6 JSON SBOM of the project to this file.' },
  { name: 'json', kind: 'string', default: null, description: 'Write the dependency sets as JSON (README "JSON output") to this file.' },
  { name: 'csv', kind: 'string', default: null, description: 'Write the dependency list as CSV (one row per dependency and file, for spreadsheets) to this file.' },
  {
    name: 'sbom-name',
    kind: 'string',
    default: null,
    description: 'Name of the SBOM\'s subject (metadata.component). Default: the project path, else the root manifest\'s package name, else the folder.',
  },
  {
    name: 'sbom-version',
    kind: 'string',
    default: null,
    description: 'Version of the SBOM\'s subject. Default: the root manifest\'s version, else the commit, else the ref.',
  },
  {
    name: 'store',
    kind: 'string',
    default: DEFAULT_STORE,
    description:
      'Where the index is: sqlite:PATH (embedded, no server), an http(s):// Elasticsearch URL, or an Elastic Cloud id. Defaults from DEPINDEX_STORE when set.',
  },
  { name: 'no-store', kind: 'boolean', default: false, description: 'Do not read or write the index (scan, SBOM and diff against --base only).' },
  {
    name: 'partial',
    kind: 'boolean',
    default: false,
    description:
      'The inputs are only some of the ref\'s dependency files: other files\' sets stay in the index, and the diff compares only the files read. Without it a scan is the ref\'s complete picture and sets of files it no longer has are retired.',
  },
  {
    name: 'project',
    kind: 'string',
    default: null,
    description: 'The project\'s full path ("group/sub/app", "owner/repo"). Defaults from CI (CI_PROJECT_PATH, GITHUB_REPOSITORY).',
  },
  {
    name: 'ref',
    kind: 'string',
    default: null,
    description: 'The branch or tag scanned. Defaults from CI (CI_COMMIT_REF_NAME; GITHUB_HEAD_REF or GITHUB_REF_NAME).',
  },
  { name: 'ref-type', kind: 'string', default: 'branch', description: 'branch or tag. Defaults from CI (CI_COMMIT_TAG, GITHUB_REF_TYPE).' },
  {
    name: 'default-branch',
    kind: 'boolean',
    default: false,
    description: 'The ref is the project\'s default branch. Defaults from CI (CI_DEFAULT_BRANCH; the event\'s repository.default_branch).',
  },
  { name: 'commit', kind: 'string', default: null, description: 'The commit SHA scanned. Defaults from CI (CI_COMMIT_SHA, the pull request head SHA or GITHUB_SHA).' },
  { name: 'pipeline-url', kind: 'string', default: null, description: 'The pipeline or workflow run URL. Defaults from CI.' },
  {
    name: 'target-ref',
    kind: 'string',
    default: null,
    description: 'Compare with this ref\'s sets in the store. Defaults from CI (CI_MERGE_REQUEST_TARGET_BRANCH_NAME, GITHUB_BASE_REF).',
  },
  { name: 'base', kind: 'list', default: null, description: 'Compare with these base reports or SBOMs (files or globs) instead of the store.' },
  { name: 'diff-json', kind: 'string', default: null, description: 'Write the dependency diff as JSON (README "Diff JSON") to this file.' },
  {
    name: 'config',
    kind: 'string',
    default: null,
    description: 'The checks\' configuration (README "Configuration"). Default: .depindex.yml at the repository root, when present.',
  },
  { name: 'findings', kind: 'string', default: null, description: 'Write the verdict and the findings as JSON (README "Checks and findings", Outputs) to this file.' },
  {
    name: 'gitlab-report',
    kind: 'string',
    default: null,
    description: 'Write the findings as a GitLab dependency scanning security report (schema 15.2.1) to this file.',
  },
  { name: 'sarif', kind: 'string', default: null, description: 'Write the findings as SARIF 2.1.0 (GitHub code scanning) to this file.' },
  { name: 'comment-md', kind: 'string', default: null, description: 'Write the merge request comment\'s markdown to this file.' },
  {
    name: 'comment',
    kind: 'string',
    default: 'on-change',
    description: 'Post the diff on the merge/pull request: always, on-change (only when something changed, or to update an earlier comment), or never.',
  },
  {
    name: 'github-token',
    kind: 'string',
    default: null,
    actionOnly: true,
    description: 'Token for the pull request comment; needs pull-requests: write. action.yml defaults it to the workflow token.',
  },
  {
    name: 'mode',
    kind: 'string',
    default: 'scan',
    actionOnly: true,
    description:
      'scan (the default), or prune-deleted-ref: run on GitHub\'s delete event (on: delete) to remove the deleted branch or tag, named by the event payload, from the index given by store; reports is then not read.',
  },
  {
    name: 'max-input-size',
    kind: 'string',
    default: '256MiB',
    description: 'Inputs larger than this are refused with a message instead of being read (e.g. 512MiB, 1GiB).',
  },
] as const satisfies readonly OptionSpec[];

export type ScanOptionName = (typeof scanOptionSpecs)[number]['name'];

export function optionDefault(name: ScanOptionName): string | boolean | null {
  return (scanOptionSpecs.find((o) => o.name === name) as OptionSpec).default;
}
