// The GitHub-style action: reads inputs, runs the scan, writes outputs. Started by src/index.ts.
import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { runPrune } from './cli/prune.js';
import { storeSpecOf } from './cli/option-catalog.js';
import { deletedRef } from './platforms/github/delete-event.js';
import { commentWarning, renderScanOutcome } from './cli/summary.js';
import { printable } from './ingest/describe-unknown.js';
import { diffJson } from './report/diff-json.js';
import { EXIT } from './run/exit-codes.js';
import { executeScan } from './run/execute.js';
import { scanOptionSpecs, type OptionSpec } from './run/options.js';
import type { RawScanOptions } from './run/resolve-options.js';

/** Inputs as the schema types them: lists one per line or comma-separated; empty means not given. */
function readInputs(): RawScanOptions {
  const raw: Record<string, unknown> = {};
  for (const spec of scanOptionSpecs as readonly OptionSpec[]) {
    if (spec.cliOnly) continue;
    const text = core.getInput(spec.name).trim();
    if (text === '') continue;
    if (spec.kind === 'list') raw[spec.name] = text.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0);
    else if (spec.kind === 'boolean') raw[spec.name] = /^(true|yes|1)$/i.test(text);
    else raw[spec.name] = text;
  }
  raw.reports ??= [];
  return raw as unknown as RawScanOptions;
}

/**
 * mode prune-deleted-ref: the branch or tag GitHub's delete event names leaves the index (README "Complete scans,
 * partial scans and pruning").
 */
async function runPruneDeletedRef(): Promise<void> {
  // An unreadable payload is said below as "no deleted ref in the payload".
  const event: unknown = process.env.GITHUB_EVENT_PATH
    ? await readFile(process.env.GITHUB_EVENT_PATH, 'utf8').then((text) => JSON.parse(text) as unknown, () => null).catch(() => null)
    : null;
  const target = deletedRef(process.env, event, core.getInput('project').trim() || process.env.GITHUB_REPOSITORY || null);
  if (!target.ok) {
    core.setFailed(`depindex: ${printable(target.error, 2000)}`);
    return;
  }
  const io = { stdout: process.stdout, stderr: process.stdout, env: process.env, cwd: process.env.GITHUB_WORKSPACE ?? process.cwd() };
  const code = await runPrune(target.value, storeSpecOf(core.getInput('store').trim() || undefined, process.env), io, false);
  if (code !== EXIT.ok) core.setFailed(`depindex: exit code ${code} (see the error above)`);
}

async function runInner(): Promise<void> {
  const mode = core.getInput('mode').trim() || 'scan';
  if (mode === 'prune-deleted-ref') return runPruneDeletedRef();
  if (mode !== 'scan') {
    core.setFailed(`depindex: mode "${printable(mode, 100)}" must be scan or prune-deleted-ref`);
    return;
  }
  const raw = readInputs();
  const executed = await executeScan(raw, {
    env: process.env,
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    githubToken: core.getInput('github-token') || null,
    now: new Date(),
  });
  if (!executed.ok) {
    core.setFailed(`depindex: ${printable(executed.error, 2000)}`);
    return;
  }
  const { outcome } = executed;
  // Every line starts with depindex's own words (summary.ts); untrusted text below goes through the toolkit's
  // escaping: core.error escapes the message (%, CR, LF) and the file property (also ":" and ",").
  core.info(renderScanOutcome(outcome, executed.commentReason, { warningsApart: true }));
  // Warnings are annotations, shown on the run's page, not lines lost in the log; core.warning escapes them.
  const commented = commentWarning(outcome, executed.commentReason);
  for (const warning of [...executed.warnings, ...(commented ? [commented] : [])]) core.warning(`depindex: ${printable(warning, 2000)}`);
  const dependencies = outcome.result.sets.flatMap((s) => s.dependencies);
  core.setOutput('sbom', raw.sbom ?? '');
  core.setOutput('dependency-files', outcome.result.sets.length);
  core.setOutput('dependencies', dependencies.length);
  core.setOutput('direct', dependencies.filter((d) => d.introduced === true).length);
  const transitive = dependencies.filter((d) => d.introduced === false).length;
  core.setOutput('transitive', transitive);
  // The name of the first releases, kept so existing workflows keep working.
  core.setOutput('transient', transitive);
  core.setOutput('errors', outcome.result.errors.length);
  core.setOutput('diff', outcome.diff ? diffJson(outcome.diff) : '');
  core.setOutput('verdict', outcome.verdict);
  core.setOutput('findings', raw.findings ?? '');
  const summary = process.env.GITHUB_STEP_SUMMARY ? outcome.commentMarkdown() : null;
  if (summary) await core.summary.addRaw(summary).write();
  for (const e of outcome.result.errors) core.error(`cannot read ${e.file}: ${e.message}`, { file: e.file });
  for (const message of outcome.outputErrors) core.error(`depindex: ${message}`);
  if (outcome.exitCode === EXIT.policy) core.setFailed('depindex: the verdict is fail (see the findings above)');
  else if (outcome.exitCode !== EXIT.ok) core.setFailed(`depindex: exit code ${outcome.exitCode} (see the errors above)`);
}

export async function runAction(): Promise<void> {
  await runInner().catch((e: unknown) => core.setFailed(`depindex: internal error: ${printable(String((e as Error).message), 2000)}`));
}
