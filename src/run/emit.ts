import { resolve } from 'node:path';
import { isEmptyDiff, type DependencyDiff } from '../checks/diff-model.js';
import type { Finding } from '../model/finding.js';
import type { Verdict } from '../model/verdict.js';
import type { CommentMode, CommentOutcome, CommentTarget } from '../platforms/comment.js';
import { bomChunks, type SbomSubject } from '../report/cyclonedx/write.js';
import { diffJson } from '../report/diff-json.js';
import { findingsJson } from '../report/findings/json.js';
import { COMMENT_MARKER, renderDiffComment } from '../report/markdown/diff-comment.js';
import { renderFindingsSection } from '../report/markdown/findings-section.js';
import { scanJsonChunks } from '../report/scan-json.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { writeOutput, writeToStdout, type StandardOutput } from './output-file.js';
import { newSbomStamp, type ScanResult } from './scan.js';

export interface EmitOptions {
  readonly cwd: string;
  /** What the SBOM describes (report/cyclonedx/subject.ts). */
  readonly subject: SbomSubject;
  readonly sbomPath: string | null;
  readonly jsonPath: string | null;
  readonly csvPath: string | null;
  readonly diffJsonPath: string | null;
  readonly commentMdPath: string | null;
  readonly findingsPath: string | null;
  readonly gitlabReportPath: string | null;
  readonly sarifPath: string | null;
  readonly commentMode: CommentMode;
  readonly commentTarget: CommentTarget | null;
  readonly fullDiffLocation: string;
  readonly now: Date;
  /** Where an output named "-" goes; null: nowhere, and "-" is an output error. */
  readonly stdout: StandardOutput | null;
}

export interface Emitted {
  readonly comment: CommentOutcome | null;
  /** The comment's markdown (diff and findings; the findings alone without a diff), rendered when first asked. */
  readonly commentMarkdown: () => string | null;
  readonly outputErrors: readonly string[];
  readonly notices: readonly string[];
}

/** The emit stage (DESIGN.md 2): every file asked for, then the comment. Nothing here decides pass or fail. */
export async function emit(
  options: EmitOptions,
  scan: { result: ScanResult; diff: DependencyDiff | null; findings: readonly Finding[]; verdict: Verdict },
): Promise<Emitted> {
  const { result, diff, findings, verdict } = scan;
  const outputErrors: string[] = [];
  const notices: string[] = [];
  // `-` is standard output (at most one output may name it: the options refuse two).
  const writeOne = ([path, content]: [string, () => string | Iterable<string>]) =>
    path === '-' ? writeToStdout(options.stdout, content()) : writeOutput(path, resolve(options.cwd, path), content());
  const write = async (path: string | null, content: () => string | Iterable<string>) => {
    if (!path) return;
    const written = await writeOne([path, content]);
    if (!written.ok) outputErrors.push(written.message);
  };
  // The CSV writer (and csv-stringify) loads only when a CSV is asked for: start-up is part of every scan.
  const csvChunks = options.csvPath ? (await import('../report/csv/dependency-list.js')).dependencyCsvChunks : null;
  const files: [string | null, () => string | Iterable<string>][] = [
    [options.sbomPath, () => bomChunks(result.sets, options.subject, { name: TOOL_NAME, version: VERSION }, newSbomStamp())],
    [options.jsonPath, () => scanJsonChunks(result.inputs, result.sets, result.errors, result.warnings, result.notes)],
    [csvChunks && options.csvPath, () => (csvChunks ? csvChunks(result.sets) : [])],
    [diff ? options.diffJsonPath : null, () => diffJson(diff as DependencyDiff)],
    [options.findingsPath, () => findingsJson(verdict, findings)],
  ];
  const given = files.filter((f): f is [string, () => string | Iterable<string>] => f[0] !== null);
  // The files are written side by side: one is made while the disk syncs another (the sync of the 26 MB SBOM
  // left the scan waiting). Their errors are reported in this order whatever order they finish in. Two outputs
  // at one path are written one after the other, as before, so the last one given wins.
  const distinct = new Set(given.map(([path]) => resolve(options.cwd, path))).size === given.length;
  const outcomes = distinct ? await Promise.all(given.map(writeOne)) : [];
  if (!distinct) for (const file of given) outcomes.push(await writeOne(file));
  for (const outcome of outcomes) if (!outcome.ok) outputErrors.push(outcome.message);
  if (options.gitlabReportPath || options.sarifPath) {
    const { gitlabReport } = await import('../report/findings/gitlab.js');
    const { sarifReport } = await import('../report/findings/sarif.js');
    await write(options.gitlabReportPath, () => gitlabReport(findings, { now: options.now }));
    await write(options.sarifPath, () => sarifReport(findings));
  }

  let comment: CommentOutcome | null = null;
  const maxLength = options.commentTarget?.maxLength ?? 65_536;
  const findingsPart = (budget: number) => renderFindingsSection(findings, verdict, { maxLength: budget, fullLocation: options.findingsPath ?? 'the job log (pass --findings to keep them as an artifact)' });
  const render = (): string | null => {
    if (!diff) return findingsPart(maxLength) || null;
    // The findings section gets up to a third of the room; the diff the rest, each cut to fit as the diff is.
    const section = findingsPart(Math.floor(maxLength / 3));
    const diffMarkdown = renderDiffComment(diff, { maxLength: section ? maxLength - section.length - 2 : maxLength, fullDiffLocation: options.fullDiffLocation });
    return section ? `${diffMarkdown.trimEnd()}\n\n${section}` : diffMarkdown;
  };
  // Rendered once, and only when read: by the comment, --comment-md or the action's job summary. A CLI scan without
  // them skips it (3,000 findings took 5-10 ms to render).
  let rendered: { readonly markdown: string | null } | null = null;
  const commentMarkdown = (): string | null => (rendered ??= { markdown: render() }).markdown;
  if (diff) {
    await write(options.commentMdPath, () => commentMarkdown() as string);
    if (options.commentTarget && options.commentMode !== 'never') {
      comment = await options.commentTarget.upsert({
        markdown: commentMarkdown() as string,
        marker: COMMENT_MARKER,
        createIfMissing: options.commentMode === 'always' || ((!isEmptyDiff(diff) || findings.some((f) => f.new && !f.suppressed)) && diff.targetKnown),
      });
    }
  } else if (options.diffJsonPath || options.commentMdPath) {
    // Without a diff there is no comment; the findings still make the job summary.
    notices.push('no diff: give --target-ref (defaults from CI on merge requests) or --base');
  }
  return { comment, commentMarkdown, outputErrors, notices };
}
