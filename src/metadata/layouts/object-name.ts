import { isKnownRegistry, purlTypeOf } from '../records/registry-ids.js';

export type DataType = 'advisories' | 'licenses' | 'cve_enrichment';
export const DATA_TYPES: readonly DataType[] = ['advisories', 'licenses', 'cve_enrichment'];

export type Layout = 'v1' | 'v2' | 'v2-typed';

/** One data file of an export, located by its name (DESIGN.md 8). */
export interface DataFile {
  /** The object name / relative path as listed, "/"-separated. */
  readonly name: string;
  readonly dataType: DataType;
  /** purl type; "cve_enrichment" for CVE enrichment, which has no registry. */
  readonly registry: string;
  readonly versionFormat: 'v1' | 'v2';
  /**
   * Which layout named it: 'v1', 'v2' (the export's `v2/<registry_id>/...`) or 'v2-typed' (the protocol's
   * `v2/<purl_type>/<data_type>/...`). Both v2 layouts number their files alike, so each keeps its own checkpoint.
   */
  readonly layout: Layout;
  readonly sequence: number;
  readonly chunk: number;
  readonly format: 'ndjson' | 'csv';
}

const NUMBER = /^\d{1,15}$/;

function chunkOf(file: string, extension: string): number | null {
  if (!file.endsWith(extension)) return null;
  const digits = file.slice(0, -extension.length);
  return NUMBER.test(digits) ? Number(digits) : null;
}

/**
 * Reads an object name inside one data type's bucket or folder, in any of the layouts:
 * - the export's `v2/<registry_id>/<sequence>/<chunk>.ndjson` (and `v2/cve_enrichment/<sequence>/<chunk>.ndjson`),
 * - the protocol's `v2/<purl_type>/<data_type>/<sequence>/<chunk>.ndjson` (its data type wins),
 * - v1 licences `v1/<purl_type>/<sequence>/<chunk>.csv`.
 * Anything else (README files, other versions) is not data: null.
 */
export function parseObjectName(name: string, dataType: DataType): DataFile | null {
  const parts = name.split('/').filter((p) => p !== '');
  const format = parts[0];
  if (format !== 'v1' && format !== 'v2') return null;
  const file = parts[parts.length - 1] ?? '';
  const extension = format === 'v1' ? '.csv' : '.ndjson';
  const chunk = chunkOf(file, extension);
  if (chunk === null) return null;
  let registry: string;
  let type: DataType = dataType;
  let sequenceText: string;
  if (parts.length === 4) {
    [, registry, sequenceText] = parts as [string, string, string];
  } else if (parts.length === 5) {
    const named = parts[2] as DataType;
    if (!DATA_TYPES.includes(named)) return null;
    type = named;
    [, registry, , sequenceText] = parts as [string, string, string, string];
  } else {
    return null;
  }
  if (!NUMBER.test(sequenceText)) return null;
  if (format === 'v1' && type !== 'licenses') return null;
  if (registry === 'cve_enrichment') type = 'cve_enrichment';
  else if (type === 'cve_enrichment' || !isKnownRegistry(registry)) return null;
  return {
    name,
    dataType: type,
    registry: type === 'cve_enrichment' ? 'cve_enrichment' : purlTypeOf(registry),
    versionFormat: format,
    layout: format === 'v1' ? 'v1' : parts.length === 5 ? 'v2-typed' : 'v2',
    sequence: Number(sequenceText),
    chunk,
    format: format === 'v1' ? 'csv' : 'ndjson',
  };
}

/** Files are taken in (sequence, chunk) order; the name breaks ties so the order never depends on listing. */
export function compareDataFiles(a: DataFile, b: DataFile): number {
  return a.sequence - b.sequence || a.chunk - b.chunk || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Checkpoints are kept per (data type, registry, layout); a checkpoint's `versionFormat` holds the layout. */
export const checkpointKey = (f: Pick<DataFile, 'dataType' | 'registry' | 'layout'>): string => `${f.dataType}|${f.registry}|${f.layout}`;
