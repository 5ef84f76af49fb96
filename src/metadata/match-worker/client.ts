import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DependencySet } from '../../model/dependency-set.js';
import type { Finding } from '../../model/finding.js';
import { findingFromJson } from '../../model/finding-json.js';
import { packSets, type MatchReply, type MatchRequestOptions, type MatchWorkerData } from './protocol.js';

/**
 * Where the thread starts: the entry module every thread of depindex starts from (src/index.ts, which sees from its
 * workerData that it is the matching thread). From the bundle, dist/index.js beside the chunk this module is in, so
 * the thread loads the same chunks as the scan and no second bundle exists. The name is built at run time: the
 * bundler would take a `new URL('./name', import.meta.url)` for an asset of its own. From source (tests, `tsx`):
 * src/index.ts, through tsx's loader unless the process already has it.
 */
function script(): { url: URL; execArgv?: string[] } {
  const beside = (...parts: string[]): URL => new URL(parts.join('/'), import.meta.url);
  if (!import.meta.url.endsWith('.ts')) return { url: beside('.', 'index.js') };
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? undefined : [...process.execArgv, '--import', loader];
  return { url: beside('..', '..', 'index.ts'), execArgv };
}

/**
 * How long a scan waits for the thread. Matching 50,000 dependencies against 500,000 advisory rows takes under a
 * second (bench/metadata.ts): this only bounds a thread that hangs, as every wait of a CI step is bounded.
 */
export const MATCH_DEADLINE_MS = 10 * 60_000;

/**
 * The thread's young generation, capped. Left to grow, V8 doubles it up to tens of megabytes while the thread
 * allocates (rows, advisories, findings: 60-70 MB over the bench scan, little of it kept), and each new page costs
 * a page fault: on the machines measured (perf), faults were 13% of a synced scan's CPU samples, and the thread
 * took 5,000-6,000 of them while matching. A small young generation adds scavenges instead. Capped at 8 MB, the scan of the
 * bench's 50,000 dependencies into a synced file took 2-4% less time (16-20 alternating pairs, 2, 4 and 8 MB alike)
 * and 5.6% less when every dependency is a candidate.
 */
const YOUNG_GENERATION_MB = 8;

/** A thread that matches one scan's sets against the metadata of a SQLite file (worker.ts). */
export interface MatchThread {
  /**
   * The same findings as matching in the scan's thread (match.ts): the thread runs that very function. Rejects when
   * the thread fails, stops, or has not answered within `deadlineMs` (then it is stopped).
   */
  match(sets: readonly DependencySet[], options?: MatchRequestOptions, deadlineMs?: number): Promise<Finding[]>;
  /**
   * Ends the thread, asked or not (a small scan matches in its own thread), without waiting for it to be torn down:
   * a thread that answered closed its connection first, and tearing down its heap took the scan 12-16 ms.
   */
  close(): Promise<void>;
}

/**
 * Starts the thread at once, before the scan has read its inputs: loading its code and opening its own
 * connection happen while the scan parses, and the matching while the scan writes its sets (run/enrich.ts). A
 * thread that fails or stops before answering rejects `match`; run/enrich.ts then matches in the scan's own thread.
 */
export function startMatchThread(path: string): MatchThread {
  const { url, execArgv } = script();
  const data: MatchWorkerData = { thread: 'match', path };
  const worker = new Worker(url, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, ...(execArgv ? { execArgv } : {}) });
  let ended = false;
  // Until it is asked, a thread never holds the process open: a scan that fails early still exits.
  worker.unref();
  const stopped = new Promise<Error>((resolve) => {
    worker.once('error', (e) => resolve(new Error(`the matching thread failed: ${e.message}`)));
    worker.once('exit', (code) => resolve(new Error(`the matching thread stopped before answering (exit code ${code})`)));
  });
  return {
    match(sets, options = {}, deadlineMs = MATCH_DEADLINE_MS) {
      if (ended) return Promise.reject(new Error('the matching thread was closed'));
      ended = true;
      worker.ref();
      const answered = new Promise<MatchReply>((resolve) => worker.once('message', resolve));
      try {
        worker.postMessage({ sets: packSets(sets), options });
      } catch (e) {
        // A message that cannot be made (DataCloneError, a set past what V8 can hold): the scan's thread matches.
        void worker.terminate();
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the matching thread did not answer within ${Math.round(deadlineMs / 1000)} s`)), deadlineMs);
      });
      const failed = stopped.then((e): never => {
        throw e;
      });
      return Promise.race([answered, failed, late])
        .finally(() => {
          clearTimeout(timer);
          void worker.terminate();
        })
        .then((reply) => {
          if (!reply.ok) throw new Error(reply.error);
          return reply.findings.map(findingFromJson);
        });
    },
    async close() {
      ended = true;
      void worker.terminate();
    },
  };
}
