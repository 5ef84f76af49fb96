import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DependencySet } from '../../model/dependency-set.js';
import type { Finding } from '../../model/finding.js';
import { packSets, type MatchReply, type MatchRequestOptions, type MatchWorkerData } from './protocol.js';

/**
 * Where the thread's script is. From the bundle: its own bundle beside the chunk this module is in
 * (scripts/build.mjs writes dist/match-worker/index.js). Names are built at run time: the bundler would take a
 * `new URL('./name', import.meta.url)` for an asset of its own. From source (tests, `tsx`): worker.ts, through tsx's loader unless the process already has it.
 */
function script(): { url: URL; execArgv?: string[] } {
  const beside = (...parts: string[]): URL => new URL(parts.join('/'), import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return { url: beside('match-worker', 'index.js') };
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? undefined : [...process.execArgv, '--import', loader];
  return { url: beside('.', 'worker.ts'), execArgv };
}

/** A thread that matches one scan's sets against the metadata of a SQLite file (worker.ts). */
export interface MatchThread {
  /** The same findings as matching in the scan's thread (match.ts): the thread runs that very function. */
  match(sets: readonly DependencySet[], options?: MatchRequestOptions): Promise<Finding[]>;
  /** Ends the thread, asked or not (a small scan matches in its own thread). */
  close(): Promise<void>;
}

/**
 * Starts the thread at once, before the scan has read its inputs: loading its code and opening its own
 * connection happen while the scan parses, and the matching while the scan writes its sets (run/enrich.ts). A
 * thread that fails or stops before answering is an error, as a failed lookup is.
 */
export function startMatchThread(path: string): MatchThread {
  const { url, execArgv } = script();
  const data: MatchWorkerData = { path };
  const worker = new Worker(url, { workerData: data, ...(execArgv ? { execArgv } : {}) });
  let ended = false;
  // Until it is asked, a thread never holds the process open: a scan that fails early still exits.
  worker.unref();
  const stopped = new Promise<Error>((resolve) => {
    worker.once('error', (e) => resolve(new Error(`the matching thread failed: ${e.message}`)));
    worker.once('exit', (code) => resolve(new Error(`the matching thread stopped before answering (exit code ${code})`)));
  });
  return {
    match(sets, options = {}) {
      if (ended) return Promise.reject(new Error('the matching thread was closed'));
      ended = true;
      worker.ref();
      const answered = new Promise<MatchReply>((resolve) => worker.once('message', resolve));
      worker.postMessage({ sets: packSets(sets), options });
      return Promise.race([answered, stopped.then((e): never => { throw e; })]).finally(() => void worker.terminate()).then((reply) => {
        if (!reply.ok) throw new Error(reply.error);
        return [...reply.findings];
      });
    },
    async close() {
      ended = true;
      await worker.terminate();
    },
  };
}
