import type { FindingProducer } from '../checks/context.js';
import { diffSets } from '../checks/diff.js';
import { withReportedVulnerabilities } from '../checks/diff-vulnerabilities.js';
import type { DependencyDiff, UnreadInput } from '../checks/diff-model.js';
import { runChecks } from '../checks/run.js';
import { decideVerdict } from '../checks/verdict.js';
import type { DepindexConfig } from '../config/schema.js';
import type { MatchThread } from '../metadata/match-worker/client.js';
import type { MetadataLookup } from '../metadata/store/types.js';
import type { SbomSubject } from '../report/cyclonedx/write.js';
import type { Finding } from '../model/finding.js';
import type { Verdict } from '../model/verdict.js';
import type { CommentOutcome, CommentTarget } from '../platforms/comment.js';
import type { InputError } from '../model/input-problem.js';
import type { Store, WriteSummary } from '../store/store.js';
import { compare } from './compare.js';
import { emit } from './emit.js';
import { enrich } from './enrich.js';
import { exitCodeOf } from './exit-code.js';
import type { StandardOutput } from './output-file.js';
import type { ResolvedScanOptions } from './resolve-options.js';
import { readInputs, type ScanResult } from './scan.js';

/** One scan's options: the resolved flags plus the clients and facts the edge (execute.ts) brings in. */
export interface PipelineOptions extends ResolvedScanOptions {
  readonly cwd: string;
  /** The repository root dependency files are named from (repository-root.ts); `cwd` when not given. */
  readonly root?: string;
  readonly config: DepindexConfig;
  readonly store: Store | null;
  /** Why the store could not be opened; reported as an output error, and the scan goes on without it. */
  readonly storeError: string | null;
  readonly commentTarget: CommentTarget | null;
  /** Where the full diff is, for a comment that has to be cut ("the depindex-diff.json artifact"). */
  readonly fullDiffLocation: string;
  /** What the SBOM describes, named at the edge from CI, the root manifest and the user's words. */
  readonly subject: SbomSubject;
  /** Extra finding producers of the check stage. */
  readonly producers: readonly FindingProducer[];
  /** The package metadata `depindex sync` keeps beside the index (enrich stage); null when there is none. */
  readonly metadata: MetadataLookup | null;
  /** Why the package metadata could not be opened: a notice, the scan goes on without it. */
  readonly metadataError?: string | null;
  /** A thread started over the SQLite metadata: a large scan matches there, beside its write (enrich.ts). */
  readonly matchThread?: MatchThread | null;
  /** From how many dependencies matching runs in a thread (enrich.ts MATCH_IN_THREAD_FROM; tests lower it). */
  readonly matchInThreadFrom?: number;
  readonly now: Date;
  /** Where an output named "-" goes (the CLI's standard output); null in the action and in tests that do not ask. */
  readonly stdout?: StandardOutput | null;
}

export interface PipelineOutcome {
  readonly result: ScanResult;
  readonly diff: DependencyDiff | null;
  readonly findings: readonly Finding[];
  readonly verdict: Verdict;
  readonly stored: WriteSummary | null;
  readonly comment: CommentOutcome | null;
  /** The comment's markdown (diff and findings), also the job summary; rendered when first asked. */
  readonly commentMarkdown: () => string | null;
  readonly exitCode: number;
  /** Outputs and store operations that failed, as messages naming the file or store. */
  readonly outputErrors: readonly string[];
  /** Things skipped on purpose, for the log ("no --project: not written to the store"). */
  readonly notices: readonly string[];
}

/**
 * One scan, stage by stage as DESIGN.md 2 draws it:
 * read (and graph) -> enrich -> compare -> check -> write -> emit -> exit code from the verdict. The check waits for
 * the advisories being matched while the write stores the sets; the findings join them in the same write.
 */
