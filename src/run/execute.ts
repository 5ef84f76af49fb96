import { readFile } from 'node:fs/promises';
import { chooseCommentTarget } from '../platforms/select.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { ciFacts, type GithubEvent } from './ci-env.js';
import { EXIT } from './exit-codes.js';
import { resolveScanOptions, type RawScanOptions } from './resolve-options.js';
import { runScanJob, type ScanJobOutcome } from './scan-job.js';

export interface ExecuteEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The action's github-token input; the CLI uses GITHUB_TOKEN. */
  readonly githubToken: string | null;
  readonly now: Date;
}

export type ExecuteOutcome =
  | { readonly ok: true; readonly outcome: ScanJobOutcome; readonly commentReason: string | null }
  | { readonly ok: false; readonly exitCode: number; readonly error: string };

/**
 * The edge where a scan meets the world: reads CI facts, opens the store and the comment target, runs the job,
 * closes the store. A store that cannot be opened is reported and the scan's files are still written.
 */
export async function executeScan(raw: RawScanOptions, environment: ExecuteEnvironment): Promise<ExecuteOutcome> {
  const event = await readGithubEvent(environment.env.GITHUB_EVENT_PATH);
  const ci = ciFacts(environment.env, event);
  const resolved = resolveScanOptions(raw, ci, environment.cwd, environment.now);
  if (!resolved.ok) return { ok: false, exitCode: EXIT.usage, error: resolved.error };
  const options = resolved.value;

  let store: Store | null = null;
  let storeError: string | null = null;
  // Without a project and ref there is nothing to key sets by, so the store is not even opened.
  if (options.storeSpec && options.context) {
    const opened = await openStore(options.storeSpec, { cwd: environment.cwd, env: environment.env });
    if (opened.ok) store = opened.value;
    else storeError = opened.error;
  }
  const pullRequest = typeof event?.pull_request === 'object' ? ((event.pull_request as { number?: unknown }).number ?? null) : null;
  const choice = chooseCommentTarget(ci, environment.env, typeof pullRequest === 'number' ? pullRequest : null, environment.githubToken ?? environment.env.GITHUB_TOKEN ?? null);
  try {
    const outcome = await runScanJob({
      ...options,
      cwd: environment.cwd,
      store,
      commentTarget: choice.target,
      fullDiffLocation: options.diffJsonPath ? `the diff JSON (${options.diffJsonPath})` : 'the job log (pass --diff-json to keep it as an artifact)',
    });
    if (options.storeSpec && !options.context) {
      outcome.notices.push('not written to the index: give --project and --ref (in CI they default from the environment), or --no-store');
    }
    if (storeError === null) return { ok: true, outcome, commentReason: choice.reason };
    return {
      ok: true,
      outcome: { ...outcome, exitCode: EXIT.output, outputErrors: [storeError, ...outcome.outputErrors] },
      commentReason: choice.reason,
    };
  } finally {
    await store?.close();
  }
}

async function readGithubEvent(path: string | undefined): Promise<GithubEvent | null> {
  if (!path) return null;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as GithubEvent;
  } catch {
    return null;
  }
}
