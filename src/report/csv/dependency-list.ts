import { stringify } from 'csv-stringify/sync';
import type { Dependency } from '../../model/dependency.js';
import type { DependencySet } from '../../model/dependency-set.js';

/** Columns of `--csv`, in the spirit of GitLab's dependency list export: one row per dependency and file. */
export const CSV_COLUMNS = ['file', 'name', 'version', 'type', 'purl', 'dependency', 'scope', 'licenses', 'source', 'checksums'] as const;

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a formula: an
 * untrusted package name like `=HYPERLINK(...)` would. Such a cell gets a leading apostrophe, which spreadsheets
 * show as text and do not display (OWASP "CSV injection").
 */
function inert(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function row(file: string, d: Dependency): string[] {
  const dependency = d.introduced === true ? 'direct' : d.introduced === false ? 'transitive' : '';
  const scope = d.development === true ? 'development' : d.development === false ? 'runtime' : '';
  const checksums = d.checksums ? Object.entries(d.checksums).map(([alg, value]) => `${alg}:${value}`).join(' ') : '';
  return [file, d.name, d.version, d.type, d.purl, dependency, scope, (d.licenses ?? []).join(', '), d.source ?? '', checksums].map(inert);
}

/** The dependency list as RFC 4180 CSV with a header row, in pieces of up to 1,000 rows. Empty cells mean unknown. */
export function* dependencyCsvChunks(sets: readonly DependencySet[]): Generator<string, void, undefined> {
  yield stringify([[...CSV_COLUMNS]], { record_delimiter: 'windows' });
  for (const set of sets) {
    for (let i = 0; i < set.dependencies.length; i += 1000) {
      const rows = set.dependencies.slice(i, i + 1000).map((d) => row(set.file, d));
      yield stringify(rows, { record_delimiter: 'windows' });
    }
  }
}
