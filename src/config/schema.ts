import type { FindingKind, Severity } from '../model/finding.js';

/**
 * The one JSON Schema of `.depindex.yml` (issue 13): it validates the file strictly, fills the defaults and is
 * what `depindex config schema` prints. The config type below mirrors it; `test/config` checks both agree.
 */
const SEVERITY = { enum: ['critical', 'high', 'medium', 'low', 'info', 'unknown'] };
const KINDS = { enum: ['vulnerability', 'checksum-changed', 'source-changed', 'dependency-policy', 'license-policy'] };
const stringList = { type: 'array', items: { type: 'string', minLength: 1 }, default: [] };

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://depindex.dev/schema/depindex-config.json',
  title: 'depindex configuration (.depindex.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    'fail-on': {
      description: 'Lowest severity that fails the verdict; never = report only.',
      enum: ['critical', 'high', 'medium', 'low', 'info', 'never'],
      default: 'high',
    },
    mode: { description: 'enforce, or warn: findings are reported and the verdict never fails.', enum: ['enforce', 'warn'], default: 'enforce' },
    'only-new': {
      description: 'On a merge/pull request only findings new in the change decide the verdict.',
      type: 'boolean',
      default: true,
    },
    checks: {
      description: 'Turn single checks off.',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: Object.fromEntries(
        KINDS.enum.map((k) => [k, { type: 'boolean', default: true, description: `Run the ${k} check.` }]),
      ),
    },
    severities: {
      description: 'Severity of the supply-chain checks.',
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        'checksum-changed': { ...SEVERITY, default: 'high' },
        'source-changed': { ...SEVERITY, default: 'high' },
        'dependency-confusion': { ...SEVERITY, default: 'critical', description: 'source-changed from a private to a public registry.' },
      },
    },
    registries: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        private: { ...stringList, description: 'Source URL prefixes or host names of private registries.' },
        'private-packages': { ...stringList, description: 'purl patterns (with * globs) that must come from a private registry.' },
      },
    },
    dependencies: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        deny: {
          type: 'array',
          default: [],
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['purl'],
            properties: {
              purl: { type: 'string', pattern: '^pkg:', description: 'purl pattern: type, namespace, name, * globs, no version.' },
              range: { type: 'string', minLength: 1, description: "Version range in the ecosystem's own syntax." },
              scope: { enum: ['runtime', 'development', 'all'], default: 'all' },
              severity: { ...SEVERITY, default: 'high' },
              reason: { type: 'string' },
            },
          },
        },
      },
    },
    licenses: {
      type: 'object',
      additionalProperties: false,
      default: {},
      properties: {
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'SPDX ids allowed; absent = no allow list.' },
        deny: { ...stringList, description: 'SPDX ids denied.' },
        unknown: { enum: ['fail', 'warn', 'ignore'], default: 'warn', description: 'A dependency without a known SPDX licence.' },
        severity: { ...SEVERITY, default: 'medium' },
        scope: { enum: ['runtime', 'development', 'all'], default: 'all' },
      },
    },
    exceptions: {
      type: 'array',
      default: [],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['reason'],
        description: 'Suppresses matching findings. Needs purl or id (or both).',
        properties: {
          purl: { type: 'string', pattern: '^pkg:', description: 'purl pattern, as in dependencies.deny.' },
          id: { type: 'string', description: 'A finding id or an advisory id / CVE.' },
          kinds: { type: 'array', items: KINDS, default: [] },
          until: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day (UTC) the exception holds.' },
          reason: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;

export type Scope = 'runtime' | 'development' | 'all';

export interface DenyRule {
  readonly purl: string;
  readonly range?: string;
  readonly scope: Scope;
  readonly severity: Severity;
  readonly reason?: string;
}

export interface ExceptionRule {
  readonly purl?: string;
  readonly id?: string;
  readonly kinds: readonly FindingKind[];
  readonly until?: string;
  readonly reason: string;
}

/** The effective configuration: the file with every default filled in. */
export interface DepindexConfig {
  readonly 'fail-on': 'critical' | 'high' | 'medium' | 'low' | 'info' | 'never';
  readonly mode: 'enforce' | 'warn';
  readonly 'only-new': boolean;
  readonly checks: Readonly<Record<FindingKind, boolean>>;
  readonly severities: {
    readonly 'checksum-changed': Severity;
    readonly 'source-changed': Severity;
    readonly 'dependency-confusion': Severity;
  };
  readonly registries: { readonly private: readonly string[]; readonly 'private-packages': readonly string[] };
  readonly dependencies: { readonly deny: readonly DenyRule[] };
  readonly licenses: {
    readonly allow?: readonly string[];
    readonly deny: readonly string[];
    readonly unknown: 'fail' | 'warn' | 'ignore';
    readonly severity: Severity;
    readonly scope: Scope;
  };
  readonly exceptions: readonly ExceptionRule[];
}
