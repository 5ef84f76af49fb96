import type { Dependency } from '../../model/dependency.js';
import { canonicalKey, licenseKeys, shortKey } from '../keys.js';

/** The stored columns a dependency's content maps to; two equal rows mean nothing to update. */
export interface DependencyColumns {
  readonly purl: string;
  readonly type: string;
  readonly namespace: string | null;
  readonly name: string;
  readonly name_key: string;
  readonly short_key: string | null;
  readonly version: string;
  readonly development: number | null;
  readonly optional: number | null;
  readonly introduced: number | null;
  readonly licenses: string | null;
  readonly license_keys: string | null;
  readonly checksums: string | null;
  readonly source: string | null;
}

export const CONTENT_COLUMNS = [
  'type', 'namespace', 'name', 'name_key', 'short_key', 'version', 'development', 'introduced', 'licenses', 'license_keys',
  'checksums', 'source', 'optional',
] as const satisfies readonly (keyof DependencyColumns)[];

const flag = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

/** Keys sorted so the same checksums always give the same text, and an unchanged row compares equal. */
function sortedJson(record: Readonly<Record<string, string>>): string {
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] ?? '';
  return JSON.stringify(sorted);
}

export function toColumns(d: Dependency): DependencyColumns {
  const keys = licenseKeys(d.licenses);
  return {
    purl: d.purl,
    type: d.type,
    namespace: d.namespace,
    name: d.name,
    name_key: canonicalKey(d.type, d.namespace, d.name),
    short_key: shortKey(d.type, d.namespace, d.name),
    version: d.version,
    development: flag(d.development),
    optional: flag(d.optional ?? null),
    introduced: flag(d.introduced),
    licenses: d.licenses === null ? null : JSON.stringify(d.licenses),
    license_keys: keys.length ? JSON.stringify(keys) : null,
    checksums: d.checksums === null ? null : sortedJson(d.checksums),
    source: d.source,
  };
}

export const fromFlag = (value: unknown): boolean | null => (value === null || value === undefined ? null : Number(value) === 1);

export function fromJson<T>(value: unknown): T | null {
  return typeof value === 'string' ? (JSON.parse(value) as T) : null;
}

