import { jsonPointer, type Problem } from '../../../model/problem.js';
import { isJsonObject } from '../../json-object.js';
import { readBlockYaml } from '../../text/block-yaml.js';
import { splitNameAt } from '../shared/npm-purl.js';
import type { YarnEntry } from './entry.js';

export type BerryOutcome = { ok: true; entries: YarnEntry[]; problems: Problem[] } | { ok: false; error: string; place?: string };

/**
 * yarn berry (2+) writes YAML: `__metadata` then one mapping per resolution, keyed by its comma-joined
 * descriptors. Yarn reads it with the failsafe schema (every scalar a string), and so do we.
 */
export function readBerry(text: string): BerryOutcome {
  const doc = readBlockYaml(text, 'failsafe');
  if (!doc.ok) return doc;
  const root = doc.value.value;
  if (!isJsonObject(root)) return { ok: false, error: 'not a YAML mapping' };
  const cacheKey = isJsonObject(root.__metadata) && typeof root.__metadata.cacheKey === 'string' ? root.__metadata.cacheKey : null;
  const entries: YarnEntry[] = [];
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(root)) {
    if (key === '__metadata') continue;
    const line = doc.value.lineOf(root, key);
    const place = line === undefined ? jsonPointer(key) : `line ${line}`;
    const entry = isJsonObject(value) ? toEntry(key, value, place, cacheKey) : 'the entry is not a mapping';
    if (typeof entry === 'string') problems.push({ place, message: entry });
    else entries.push(entry);
  }
  return { ok: true, entries, problems };
}

const LOCAL_PROTOCOLS: Readonly<Record<string, 'workspace' | 'link'>> = { 'workspace:': 'workspace', 'link:': 'link', 'portal:': 'link' };

function toEntry(key: string, value: Record<string, unknown>, place: string, cacheKey: string | null): YarnEntry | string {
  const resolution = typeof value.resolution === 'string' ? splitNameAt(value.resolution) : null;
  if (!resolution) return `"${key}" has no resolution (name@reference)`;
  const protocolEnd = resolution.rest.indexOf(':');
  const protocol = protocolEnd > 0 ? resolution.rest.slice(0, protocolEnd + 1) : '';
  const local = LOCAL_PROTOCOLS[protocol] ?? null;
  const version = typeof value.version === 'string' ? value.version : null;
  if (!version) return `${resolution.name} has no version`;
  const dependencies = stringPairs(value.dependencies);
  const optional = new Set<string>();
  if (isJsonObject(value.dependenciesMeta)) {
    for (const [name, meta] of Object.entries(value.dependenciesMeta)) if (isJsonObject(meta) && meta.optional === 'true') optional.add(name);
  }
  return {
    descriptors: key.split(',').map((d) => d.trim()),
    place,
    name: resolution.name,
    version,
    local,
    checksums: typeof value.checksum === 'string' ? berryChecksum(value.checksum, cacheKey) : null,
    // "npm:1.2.3" says "the configured registry", which the lock does not name; URLs and git remotes are sources.
    source: protocol === 'npm:' || protocol === 'patch:' || local ? null : resolution.rest,
    dependencies,
    optional,
  };
}

/**
 * Berry's checksum is the sha512 of the zip archive yarn stores in its cache, not of the npm tarball, so it is
 * kept under its own id. The "10/" prefix is the cache key (the zip layout generation): the same package
 * gives the same digest only under the same cache key, so the key stays part of the value; old locks wrote
 * it only in __metadata.
 */
function berryChecksum(checksum: string, cacheKey: string | null): Record<string, string> | null {
  const slash = checksum.indexOf('/');
  const hex = (slash >= 0 ? checksum.slice(slash + 1) : checksum).toLowerCase();
  if (!/^[0-9a-f]{128}$/.test(hex)) return null;
  const key = slash >= 0 ? checksum.slice(0, slash) : cacheKey;
  return { 'yarn-berry': key ? `${key}/${hex}` : hex };
}

function stringPairs(value: unknown): [string, string][] {
  if (!isJsonObject(value)) return [];
  return Object.entries(value).filter((pair): pair is [string, string] => typeof pair[1] === 'string');
}
