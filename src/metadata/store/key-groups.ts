import type { NameFilter } from './name-filter.js';
import type { PackageKey } from './types.js';

/** Keys grouped by type: each type's names go to SQLite as one JSON array, read back with json_each. */
export function namesByType(keys: readonly PackageKey[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k of keys) {
    const list = out.get(k.type);
    if (list) list.push(k.key);
    else out.set(k.type, [k.key]);
  }
  return out;
}

/** Keys grouped by type, with the place of each in `keys`. */
export function placesByType(keys: readonly PackageKey[]): Map<string, { names: string[]; places: number[] }> {
  const out = new Map<string, { names: string[]; places: number[] }>();
  keys.forEach((k, place) => {
    let group = out.get(k.type);
    if (!group) out.set(k.type, (group = { names: [], places: [] }));
    group.names.push(k.key);
    group.places.push(place);
  });
  return out;
}

/** The names of a group the filter lets through, with their places. */
export function candidatesOf(group: { names: string[]; places: number[] }, filter: NameFilter): { names: string[]; places: number[] } {
  const names: string[] = [];
  const places: number[] = [];
  group.names.forEach((name, i) => {
    if (filter.mayHave(name)) {
      names.push(name);
      places.push(group.places[i] as number);
    }
  });
  return { names, places };
}