export async function runPipeline(options: PipelineOptions): Promise<PipelineOutcome> {
  const root = options.root ?? options.cwd;
  const input = await readInputs({ patterns: options.patterns, cwd: options.cwd, maxInputBytes: options.maxInputBytes, root });
  const enriched = await enrich(input.sets, options.metadata, {
    vulnerabilities: options.config.checks.vulnerability,
    thread: options.matchThread ?? null,
    threadFrom: options.matchInThreadFrom,
  });
  const read: ScanResult = { ...input, sets: enriched.sets };

  const compared = await compare({ ...options, root, needsHistory: options.config.checks['checksum-changed'] || options.config.checks['source-changed'] });
  // A side that could not be read is never compared: its files would show as wholly added or removed.
  const unread: UnreadInput[] = [
    ...read.errors.map((e) => ({ side: 'head' as const, file: e.file, message: e.message })),
    ...compared.errors.map((e) => ({ side: 'base' as const, file: e.file, message: e.message })),
  ];
  // A partial scan says nothing about the files it did not read: the base is limited to the files it did.
  const scanned = new Set(read.sets.map((s) => s.file));
  const base = options.partial && compared.base ? compared.base.filter((s) => scanned.has(s.file)) : compared.base;
  const diff =
    base === undefined
      ? null
      : withReportedVulnerabilities(diffSets(compared.target, base, read.sets, unread), { head: read.vulnerabilities, base: compared.baseVulnerabilities });

  // The checks wait for the advisories; when another thread matches them the store writes the sets meanwhile, and
  // the findings after them in the same write.
  const checked = enriched.vulnerabilities.then((matched) => ({
    matched,
    findings: runChecks(
      { sets: read.sets, config: options.config, reported: read.vulnerabilities, previous: compared.previous, standing: compared.standing, now: options.now },
      base ?? null,
      [...options.producers, () => matched.findings],
    ),
  }));

  const outputErrors = [...(options.storeError ? [options.storeError] : []), ...compared.storeErrors];
  const storeNotices: string[] = [];
  let stored: WriteSummary | null = null;
  if (options.store && options.context) {
    // A complete scan retires the ref's other files, unless an input could not be read: its file may be one of
    // them, and what was good in the index is never lost to a read error.
    // A scan that read no dependency file at all (only SBOMs depindex wrote itself) is no picture of the ref either.
    const complete = !options.partial && read.errors.length === 0 && read.sets.length > 0;
    if (!options.partial && read.errors.length > 0) storeNotices.push('no set was retired: an input could not be read, and retiring needs the complete picture of the ref');
    else if (!options.partial && !complete) storeNotices.push('no set was retired: no dependency file was read (`depindex prune` removes a ref)');
    // The findings go with the sets in one write: a store never holds sets with findings of another scan. Those of
    // sets that were not retired stay.
    // Only while another thread matches does the write start before the findings are in: the store's lock is then
    // held no longer than the write of the sets takes anyway.
    const forStore = enriched.concurrent ? checked.then((c) => c.findings) : (await checked).findings;
    // A store that refuses the scan before it waits for the findings leaves this unread; a failure is thrown below.
    if (forStore instanceof Promise) forStore.catch(() => {});
    const written = await options.store.writeScan(options.context, read.sets, { complete, findings: forStore });
    if (written.ok) stored = written.value;
    else outputErrors.push(`cannot write to the store ${options.store.location}: ${written.error}`);
  } else if (options.storeSpec && !options.context) {
    storeNotices.push('not written to the index: give --project and --ref (in CI they default from the environment), or --no-store');
  }
  const { matched, findings } = await checked;
  const verdict = decideVerdict(findings, options.config, base !== undefined && base !== null);
  // Package metadata is optional: without it the scan is what it was before `depindex sync` existed.
  const notices: string[] = [options.metadataError, enriched.error, matched.notice, ...storeNotices].filter((n): n is string => typeof n === 'string');

  const inputErrors: InputError[] = [...read.errors, ...compared.errors];
  const result: ScanResult = { ...read, errors: inputErrors };
  const emitted = await emit({ ...options, stdout: options.stdout ?? null }, { result, diff, findings, verdict });
  outputErrors.push(...emitted.outputErrors);
  notices.push(...emitted.notices);

  // A comment that cannot be posted is reported with what to fix, but does not fail the job: forks and
  // read-only tokens are common, and the diff is in the job's other outputs.
  const exitCode = exitCodeOf({ outputErrors, inputErrors, verdict });
  return { result, diff, findings, verdict, stored, comment: emitted.comment, commentMarkdown: emitted.commentMarkdown, exitCode, outputErrors, notices };
}
