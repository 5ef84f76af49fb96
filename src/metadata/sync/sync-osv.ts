import { ok, type Result } from '../../model/result.js';
import { notJson } from '../records/json-error.js';
import { parseOsvRecord } from '../records/osv.js';
import type { AdvisoryRecord } from '../records/types.js';
import type { OsvSource } from '../sources/osv.js';
import { printable } from '../sources/source.js';
import type { MetadataStore } from '../store/types.js';
import type { SyncOptions, SyncTotals } from './sync-pmdb.js';

/** Records written per transaction. */
const BATCH = 1000;

/**
 * Syncs OSV records as the source streams them, one batch per transaction. They carry no sequence to
 * checkpoint; each record replaces the stored one of its id, so a rerun (after a kill too) writes the same rows
 * again and duplicates nothing.
 */
export async function syncOsvSource(source: OsvSource, store: MetadataStore, options: SyncOptions, totals: SyncTotals): Promise<Result<void>> {
  let batch: AdvisoryRecord[] = [];
  let seen = 0;
  const flush = async (): Promise<Result<void>> => {
    if (batch.length === 0) return ok(undefined);
    const written = await store.ingest({ advisories: batch, licenses: [], enrichment: [], checkpoint: null });
    // Counted only once written: a failed write must not be reported as synced records.
    if (written.ok) totals.records += batch.length;
    batch = [];
    return written;
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const read = await source.read({
    async entry(entry) {
      let record: Result<AdvisoryRecord>;
      try {
        record = parseOsvRecord(JSON.parse(decoder.decode(entry.bytes)));
      } catch (e) {
        record = { ok: false, error: notJson(e) };
      }
      if (!record.ok) {
        options.reporter.problem({ file: printable(`${source.label}/${entry.name}`), line: 1, message: record.error });
        totals.problems++;
      } else if (!options.registries || record.value.packages.some((p) => options.registries?.has(p.type))) {
        batch.push(record.value);
      }
      totals.files++;
      seen++;
      // The count of a zip is known only at its end: the bar stays one short until then.
      options.reporter.progress(seen, seen + 1, totals.records);
      return batch.length >= BATCH ? flush() : ok(undefined);
    },
    refused(name, message) {
      options.reporter.problem({ file: printable(`${source.label}/${name}`), line: 1, message });
      totals.problems++;
    },
  });
  if (!read.ok) return read;
  const written = await flush();
  if (!written.ok) return written;
  options.reporter.progress(seen, seen, totals.records);
  // One line per source, once its count is known: an osv.dev zip holds hundreds of thousands of records.
  options.reporter.file(`Evaluating data for osv:${printable(source.label)} (${seen} records)`);
  return ok(undefined);
}
