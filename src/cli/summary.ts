import type { PipelineOutcome } from '../run/pipeline.js';
import type { ScanResult } from '../run/scan.js';
import { printable } from '../ingest/describe-unknown.js';
import { renderFindingsSummary } from './findings-summary.js';

/**
 * The short summary a CI log shows: files read, per set the package manager and counts, then what went wrong.
 * Every line starts with depindex's own words: the runner takes a line whose text starts with "::" as a
 * workflow command (fake annotations, ::add-mask::, ::stop-commands::), and file names, places and messages come
 * from the checkout or from servers. printable() also keeps each of them on its line.
 */
export function renderScanSummary(result: ScanResult): string {
  const lines: string[] = [];
  const deps = result.sets.reduce((n, s) => n + s.dependencies.length, 0);
  lines.push(
    `depindex: ${result.inputs.length} input(s) read, ${result.sets.length} dependency file(s), ${deps} dependencies` +
      (result.errors.length ? `, ${result.errors.length} input(s) could not be read` : ''),
  );
  for (const set of result.sets) {
    let direct = 0;
    let transitive = 0;
    let unknown = 0;
    let development = 0;
    for (const d of set.dependencies) {
      if (d.introduced === true) direct++;
      else if (d.introduced === false) transitive++;
      else unknown++;
      if (d.development === true) development++;
    }
    lines.push(
      `  set ${printable(set.file, 120)} [${set.format}${set.packageManager ? `, ${printable(set.packageManager, 30)}` : ''}]: ` +
        `${set.dependencies.length} dependencies (${direct} direct, ${transitive} transitive, ${unknown} unknown; ${development} development)`,
    );
  }
  for (const note of result.notes) lines.push(`note: ${printable(note.file, 200)}: ${printable(note.message, 500)}`);
  if (result.vulnerabilities.length) lines.push(`${result.vulnerabilities.length} vulnerabilities reported by the inputs (kept for the checks)`);
  const shownWarnings = result.warnings.slice(0, 20);
  for (const w of shownWarnings) lines.push(`warning: ${printable(w.file, 200)}: ${printable(w.place, 200)}: ${printable(w.message, 500)}`);
  if (result.warnings.length > shownWarnings.length) lines.push(`… and ${result.warnings.length - shownWarnings.length} more warnings (all are in --json output)`);
  for (const e of result.errors) lines.push(`error: cannot read ${printable(e.file, 200)}: ${printable(e.message, 1000)}`);
  return lines.join('\n') + '\n';
}

/** Why the comment was not posted, when it was asked for and could not be; null otherwise. */
export function commentWarning(outcome: PipelineOutcome, commentReason: string | null): string | null {
  const c = outcome.comment;
  if (c && !c.ok) return `the comment was not posted: ${c.error}`;
  return !c && commentReason ? `the comment was not posted: ${commentReason}` : null;
}

/**
 * The summary plus what happened to the store, the diff and the comment. `warningsApart`: the comment's warning
 * is left out, for the action, which makes it an annotation instead (main.ts).
 */
export function renderScanOutcome(outcome: PipelineOutcome, commentReason: string | null, options: { warningsApart?: boolean } = {}): string {
  const lines: string[] = [];
  if (outcome.stored) {
    const s = outcome.stored;
    lines.push(`stored ${s.sets} set(s): ${s.added} new, ${s.kept} kept, ${s.removed} removed`);
    // File names come from the index (an earlier checkout): printable, and never at the start of a line.
    if (s.retired) {
      const shown = s.retired.slice(0, 20).map((f) => printable(f, 200)).join(', ');
      const more = s.retired.length > 20 ? `, and ${s.retired.length - 20} more` : '';
      lines.push(s.retired.length ? `complete scan: retired ${s.retired.length} set(s) of files no longer scanned: ${shown}${more}` : 'complete scan: no set retired');
    } else {
      lines.push('the sets of files not read in this scan were left as they are');
    }
  }
  if (outcome.diff) {
    const d = outcome.diff;
    lines.push(
      d.targetKnown
        ? `diff with ${printable(d.target, 200)}: ${d.summary.added} added, ${d.summary.removed} removed, ${d.summary.upgraded} upgraded, ${d.summary.downgraded} downgraded${d.summary.changed > 0 ? `, ${d.summary.changed} changed in place` : ''}`
        : `diff: ${printable(d.target, 200)} has never been scanned, nothing to compare with`,
    );
  }
  const c = outcome.comment;
  if (c?.ok) lines.push(`comment ${c.action}${c.url ? `: ${printable(c.url, 300)}` : ''}`);
  const warning = commentWarning(outcome, commentReason);
  if (warning && !options.warningsApart) lines.push(`warning: ${printable(warning, 1000)}`);
  for (const notice of outcome.notices) lines.push(`note: ${printable(notice, 1000)}`);
  return neutralizeCommands(renderScanSummary(outcome.result) + lines.map((l) => l + '\n').join('') + renderFindingsSummary(outcome.findings, outcome.verdict));
}

/**
 * The last guard for a log a CI runner reads: a line that would still start with "::" (after spaces) gets a
 * leading "| ", so the runner prints it instead of obeying it. Lines built above never need it.
 */
export function neutralizeCommands(text: string): string {
  return text.replace(/^([ \t]*)::/gm, '$1| ::');
}
