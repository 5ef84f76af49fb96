// The one bundle (dist/index.js) behind both the action and the CLI. The runner starts it as the main module
// (action.yml: node24, main dist/index.js) and gets the action; bin/depindex.js imports it and calls runCli.
// Each side is loaded only when used, so the CLI does not load @actions/core, nor the action the CLI's commands.
// The matching thread of a large scan (metadata/match-worker/client.ts) starts from this module as well.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isMatchWorkerData } from './metadata/match-worker/protocol.js';

export async function runCli(argv: readonly string[]): Promise<void> {
  await (await import('./bin.js')).runCli(argv);
}

function startedAsMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

// The matching thread a large scan starts (metadata/match-worker) begins here too, and says so in its workerData.
if (!isMainThread && parentPort && isMatchWorkerData(workerData)) (await import('./metadata/match-worker/worker.js')).serveMatching(parentPort, workerData);
else if (startedAsMain()) await (await import('./main.js')).runAction();
