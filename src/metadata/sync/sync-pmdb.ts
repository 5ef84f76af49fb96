import { err, ok, type Result } from '../../model/result.js';
import { planFiles } from '../checkpoints/plan.js';
import { parseObjectName, type DataFile, type DataType } from '../layouts/object-name.js';
import { parseDataFile } from '../records/data-file.js';
import type { RecordProblem } from '../records/types.js';
import { printable, type ObjectSource } from '../sources/source.js';
import type { MetadataStore } from '../store/types.js';

export interface SyncReporter {
  /** One line per file, in the protocol's words. */
  file(line: string): void;
  problem(problem: RecordProblem): void;
  /** Files done of the plan and records written so far (the TTY bar). */
  progress(done: number, total: number, records: number): void;
}

export interface SyncTotals {
  files: number;
  records: number;
  problems: number;
}

export interface PmdbSourceToSync {
  /** The data type of the bucket or folder; the protocol layout's own data-type segment wins. */
  readonly dataType: DataType;
  readonly source: ObjectSource;
}

export interface SyncOptions {
  /** purl types to sync; null for all. */
  readonly registries: ReadonlySet<string> | null;
  /** Files fetched ahead of the one being written (HTTP); they are written strictly in order. */
  readonly prefetch?: number;
  readonly reporter: SyncReporter;
}

/**
 * Syncs one PMDB bucket or folder: lists it, takes the files after each checkpoint in (sequence, chunk) order,
 * and writes each file's records together with its checkpoint in one transaction, so a kill at any moment
 * leaves the store at a file boundary and a rerun continues from there.
 */
export async function syncPmdbSource(target: PmdbSourceToSync, store: MetadataStore, options: SyncOptions, totals: SyncTotals): Promise<Result<void>> {
  const { source, dataType } = target;
  const names = await source.list();
  if (!names.ok) return names;
  const listed = names.value.map((n) => parseObjectName(n, dataType)).filter((f): f is DataFile => f !== null);
  const checkpoints = await store.checkpoints();
  if (!checkpoints.ok) return checkpoints;
  const plan = planFiles(listed, checkpoints.value, options.registries);
  const window = Math.max(1, options.prefetch ?? 1);
  const reads = new Map<number, Promise<Result<Uint8Array>>>();
  const fetchAhead = (upTo: number): void => {
    for (let i = 0; i < plan.length && i <= upTo; i++) if (!reads.has(i)) reads.set(i, source.read((plan[i] as DataFile).name));
  };
  for (const [i, file] of plan.entries()) {
    fetchAhead(i + window - 1);
    const place = `${source.label}/${file.name}`;
    options.reporter.file(`Evaluating data for ${file.dataType}:${printable(place)}`);
    const bytes = await (reads.get(i) as Promise<Result<Uint8Array>>);
    reads.delete(i);
    if (!bytes.ok) return err(bytes.error);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.value);
    } catch {
      return err(`${printable(place)} is not UTF-8 text`);
    }
    const parsed = parseDataFile(file, text, printable(place));
    for (const problem of parsed.problems) options.reporter.problem(problem);
    const written = await store.ingest({
      advisories: parsed.advisories,
      licenses: parsed.licenses,
      enrichment: parsed.enrichment,
      checkpoint: { dataType: file.dataType, registry: file.registry, versionFormat: file.layout, sequence: file.sequence, chunk: file.chunk },
    });
    if (!written.ok) return written;
    totals.files++;
    totals.records += parsed.advisories.length + parsed.licenses.length + parsed.enrichment.length;
    totals.problems += parsed.problems.length;
    options.reporter.progress(i + 1, plan.length, totals.records);
  }
  return ok(undefined);
}
