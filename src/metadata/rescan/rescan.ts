import { ok, type Result } from '../../model/result.js';
import type { Store } from '../../store/store.js';
import { matchVulnerabilities } from '../match/match.js';
import { dependencyKey, isOsType } from '../match/package-key.js';
import { packageKeyText, type MetadataStore, type PackageKey } from '../store/types.js';
import { notificationsFor } from './notifications.js';
import type { FindingSink, Notification, PackageNames, RefLister, RescanScope, SetKey } from './types.js';

interface Changed {
  /** packageKeyText of each changed package. */
  readonly keys: ReadonlySet<string>;
  /** setKeyText of each set holding one, or null when the lister cannot tell. */
  readonly holding: ReadonlySet<string> | null;
}

const setKeyText = (s: SetKey): string => JSON.stringify([s.project, s.ref, s.file]);

/** The changed packages as the index keys names: OS packages (keyed by bare name) by their type alone. */
function packageNames(keys: readonly PackageKey[]): PackageNames[] {
  const byType = new Map<string, string[] | null>();
  for (const k of keys) {
    const list = byType.get(k.type);
    if (isOsType(k.type)) byType.set(k.type, null);
    else if (list) list.push(k.key);
    else if (list === undefined) byType.set(k.type, [k.key]);
  }
  return [...byType].map(([type, nameKeys]) => ({ type, nameKeys }));
}

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
  // Per revision sets were last evaluated at (most share one): the changed packages, and (for sets of the same
  // scan, when the lister can tell without loading them: SQL over the index's name keys) the sets holding any.
  const changedCache = new Map<number, { keys: PackageKey[]; texts: Set<string>; holding?: Set<string> | null }>();
  const changedSince = async (since: number, holdingToo: boolean): Promise<Result<Changed>> => {
    let hit = changedCache.get(since);
    if (!hit) {
      const keys = await metadata.changedSince(since);
      if (!keys.ok) return keys;
      hit = { keys: keys.value, texts: new Set(keys.value.map(packageKeyText)) };
      changedCache.set(since, hit);
    }
    if (holdingToo && hit.holding === undefined) {
      hit.holding = null;
      if (refs.setsHolding) {
        const found = await refs.setsHolding(packageNames(hit.keys));
        if (!found.ok) return found;
        hit.holding = new Set(found.value.map(setKeyText));
      }
    }
    return ok({ keys: hit.texts, holding: hit.holding ?? null });
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
      const sameScan = at.value.scannedAt === summary.scannedAt;
      if (sameScan && at.value.revision >= revision.value) continue;
      const changed = await changedSince(at.value.revision, sameScan);
      if (!changed.ok) return changed;
      // The same scan, none of whose packages changed: its findings stay, unread.
      if (sameScan && changed.value.holding && !changed.value.holding.has(setKeyText(key))) {
        const kept = await sink.unchanged(key, revision.value, summary.scannedAt);
        if (!kept.ok) return kept;
        continue;
      }
      // A set scanned again since its last evaluation is evaluated whole: its dependencies changed.
      const previous = await sink.previous(key);
      if (!previous.ok) return previous;
      // Only this set, with the graph stored with it (issue 15), which gives the findings their introducedBy (a set
      // stored without edges has none: introduced dependencies then stand for themselves).
      const loaded = await index.loadSet(project, ref, summary.file);
      if (!loaded.ok) return loaded;
      const s = loaded.value;
      if (!s) continue; // removed between the listing and the load: nothing to evaluate
      if (previous.value.scannedAt === s.scannedAt && !s.dependencies.some((d) => changed.value.keys.has(packageKeyText(dependencyKey(d))))) {
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
