/**
 * The matching thread's work (client.ts starts the thread from the entry module, src/index.ts, which calls this):
 * opens the SQLite metadata read-only over its own connection, matches the sets it is sent once, answers, and ends.
 */
import type { MessagePort } from 'node:worker_threads';
import { findingJson } from '../../model/finding-json.js';
import { matchVulnerabilities } from '../match/match.js';
import { openSqliteMetadata } from '../store/sqlite-store.js';
import { unpackSets, type MatchReply, type MatchRequest, type MatchWorkerData } from './protocol.js';

export function serveMatching(port: MessagePort, data: MatchWorkerData): void {
  // Opened while the scan still reads its inputs on the main thread.
  const opened = openSqliteMetadata(data.path, { readOnly: true });
  async function answer(request: MatchRequest): Promise<MatchReply> {
    if (!opened.ok) return { ok: false, error: opened.error };
    try {
      const findings = await matchVulnerabilities(unpackSets(request.sets), opened.value, request.options);
      return { ok: true, findings: findings.map(findingJson) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    } finally {
      await opened.value.close();
    }
  }
  port.once('message', (request: MatchRequest) => {
    void answer(request).then((reply) => {
      port.postMessage(reply);
      port.close();
    });
  });
}
