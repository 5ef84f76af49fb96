import { err, ok, type Result } from '../../model/result.js';
import { isKnownRegistry, purlTypeOf } from '../records/registry-ids.js';
import { parseSources, type SourcePlan } from '../sources/spec.js';
import { printable } from '../sources/source.js';
import type { MetadataStore } from '../store/types.js';
import { syncOsvSource } from './sync-osv.js';
import { syncPmdbSource, type SyncReporter, type SyncTotals } from './sync-pmdb.js';

export interface SyncPlan {
  readonly sources: SourcePlan;
  readonly registries: ReadonlySet<string> | null;
  readonly concurrency: number;
}

/** The command line of a sync, checked before anything is opened. */
export function planSync(sources: readonly string[], registries: readonly string[], cwd: string, options: { concurrency: number }): Result<SyncPlan> {
  const names = registries.flatMap((r) => r.split(',')).map((r) => r.trim()).filter((r) => r !== '');
  const unknown = names.filter((r) => !isKnownRegistry(r));
  if (unknown.length > 0) return err(`--registry: unknown registry "${printable(unknown[0] as string)}"`);
  const parsed = parseSources(sources, cwd, { concurrency: options.concurrency });
  if (!parsed.ok) return parsed;
  return ok({ sources: parsed.value, registries: names.length > 0 ? new Set(names.map(purlTypeOf)) : null, concurrency: options.concurrency });
}

export type SyncFailure = { readonly kind: 'source' | 'store'; readonly message: string };

/** Runs every source of the plan in order; the first source that cannot be read or written stops the sync. */
export async function runSync(plan: SyncPlan, store: MetadataStore, reporter: SyncReporter): Promise<Result<SyncTotals, SyncFailure>> {
  const totals: SyncTotals = { files: 0, records: 0, problems: 0 };
  const options = { registries: plan.registries, prefetch: plan.concurrency, reporter };
  const fail = (message: string): Result<never, SyncFailure> => err({ kind: message.includes(store.location) ? 'store' : 'source', message });
  for (const target of plan.sources.pmdb) {
    const done = await syncPmdbSource(target, store, options, totals);
    if (!done.ok) return fail(done.error);
  }
  for (const source of plan.sources.osv) {
    const done = await syncOsvSource(source, store, options, totals);
    if (!done.ok) return fail(done.error);
  }
  return ok(totals);
}
