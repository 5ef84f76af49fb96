import { ok, type Result } from '../../model/result.js';
import type { Store } from '../../store/store.js';
import { matchVulnerabilities } from '../match/match.js';
import { dependencyKey } from '../match/package-key.js';
import { packageKeyText, type MetadataStore } from '../store/types.js';
import { notificationsFor } from './notifications.js';
import type { FindingSink, Notification, RefLister, RescanScope } from './types.js';

export interface RescanOptions {
  readonly scope: RescanScope;
  readonly includeDevelopment: boolean;
}

export interface RescanSummary {
  readonly sets: number;
  readonly evaluated: number;
  readonly findings: number;
  readonly notifications: Notification[];
}

/**
 * Evaluates stored sets against the advisories written since each set was last evaluated, with no pipeline:
 * a set none of whose packages has a changed advisory is skipped; the others are matched whole (so their
 * findings and fingerprints equal the pipeline's), recorded, and compared with what they gave before.
 */
export async function rescan(index: Store, metadata: MetadataStore, refs: RefLister, sink: FindingSink, options: RescanOptions): Promise<Result<RescanSummary>> {
  const revision = await metadata.revision();
  if (!revision.ok) return revision;
  const listed = await refs.list(options.scope);
  if (!listed.ok) return listed;
  const changedCache = new Map<number, Set<string>>();
  const changedSince = async (since: number): Promise<Result<Set<string>>> => {
    const hit = changedCache.get(since);
    if (hit) return ok(hit);
    const keys = await metadata.changedSince(since);
    if (!keys.ok) return keys;
    const set = new Set(keys.value.map(packageKeyText));
    changedCache.set(since, set);
    return ok(set);
  };
  let sets = 0;
  let evaluated = 0;
  let findings = 0;
  const notifications: Notification[] = [];
  for (const { project, ref } of listed.value) {
    // The listing first: a set evaluated at the current revision since its last scan is skipped unread.
    const summaries = await index.listSets(project, ref);
    if (!summaries.ok) return summaries;
    for (const summary of summaries.value) {
      sets++;
      const key = { project, ref, file: summary.file };
      const at = await sink.evaluated(key);
      if (!at.ok) return at;
      if (at.value.scannedAt === summary.scannedAt && at.value.revision >= revision.value) continue;
      // A set scanned again since its last evaluation is evaluated whole: its dependencies changed.
      const previous = await sink.previous(key);
      if (!previous.ok) return previous;
      // Only this set, with the graph stored with it (issue 15), which gives the findings their introducedBy (a set
      // stored without edges has none: introduced dependencies then stand for themselves).
      const loaded = await index.loadSet(project, ref, summary.file);
      if (!loaded.ok) return loaded;
      const s = loaded.value;
      if (!s) continue; // removed between the listing and the load: nothing to evaluate
      const sameScan = previous.value.scannedAt === s.scannedAt;
      const changed = await changedSince(previous.value.revision);
      if (!changed.ok) return changed;
      if (sameScan && !s.dependencies.some((d) => changed.value.has(packageKeyText(dependencyKey(d))))) {
        const kept = await sink.record(key, revision.value, s.scannedAt, previous.value.findings);
        if (!kept.ok) return kept;
        continue;
      }
      evaluated++;
      const current = await matchVulnerabilities([s], metadata, { includeDevelopment: options.includeDevelopment });
      findings += current.length;
      notifications.push(...notificationsFor(key, previous.value.findings, current));
      const recorded = await sink.record(key, revision.value, s.scannedAt, current);
      if (!recorded.ok) return recorded;
    }
  }
  const flushed = await sink.flush();
  if (!flushed.ok) return flushed;
  return ok({ sets, evaluated, findings, notifications });
}
