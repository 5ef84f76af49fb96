import type { Finding } from '../../model/finding.js';
import { err, ok, type Result } from '../../model/result.js';
import type { ScanContext, StoredFinding, Store } from '../../store/store.js';
import type { FindingSink, RescanProgress, SetKey } from './types.js';

/** The findings of one set a rescan owns: vulnerabilities matched from synced advisories (the input's stay the pipeline's). */
const ownedBy = (file: string) => (f: Finding): boolean => f.kind === 'vulnerability' && f.file === file && f.advisory?.source !== 'input';

/** A stored finding as the checks made it, without what the store adds. */
function plain(f: StoredFinding): Finding {
  const { project: _project, ref: _ref, firstSeenAt: _first, firstCommitSha: _commit, lastSeenAt: _last, ...finding } = f;
  return finding;
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]): boolean => {
  const text = (list: readonly Finding[]) => JSON.stringify([...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)));
  return text(a) === text(b);
};

/**
 * The rescan's findings go to the findings store of the index (Store.writeFindings), where `depindex findings`,
 * the API and the next pipeline's comparison see them; only how far each set was evaluated stays in `progress`.
 * A set's rescan findings replace its metadata vulnerability findings and nothing else: other kinds, other files
 * and the input's own vulnerabilities are written back as they were. A finding the pipeline suppressed stays
 * suppressed (the exceptions are the pipeline's configuration, which a rescan does not read). The findings are
 * written before the progress, so a crash between them evaluates the set again, never loses its findings.
 */
export function storeFindingSink(index: Store, progress: RescanProgress, clock: () => Date = () => new Date()): FindingSink {
  // The findings of the ref last read: a rescan goes through a ref's sets one after the other, so `previous` and
  // `record` of each set, and the next set's `previous`, read the same list. Replaced by what `record` writes.
  let cached: { project: string; ref: string; findings: StoredFinding[] } | null = null;
  const load = async (set: SetKey): Promise<Result<StoredFinding[]>> => {
    if (cached && cached.project === set.project && cached.ref === set.ref) return ok(cached.findings);
    const stored = await index.loadFindings(set.project, set.ref);
    if (!stored.ok) return err(`reading the findings of ${set.project} ${set.ref}: ${stored.error}`);
    cached = { project: set.project, ref: set.ref, findings: [...stored.value] };
    return ok(cached.findings);
  };
  return {
    async previous(set) {
      const at = await progress.evaluated(set);
      if (!at.ok) return at;
      const stored = await load(set);
      if (!stored.ok) return stored;
      return ok({ ...at.value, findings: stored.value.filter(ownedBy(set.file)).map(plain) });
    },
    async record(set, revision, scannedAt, findings) {
      const stored = await load(set);
      if (!stored.ok) return stored;
      const mine = ownedBy(set.file);
      const before = new Map(stored.value.filter(mine).map((f) => [f.id, plain(f)]));
      const current = findings.map((f) => {
        const old = before.get(f.id);
        return old?.suppressed ? { ...f, suppressed: true, suppressedBy: old.suppressedBy } : f;
      });
      if (!sameFindings([...before.values()], current)) {
        const context = await contextOf(index, set, clock());
        if (!context.ok) return context;
        const written = await index.writeFindings(context.value, [...stored.value.filter((f) => !mine(f)).map(plain), ...current]);
        cached = null; // first-seen times and the like as the store now has them: read again when needed
        if (!written.ok) return err(`writing the rescan findings of ${set.project} ${set.ref} ${set.file}: ${written.error}`);
      }
      return progress.save(set, revision, scannedAt);
    },
  };
}

/** The ref as its stored set says (type, default branch, commit), at the rescan's time. */
async function contextOf(index: Store, set: SetKey, now: Date): Promise<Result<ScanContext>> {
  const sets = await index.listSets(set.project, set.ref);
  if (!sets.ok) return err(`reading the sets of ${set.project} ${set.ref}: ${sets.error}`);
  const found = sets.value.find((s) => s.file === set.file) ?? sets.value[0];
  if (!found) return err(`${set.project} ${set.ref} has no stored set any more`);
  return ok({ project: set.project, ref: set.ref, refType: found.refType, defaultBranch: found.defaultBranch, commitSha: found.commitSha, pipelineUrl: null, scannedAt: now });
}
