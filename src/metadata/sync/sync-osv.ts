import { ok, type Result } from '../../model/result.js';
import { parseOsvRecord } from '../records/osv.js';
import type { AdvisoryRecord } from '../records/types.js';
import { printable } from '../sources/source.js';
import type { OsvSource } from '../sources/osv.js';
import type { MetadataStore } from '../store/types.js';
import type { SyncOptions, SyncTotals } from './sync-pmdb.js';
import { notJson } from '../records/json-error.js';

/** Records written per transaction. */
const BATCH = 1000;

/**
 * Syncs OSV records. They carry no sequence to checkpoint; each record replaces the stored one of its id, so a
 * rerun (after a kill too) writes the same rows again and duplicates nothing.
 */
export async function syncOsvSource(source: OsvSource, store: MetadataStore, options: SyncOptions, totals: SyncTotals): Promise<Result<void>> {
  const entries = await source.entries();
  if (!entries.ok) return entries;
  let batch: AdvisoryRecord[] = [];
  const flush = async (): Promise<Result<void>> => {
    if (batch.length === 0) return ok(undefined);
    const written = await store.ingest({ advisories: batch, licenses: [], enrichment: [], checkpoint: null });
    totals.records += batch.length;
    batch = [];
    return written;
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // One line per source: an osv.dev zip holds hundreds of thousands of records.
  options.reporter.file(`Evaluating data for osv:${printable(source.label)} (${entries.value.length} records)`);
  for (const [i, entry] of entries.value.entries()) {
    const place = printable(`${source.label}/${entry.name}`);
    let record: Result<AdvisoryRecord>;
    try {
      record = parseOsvRecord(JSON.parse(decoder.decode(entry.bytes)));
    } catch (e) {
      record = { ok: false, error: notJson(e) };
    }
    if (!record.ok) {
      options.reporter.problem({ file: place, line: 1, message: record.error });
      totals.problems++;
    } else if (!options.registries || record.value.packages.some((p) => options.registries?.has(p.type))) {
      batch.push(record.value);
    }
    totals.files++;
    if (batch.length >= BATCH) {
      const written = await flush();
      if (!written.ok) return written;
    }
    options.reporter.progress(i + 1, entries.value.length, totals.records);
  }
  return flush();
}
