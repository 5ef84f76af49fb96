import { resolve } from 'node:path';
import { diffSets, type BaseSet } from '../checks/diff.js';
import { isEmptyDiff, type DependencyDiff } from '../checks/diff-model.js';
import type { CommentMode, CommentOutcome, CommentTarget } from '../platforms/comment.js';
import { bomChunks } from '../report/cyclonedx/write.js';
import { diffJson } from '../report/diff-json.js';
import { COMMENT_MARKER, renderDiffComment } from '../report/markdown/diff-comment.js';
import { scanJsonChunks } from '../report/scan-json.js';
import type { ScanContext, Store, WriteSummary } from '../store/store.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { EXIT } from './exit-codes.js';
import { writeOutput } from './output-file.js';
import { newSbomStamp, readInputs, type ScanResult } from './scan.js';

/** Typed options of one scan, whether they came from CLI flags or action inputs. Clients come in built. */
export interface ScanJobOptions {
  readonly patterns: readonly string[];
  readonly cwd: string;
  readonly maxInputBytes: number;
  readonly sbomPath: string | null;
  readonly jsonPath: string | null;
  readonly diffJsonPath: string | null;
  readonly commentMdPath: string | null;
  /** Names the SBOM's subject; with `context`, also where the sets are stored. */
  readonly project: string;
  readonly ref: string | null;
  /** Null when project or ref is unknown: then nothing is written to the store. */
  readonly context: ScanContext | null;
  readonly store: Store | null;
  readonly targetRef: string | null;
  /** Base reports to compare with instead of the store. */
  readonly basePatterns: readonly string[] | null;
  readonly commentMode: CommentMode;
  readonly commentTarget: CommentTarget | null;
  /** Where the full diff is, for a comment that has to be cut ("the depindex-diff.json artifact"). */
  readonly fullDiffLocation: string;
}

export interface ScanJobOutcome {
  readonly result: ScanResult;
  readonly diff: DependencyDiff | null;
  readonly stored: WriteSummary | null;
  readonly comment: CommentOutcome | null;
  readonly commentMarkdown: string | null;
  readonly exitCode: number;
  /** Outputs and store operations that failed, as messages naming the file or store. */
  readonly outputErrors: readonly string[];
  /** Things skipped on purpose, for the log ("no --project: not written to the store"). */
  readonly notices: string[];
}

/**
 * The scan flow of DESIGN.md 2: read, compare with the target, write the store, emit. The exit code is decided
 * here, once. The target is loaded before this scan is written, so a scan of the target ref itself still
 * compares with what was there before.
 */
export async function runScanJob(options: ScanJobOptions): Promise<ScanJobOutcome> {
  const result = await readInputs({ patterns: options.patterns, cwd: options.cwd, maxInputBytes: options.maxInputBytes });
  const outputErrors: string[] = [];
  const notices: string[] = [];
  const errors = [...result.errors];

  // undefined: nothing to compare with; null: a target ref that was never scanned.
  let base: readonly BaseSet[] | null | undefined = undefined;
  const fromBaseReports = options.basePatterns !== null && options.basePatterns.length > 0;
  const target = fromBaseReports ? 'the base reports' : (options.targetRef ?? '');
  if (fromBaseReports) {
    const baseResult = await readInputs({ patterns: options.basePatterns ?? [], cwd: options.cwd, maxInputBytes: options.maxInputBytes });
    errors.push(...baseResult.errors.map((e) => ({ file: e.file, message: `(base) ${e.message}` })));
    base = baseResult.sets;
  } else if (options.targetRef && options.store && options.context) {
    const loaded = await options.store.loadSets(options.context.project, options.targetRef);
    if (loaded.ok) base = loaded.value.length > 0 ? loaded.value : null;
    else outputErrors.push(`cannot read the target ref ${options.targetRef} from ${options.store.location}: ${loaded.error}`);
  }
  // A file whose input could not be read this time is not compared: it would show as wholly removed.
  const unread = new Set(result.errors.map((e) => e.file));
  const diff = base === undefined ? null : diffSets(target, base === null ? null : base.filter((s) => !unread.has(s.file)), result.sets);

  let stored: WriteSummary | null = null;
  if (options.store && options.context) {
    const written = await options.store.writeScan(options.context, result.sets);
    if (written.ok) stored = written.value;
    else outputErrors.push(`cannot write to the store ${options.store.location}: ${written.error}`);
  }

  const write = async (path: string | null, content: () => string | Iterable<string>) => {
    if (!path) return;
    const written = await writeOutput(path, resolve(options.cwd, path), content());
    if (!written.ok) outputErrors.push(written.message);
  };
  await write(options.sbomPath, () =>
    bomChunks(result.sets, { name: options.project, version: options.ref }, { name: TOOL_NAME, version: VERSION }, newSbomStamp()),
  );
  await write(options.jsonPath, () => scanJsonChunks(result.inputs, result.sets, errors, result.warnings, result.notes));
  if (diff) await write(options.diffJsonPath, () => diffJson(diff));

  let commentMarkdown: string | null = null;
  let comment: CommentOutcome | null = null;
  if (diff) {
    const maxLength = options.commentTarget?.maxLength ?? 65_536;
    commentMarkdown = renderDiffComment(diff, { maxLength, fullDiffLocation: options.fullDiffLocation });
    await write(options.commentMdPath, () => commentMarkdown as string);
    if (options.commentTarget && options.commentMode !== 'never') {
      comment = await options.commentTarget.upsert({
        markdown: commentMarkdown,
        marker: COMMENT_MARKER,
        createIfMissing: options.commentMode === 'always' || (!isEmptyDiff(diff) && diff.targetKnown),
      });
    }
  } else if (options.diffJsonPath || options.commentMdPath) {
    notices.push('no diff: give --target-ref (defaults from CI on merge requests) or --base');
  }

  // A comment that cannot be posted is reported with what to fix, but does not fail the job: forks and
  // read-only tokens are common, and the diff is in the job's other outputs.
  const exitCode = outputErrors.length > 0 ? EXIT.output : errors.length > 0 ? EXIT.input : EXIT.ok;
  return { result: { ...result, errors }, diff, stored, comment, commentMarkdown, exitCode, outputErrors, notices };
}
