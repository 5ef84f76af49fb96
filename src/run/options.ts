/**
 * The options of `scan`, with their defaults, in one place: the CLI flags, the action inputs (action.yml has
 * no defaults of its own) and the README reference all come from this schema; a test checks action.yml
 * against it.
 */
export interface OptionSpec {
  /** CLI flag without dashes; the action input has the same name. */
  readonly name: string;
  readonly kind: 'string' | 'boolean' | 'list';
  readonly default: string | boolean | null;
  readonly description: string;
  /** Environment variables that supply the value in CI when the option is not given, first match wins. */
  readonly env?: readonly string[];
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
  {
    name: 'project',
    kind: 'string',
    default: null,
    description: 'The project\'s full path ("group/sub/app", "owner/repo"); names the SBOM\'s subject. Defaults from CI, else the folder name.',
    env: ['CI_PROJECT_PATH', 'GITHUB_REPOSITORY'],
  },
  {
    name: 'ref',
    kind: 'string',
    default: null,
    description: 'The branch or tag scanned. Defaults from CI.',
    env: ['CI_COMMIT_REF_NAME', 'GITHUB_HEAD_REF', 'GITHUB_REF_NAME'],
  },
  {
    name: 'max-input-size',
    kind: 'string',
    default: '256MiB',
    description: 'Inputs larger than this are refused with a message instead of being read (e.g. 512MiB, 1GiB).',
  },
] as const satisfies readonly OptionSpec[];

export type ScanOptionName = (typeof scanOptionSpecs)[number]['name'];

/** The first of an option's CI environment variables that is set (GitLab's first, then GitHub's). */
export function optionFromEnv(name: ScanOptionName, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const spec: OptionSpec | undefined = scanOptionSpecs.find((o) => o.name === name);
  for (const variable of spec?.env ?? []) {
    const value = env[variable];
    if (value) return value;
  }
  return undefined;
}

export function optionDefault(name: ScanOptionName): string | boolean | null {
  return (scanOptionSpecs.find((o) => o.name === name) as OptionSpec).default;
}
