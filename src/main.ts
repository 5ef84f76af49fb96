// Entry point of the GitHub-style action (dist/index.js): reads inputs, runs the scan job, writes outputs.
import * as core from '@actions/core';
import { basename } from 'node:path';
import { parseByteSize } from './ingest/load.js';
import { renderScanSummary } from './cli/summary.js';
import { EXIT } from './run/exit-codes.js';
import { optionDefault, optionFromEnv } from './run/options.js';
import { runScanJob } from './run/scan-job.js';

/** Action inputs: one per line or comma-separated, as the README documents. */
function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function stringInput(name: string): string | null {
  const value = core.getInput(name).trim();
  return value.length > 0 ? value : null;
}

async function run(): Promise<void> {
  const patterns = listInput('reports');
  if (patterns.length === 0) {
    core.setFailed('depindex: the "reports" input names no file or glob to read');
    return;
  }
  const sizeText = stringInput('max-input-size') ?? String(optionDefault('max-input-size'));
  const maxInputBytes = parseByteSize(sizeText);
  if (maxInputBytes === null) {
    core.setFailed(`depindex: max-input-size "${sizeText}" is not a size (e.g. 256MiB)`);
    return;
  }
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const outcome = await runScanJob({
    patterns,
    cwd,
    maxInputBytes,
    sbomPath: stringInput('sbom'),
    jsonPath: stringInput('json'),
    project: stringInput('project') ?? optionFromEnv('project', process.env) ?? basename(cwd),
    ref: stringInput('ref') ?? optionFromEnv('ref', process.env) ?? null,
  });
  core.info(renderScanSummary(outcome.result));
  const { result } = outcome;
  const dependencies = result.sets.flatMap((s) => s.dependencies);
  core.setOutput('sbom', stringInput('sbom') ?? '');
  core.setOutput('dependency-files', result.sets.length);
  core.setOutput('dependencies', dependencies.length);
  core.setOutput('direct', dependencies.filter((d) => d.introduced === true).length);
  core.setOutput('transient', dependencies.filter((d) => d.introduced === false).length);
  core.setOutput('errors', result.errors.length);
  for (const e of result.errors) core.error(`cannot read ${e.file}: ${e.message}`, { file: e.file });
  for (const message of outcome.outputErrors) core.error(message);
  if (outcome.exitCode !== EXIT.ok) core.setFailed(`depindex: exit code ${outcome.exitCode} (see the errors above)`);
}

run().catch((e: unknown) => core.setFailed(`depindex: internal error: ${(e as Error).message}`));
