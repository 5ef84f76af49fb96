import type { estypes } from '@elastic/elasticsearch';
import { compareStrings } from '../../model/compare-strings.js';
import { err, ok, type Result } from '../../model/result.js';
import type { PrunedRef, PruneRequest } from '../store.js';
import type { SetDocument } from './documents.js';
import { findSets, retireSet } from './retire.js';
import type { Writer } from './writer.js';

/**
 * The refs a prune request names, from the set documents (about one per dependency file and ref, so an
 * instance-wide prune pages through them rather than the dependencies), grouped by ref in memory.
 */
export function chooseRefs(sets: readonly SetDocument[], request: PruneRequest): PrunedRef[] {
  const byRef = new Map<string, { project: string; ref: string; refType: 'branch' | 'tag'; defaultBranch: boolean; last: string; files: string[] }>();
  for (const s of sets) {
    const key = `${s.project}\u0000${s.ref}`;
    const at = s.scanned_at ?? s.updated_at;
    const entry = byRef.get(key);
    if (!entry) {
      byRef.set(key, { project: s.project, ref: s.ref, refType: s.ref_type, defaultBranch: s.default_branch, last: at, files: [s.file] });
      continue;
    }
    entry.files.push(s.file);
    if (at > entry.last) entry.last = at;
    entry.defaultBranch ||= s.default_branch;
    if (s.ref_type === 'tag') entry.refType = 'tag';
  }
  const cutoff = request.olderThan?.getTime();
  return [...byRef.values()]
    .filter((r) => cutoff === undefined || Date.parse(r.last) < cutoff)
    .filter((r) => !(request.keepDefaultBranch && r.defaultBranch) && !(request.keepTags && r.refType === 'tag'))
    .map((r) => ({ project: r.project, ref: r.ref, refType: r.refType, defaultBranch: r.defaultBranch, lastScannedAt: new Date(r.last).toISOString(), files: r.files.sort(compareStrings) }))
    .sort((a, b) => compareStrings(a.project, b.project) || compareStrings(a.ref, b.ref));
}

/**
 * Removes the refs: each set retired as a complete scan retires a file (retire.ts), then the ref's findings.
 * `deleteFindings` is passed in: the findings index has its own names and is created on first use.
 */
export async function prune(
  writer: Writer,
  request: PruneRequest,
  deleteFindings: (project: string, ref: string) => Promise<void>,
): Promise<Result<PrunedRef[]>> {
  const filter: estypes.QueryDslQueryContainer[] = [];
  if (request.project !== undefined) filter.push({ term: { project: request.project } });
  if (request.ref !== undefined) filter.push({ term: { ref: request.ref } });
  const sets = await findSets(writer, filter, request.project);
  const refs = chooseRefs(sets, request);
  if (request.dryRun) return ok(refs);
  const chosen = new Set(refs.map((r) => `${r.project}\u0000${r.ref}`));
  for (const doc of sets) {
    if (!chosen.has(`${doc.project}\u0000${doc.ref}`)) continue;
    const done = await retireSet(writer, doc);
    if (!done.ok) return err(`cannot remove ${doc.file} of ${doc.project} at ${doc.ref}: ${done.error}`);
  }
  for (const r of refs) await deleteFindings(r.project, r.ref);
  return ok(refs);
}
