import { basename } from 'node:path';
import { parseByteSize } from '../model/byte-size.js';
import type { CommentMode } from '../platforms/comment.js';
import type { ScanContext } from '../store/store.js';
import type { CiFacts } from '../platforms/ci-env.js';
import { storeKindOf } from '../store/open.js';
import { redactCredentials } from '../store/redact.js';
import { optionDefault } from './options.js';

/** Option values as the CLI or the action received them: strings, booleans, lists; absent when not given. */
export interface RawScanOptions {
  readonly reports: readonly string[];
  readonly sbom?: string;
  readonly json?: string;
  readonly csv?: string;
  readonly 'sbom-name'?: string;
  readonly 'sbom-version'?: string;
  readonly store?: string;
  readonly 'no-store'?: boolean;
  readonly partial?: boolean;
  readonly project?: string;
  readonly ref?: string;
  readonly 'ref-type'?: string;
  readonly 'default-branch'?: boolean;
  readonly commit?: string;
  readonly 'pipeline-url'?: string;
  readonly 'target-ref'?: string;
  readonly base?: readonly string[];
  readonly 'diff-json'?: string;
  readonly config?: string;
  readonly findings?: string;
  readonly 'gitlab-report'?: string;
  readonly sarif?: string;
  readonly 'comment-md'?: string;
  readonly comment?: string;
  readonly 'max-input-size'?: string;
}

export interface ResolvedScanOptions {
  readonly patterns: readonly string[];
  readonly maxInputBytes: number;
  readonly sbomPath: string | null;
  readonly jsonPath: string | null;
  readonly csvPath: string | null;
  /** What the user says the SBOM describes (--sbom-name, --sbom-version); the rest comes from CI and the manifest. */
  readonly sbomName: string | null;
  readonly sbomVersion: string | null;
  /** The project as CI or --project names it; null when unknown (`project` then falls back to the folder). */
  readonly knownProject: string | null;
  readonly diffJsonPath: string | null;
  readonly commentMdPath: string | null;
  readonly findingsPath: string | null;
  readonly gitlabReportPath: string | null;
  readonly sarifPath: string | null;
  /** --config; null: .depindex.yml when present. */
  readonly configPath: string | null;
  /** Null with --no-store. */
  readonly storeSpec: string | null;
  /** --partial: the inputs are only some of the ref's files (nothing retired, the diff limited to them). */
  readonly partial: boolean;
  readonly project: string;
  readonly ref: string | null;
  readonly context: ScanContext | null;
  readonly targetRef: string | null;
  readonly basePatterns: readonly string[] | null;
  readonly commentMode: CommentMode;
  /** Options given that cannot take effect here ("--target-ref with --no-store"): said, not silently dropped. */
  readonly warnings: readonly string[];
}

/** The file outputs; each may be "-", standard output (one of them at most). */
export const FILE_OUTPUTS = ['sbom', 'json', 'csv', 'diff-json', 'findings', 'gitlab-report', 'sarif', 'comment-md'] as const;

/**
 * Flags first, then what CI says (and DEPINDEX_STORE, as search and es read it), then the schema's defaults.
 * Errors name the option and what would be valid. Pure: the clock and the environment come in as values.
 */
export function resolveScanOptions(
  raw: RawScanOptions,
  ci: CiFacts,
  cwd: string,
  now: Date,
  env: Readonly<Record<string, string | undefined>> = {},
): { ok: true; value: ResolvedScanOptions } | { ok: false; error: string } {
  if (raw.reports.length === 0) return { ok: false, error: 'name at least one input file or glob' };
  const sizeText = raw['max-input-size'] ?? String(optionDefault('max-input-size'));
  const maxInputBytes = parseByteSize(sizeText);
  if (maxInputBytes === null || maxInputBytes <= 0) return { ok: false, error: `max-input-size "${sizeText}" is not a size (e.g. 256MiB, 1GiB)` };
  const refType = raw['ref-type'] ?? ci.refType ?? String(optionDefault('ref-type'));
  if (refType !== 'branch' && refType !== 'tag') return { ok: false, error: `ref-type "${refType}" must be branch or tag` };
  const commentMode = raw.comment ?? String(optionDefault('comment'));
  if (commentMode !== 'always' && commentMode !== 'on-change' && commentMode !== 'never') {
    return { ok: false, error: `comment "${commentMode}" must be always, on-change or never` };
  }

  const toStdout = FILE_OUTPUTS.filter((name) => raw[name] === '-');
  if (toStdout.length > 1) return { ok: false, error: `one output at most can go to standard output ("-"), got ${toStdout.map((n) => `--${n} -`).join(' and ')}` };
  const storeSpec = raw['no-store'] ? null : (raw.store ?? (env.DEPINDEX_STORE || null) ?? String(optionDefault('store')));
  if (storeSpec !== null) {
    const kind = storeKindOf(storeSpec);
    if (!kind.ok) return { ok: false, error: redactCredentials(raw.store === undefined ? `DEPINDEX_STORE: ${kind.error}` : kind.error) };
  }
  const warnings: string[] = [];
  if (raw['no-store'] && raw['target-ref'] !== undefined) {
    warnings.push(`--target-ref ${raw['target-ref']} has no effect with --no-store: there is no index to compare with (--base FILE compares with files)`);
  }

  const knownProject = raw.project ?? ci.project;
  const ref = raw.ref ?? ci.ref;
  const context: ScanContext | null =
    knownProject && ref
      ? {
          project: knownProject.replace(/^\/+|\/+$/g, ''),
          ref,
          refType,
          defaultBranch: raw['default-branch'] ?? ci.defaultBranch ?? false,
          commitSha: raw.commit ?? ci.commitSha,
          pipelineUrl: raw['pipeline-url'] ?? ci.pipelineUrl,
          scannedAt: now,
        }
      : null;
  return {
    ok: true,
    value: {
      patterns: raw.reports,
      maxInputBytes,
      sbomPath: raw.sbom ?? null,
      jsonPath: raw.json ?? null,
      csvPath: raw.csv ?? null,
      sbomName: raw['sbom-name'] ?? null,
      sbomVersion: raw['sbom-version'] ?? null,
      knownProject: knownProject ? knownProject.replace(/^\/+|\/+$/g, '') : null,
      diffJsonPath: raw['diff-json'] ?? null,
      commentMdPath: raw['comment-md'] ?? null,
      findingsPath: raw.findings ?? null,
      gitlabReportPath: raw['gitlab-report'] ?? null,
      sarifPath: raw.sarif ?? null,
      configPath: raw.config ?? null,
      partial: raw.partial ?? false,
      storeSpec,
      project: knownProject ?? basename(cwd),
      ref,
      context,
      targetRef: raw['target-ref'] ?? ci.targetRef,
      basePatterns: raw.base && raw.base.length > 0 ? raw.base : null,
      commentMode,
      warnings,
    },
  };
}
