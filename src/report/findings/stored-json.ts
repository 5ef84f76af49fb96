import type { StoredFinding } from '../../store/store.js';
import { contractFinding } from './json.js';

/**
 * One stored finding in a fixed key order: its project and ref, the finding as the findings JSON writes it, and
 * when it was first and last seen. `depindex findings --json` and `GET /api/v1/findings` write the same.
 */
export function storedFindingJson(h: StoredFinding): Record<string, unknown> {
  return { project: h.project, ref: h.ref, ...contractFinding(h), firstSeenAt: h.firstSeenAt, firstCommitSha: h.firstCommitSha, lastSeenAt: h.lastSeenAt };
}
