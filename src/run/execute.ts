import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { FindingProducer } from '../checks/context.js';
import { loadConfig } from '../config/load.js';
import { readProjectIdentity } from '../ingest/manifests/read-project-identity.js';
import { startMatchThread, type MatchThread } from '../metadata/match-worker/client.js';
import { sqlitePathOf } from '../metadata/store/open.js';
import { openSyncedMetadata } from '../metadata/store/synced.js';
import { sbomSubject } from '../report/cyclonedx/subject.js';
import type { MetadataStore } from '../metadata/store/types.js';
import { ciFacts, type GithubEvent } from '../platforms/ci-env.js';
import { chooseCommentTarget } from '../platforms/select.js';
import { openStore, storeKindOf } from '../store/open.js';
import type { Store } from '../store/store.js';
import { EXIT } from './exit-codes.js';
import type { StandardOutput } from './output-file.js';
import { runPipeline, type PipelineOutcome } from './pipeline.js';
import { repositoryRoot } from './repository-root.js';
import { resolveScanOptions, type RawScanOptions } from './resolve-options.js';

export interface ExecuteEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The action's github-token input; the CLI uses GITHUB_TOKEN. */
  readonly githubToken: string | null;
  readonly now: Date;
  /** Extra finding producers for the check stage (advisory matching). */
  readonly producers?: readonly FindingProducer[];
  /** Where an output given as "-" goes (the CLI's standard output); without it "-" is an output error. */
  readonly stdout?: StandardOutput;
  /** Starts the thread a large scan matches in (match-worker/client.ts; tests watch it). */
  readonly startMatchThread?: (path: string) => MatchThread;
}

export type ExecuteOutcome =
  | {
      readonly ok: true;
      readonly outcome: PipelineOutcome;
      readonly commentReason: string | null;
      /** Options that could not take effect, said so (the CLI prints "warning: ...", the action annotates). */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly exitCode: number; readonly error: string };

/**
 * The edge where a scan meets the world: reads CI facts and the configuration, opens the store and the comment
 * target, runs the pipeline, closes the store. A bad configuration stops before anything is written (exit 64).
 * A store that cannot be opened or used (unreachable, foreign, missing a table) is an output error of the
 * pipeline: the scan's files are still written, and the exit code says 3.
 */
export async function executeScan(raw: RawScanOptions, environment: ExecuteEnvironment): Promise<ExecuteOutcome> {
  const event = await readGithubEvent(environment.env.GITHUB_EVENT_PATH);
  const ci = ciFacts(environment.env, event);
  const resolved = resolveScanOptions(raw, ci, environment.cwd, environment.now, environment.env);
  if (!resolved.ok) return { ok: false, exitCode: EXIT.usage, error: resolved.error };
  const options = resolved.value;
  const loaded = await loadConfig(options.configPath, environment.cwd);
  if (!loaded.ok) return { ok: false, exitCode: EXIT.usage, error: loaded.error };

  let store: Store | null = null;
  let storeError: string | null = null;
  // Without a project and ref there is nothing to key sets by, so the store is not even opened.
  if (options.storeSpec && options.context) {
    try {
      const opened = await openStore(options.storeSpec, { cwd: environment.cwd, env: environment.env });
      if (opened.ok) store = opened.value;
      else storeError = opened.error;
    } catch (e) {
      storeError = `cannot open the store ${options.storeSpec}: ${(e as Error).message}`;
    }
  }
  const metadata = options.storeSpec ? await openMetadata(options.storeSpec, environment) : { store: null, error: null };
  // Over a SQLite file, a thread is started now to match a large scan (run/enrich.ts): its start-up overlaps the read.
  // With one processor the thread could only take turns with the scan, so it is not started.
  const metadataFile = metadata.store && options.storeSpec && availableParallelism() > 1 ? sqlitePathOf(options.storeSpec, environment.cwd) : null;
  const matchThread = metadataFile && loaded.value.config.checks.vulnerability ? (environment.startMatchThread ?? startMatchThread)(metadataFile) : null;
  const pullRequest = typeof event?.pull_request === 'object' ? ((event.pull_request as { number?: unknown }).number ?? null) : null;
  const choice = chooseCommentTarget(ci, environment.env, typeof pullRequest === 'number' ? pullRequest : null, environment.githubToken ?? environment.env.GITHUB_TOKEN ?? null);
  const warnings = [...options.warnings];
  // A reason, when there is one, is reported with the outcome; without one there is no merge request at all.
  if (raw.comment === 'always' && choice.target === null && choice.reason === null) {
    warnings.push(
      ci.platform === 'local'
        ? '--comment always has no effect outside CI: there is no merge or pull request to comment on'
        : '--comment always has no effect: this pipeline is not for a merge or pull request',
    );
  }
  try {
    const outcome = await runPipeline({
      ...options,
      cwd: environment.cwd,
      root: repositoryRoot(environment.env, environment.cwd),
      config: loaded.value.config,
      store,
      storeError,
      commentTarget: choice.target,
      fullDiffLocation: options.diffJsonPath ? `the diff JSON (${options.diffJsonPath})` : 'the job log (pass --diff-json to keep it as an artifact)',
      producers: environment.producers ?? [],
      subject: sbomSubject({
        project: options.knownProject,
        folder: basename(environment.cwd),
        manifest: options.sbomPath ? await readProjectIdentity(environment.cwd) : null,
        ref: options.ref,
        commit: options.context?.commitSha ?? null,
        name: options.sbomName,
        version: options.sbomVersion,
      }),
      metadata: metadata.store,
      metadataError: metadata.error,
      matchThread,
      now: environment.now,
      stdout: environment.stdout ?? null,
    });
    return { ok: true, outcome, commentReason: choice.reason, warnings };
  } finally {
    await matchThread?.close();
    await store?.close();
    await metadata.store?.close();
  }
}

/**
 * The package metadata beside the index, when `depindex sync` has put some there. An index that was never
 * synced is left as it is: no metadata tables, nothing matched or filled. On Elasticsearch one request (the
 * revision counter a sync writes) says so; any failure there means no metadata for this scan (told), never a failed scan.
 */
async function openMetadata(storeSpec: string, environment: ExecuteEnvironment): Promise<{ store: MetadataStore | null; error: string | null }> {
  // A `--store` of no known kind is the index's error to report (openStore), not a second one here.
  if (!storeKindOf(storeSpec).ok) return { store: null, error: null };
  try {
    const opened = await openSyncedMetadata(storeSpec, { cwd: environment.cwd, env: environment.env, readOnly: false });
    return opened.ok ? { store: opened.value, error: null } : { store: null, error: `package metadata not used: ${opened.error}` };
  } catch (e) {
    return { store: null, error: `package metadata not used: ${(e as Error).message}` };
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
