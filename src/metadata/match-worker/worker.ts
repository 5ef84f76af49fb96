/**
 * The matching thread's script (client.ts starts it): opens the SQLite metadata read-only over its own connection,
 * matches the sets it is sent once, answers, and ends. Bundled on its own (dist/match-worker/index.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { matchVulnerabilities } from '../match/match.js';
import { openSqliteMetadata } from '../store/sqlite-store.js';
import { unpackSets, type MatchReply, type MatchRequest, type MatchWorkerData } from './protocol.js';

const port = parentPort;
if (port) {
  // Opened while the scan still reads its inputs on the main thread.
  const opened = openSqliteMetadata((workerData as MatchWorkerData).path, { readOnly: true });
  port.once('message', (request: MatchRequest) => {
    void answer(request).then((reply) => {
      port.postMessage(reply);
      port.close();
    });
  });
  async function answer(request: MatchRequest): Promise<MatchReply> {
    if (!opened.ok) return { ok: false, error: opened.error };
    try {
      return { ok: true, findings: await matchVulnerabilities(unpackSets(request.sets), opened.value, request.options) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    } finally {
      await opened.value.close();
    }
  }
}
