import type { Finding } from '../../model/finding.js';
import { err, ok, type Result } from '../../model/result.js';
import type { ScanContext, StoredFinding, Store } from '../../store/store.js';
import type { FindingSink, ProgressEntry, RescanProgress, SetKey } from './types.js';

/** The findings of one set a rescan owns: vulnerabilities matched from synced advisories (the input's stay the pipeline's). */
const ownedBy = (file: string) => (f: Finding): boolean => f.kind === 'vulnerability' && f.file === file && f.advisory?.source !== 'input';

/** A stored finding as the checks made it, without what the store adds. */
function plain(f: StoredFinding): Finding {
  const { project: _project, ref: _ref, firstSeenAt: _first, firstCommitSha: _commit, lastSeenAt: _last, ...finding } = f;
  return finding;
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]): boolean => {
  if (a.length !== b.length) return false;
  const text = (list: readonly Finding[]) => JSON.stringify([...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)));
  return text(a) === text(b);
};

export interface StoreFindingSinkOptions {
  readonly clock?: () => Date;
  /**
   * Sets recorded before their writes are made (findings, then progress): a commit per set was most of a rescan's
   * writing time. A crash loses the evaluations of at most this many sets, which the next rescan makes again.
   */
  readonly batch?: number;
}

/** The findings of the ref being evaluated, as the store had them plus what `record` changed (not written yet). */
interface RefFindings {
  readonly project: string;
  readonly ref: string;
  findings: Finding[];
  /** Set when `record` changed them: the context they are written with. */
  context: ScanContext | null;
}

const setKey = (s: SetKey): string => JSON.stringify([s.project, s.ref, s.file]);

/**
 * The rescan's findings go to the findings store of the index (Store.writeFindingsBatch), where `depindex findings`,
 * the API and the next pipeline's comparison see them; only how far each set was evaluated stays in `progress`.
 * A set's rescan findings replace its metadata vulnerability findings and nothing else: other kinds, other files
 * and the input's own vulnerabilities are written back as they were. A finding the pipeline suppressed stays
 * suppressed (the exceptions are the pipeline's configuration, which a rescan does not read).
 *
 * Writes are batched: `record` keeps the findings of a ref in memory until the rescan moves on, and the progress of
 * up to `batch` sets; then (and at `flush`) the changed refs' findings are written in one write
 * (Store.writeFindingsBatch: one SQLite transaction, which pipelines writing the same file wait for), and only after
 * them the progress of the batch's sets, in one write. A crash before the progress evaluates those sets again,
 * never loses their findings; a crash before the findings loses nothing the store had.
 */
export function storeFindingSink(index: Store, progress: RescanProgress, options: StoreFindingSinkOptions = {}): FindingSink {
  const clock = options.clock ?? (() => new Date());
  const batch = Math.max(1, options.batch ?? 256);
  let current: RefFindings | null = null;
  const changedRefs: RefFindings[] = [];
  const pending = new Map<string, ProgressEntry>();

  const same = (r: RefFindings, set: SetKey): boolean => r.project === set.project && r.ref === set.ref;

  async function flush(): Promise<Result<void>> {
    if (current?.context) {
      changedRefs.push(current);
      current = null; // read again when needed: the store's is then the current state
    }
    const refs = changedRefs.splice(0);
    const written = await index.writeFindingsBatch(refs.map((r) => ({ context: r.context as ScanContext, findings: r.findings })));
    if (!written.ok) return err(`writing the rescan findings of ${refs.length} refs: ${written.error}`);
    const entries = [...pending.values()];
    pending.clear();
    if (entries.length === 0) return ok(undefined);
    if (progress.saveMany) return progress.saveMany(entries);
    for (const e of entries) {
      const saved = await progress.save(e.set, e.revision, e.scannedAt);
      if (!saved.ok) return saved;
    }
    return ok(undefined);
  }

  /** A set recorded but not yet saved says what `record` was told. */
  async function evaluated(set: SetKey): Promise<Result<{ revision: number; scannedAt: string | null }>> {
    const waiting = pending.get(setKey(set));
    return waiting ? ok({ revision: waiting.revision, scannedAt: waiting.scannedAt }) : progress.evaluated(set);
  }

  /** The ref's findings, read when the rescan comes to it; the previous ref's changes wait for the next flush. */
  async function load(set: SetKey): Promise<Result<RefFindings>> {
    if (current && same(current, set)) return ok(current);
    if (current?.context) changedRefs.push(current);
    current = null;
    // A ref come back to before its changes were written (not how a rescan goes): they are written first.
    if (changedRefs.some((r) => same(r, set))) {
      const flushed = await flush();
      if (!flushed.ok) return flushed;
    }
    const stored = await index.loadFindings(set.project, set.ref);
    if (!stored.ok) return err(`reading the findings of ${set.project} ${set.ref}: ${stored.error}`);
    current = { project: set.project, ref: set.ref, findings: stored.value.map(plain), context: null };
    return ok(current);
  }

  return {
    evaluated,
    async previous(set) {
      const at = await evaluated(set);
      if (!at.ok) return at;
      const ref = await load(set);
      if (!ref.ok) return ref;
      return ok({ ...at.value, findings: ref.value.findings.filter(ownedBy(set.file)) });
    },
    async record(set, revision, scannedAt, findings) {
      const loaded = await load(set);
      if (!loaded.ok) return loaded;
      const ref = loaded.value;
      const mine = ownedBy(set.file);
      const before = new Map(ref.findings.filter(mine).map((f) => [f.id, f]));
      const now = findings.map((f) => {
        const old = before.get(f.id);
        return old?.suppressed ? { ...f, suppressed: true, suppressedBy: old.suppressedBy } : f;
      });
      if (!sameFindings([...before.values()], now)) {
        if (!ref.context) {
          const context = await contextOf(index, set, clock());
          if (!context.ok) return context;
          ref.context = context.value;
        }
        ref.findings = [...ref.findings.filter((f) => !mine(f)), ...now];
      }
      pending.set(setKey(set), { set, revision, scannedAt });
      return pending.size >= batch ? flush() : ok(undefined);
    },
    async unchanged(set, revision, scannedAt) {
      pending.set(setKey(set), { set, revision, scannedAt });
      return pending.size >= batch ? flush() : ok(undefined);
    },
    flush,
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
