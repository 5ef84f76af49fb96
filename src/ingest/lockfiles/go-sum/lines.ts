import type { Problem } from '../../../model/problem.js';

export interface SumEntry {
  readonly module: string;
  readonly version: string;
  readonly line: number;
  /** The h1 hash of the module's zip: Go downloaded its code. */
  readonly zip: string | null;
  /** The h1 hash of its go.mod alone: Go read it while choosing versions. */
  readonly goMod: string | null;
}

/**
 * go.sum: "<module> <version>[/go.mod] h1:<base64>" per line. Entries are keyed "module version", in the
 * order they first appear.
 */
export function readGoSum(text: string): { entries: Map<string, SumEntry>; problems: Problem[] } {
  const entries = new Map<string, SumEntry>();
  const problems: Problem[] = [];
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.trim();
    if (line.length === 0) continue;
    const fields = line.split(/\s+/);
    const [module, versionField, hash] = fields;
    if (fields.length !== 3 || !module || !versionField || !hash?.startsWith('h1:')) {
      problems.push({ place: `line ${lineNo}`, message: 'expected "<module> <version> h1:<hash>"' });
      continue;
    }
    const goMod = versionField.endsWith('/go.mod');
    const version = goMod ? versionField.slice(0, -7) : versionField;
    const key = `${module} ${version}`;
    const previous = entries.get(key);
    const value = hash.slice(3);
    entries.set(key, {
      module,
      version,
      line: previous?.line ?? lineNo,
      zip: goMod ? (previous?.zip ?? null) : value,
      goMod: goMod ? value : (previous?.goMod ?? null),
    });
  }
  return { entries, problems };
}

/** The first few non-empty lines all look like go.sum lines. */
export function looksLikeGoSum(text: string): boolean {
  let seen = 0;
  for (const raw of text.slice(0, 4000).split('\n')) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (line.length > 1000 || !/^[^\s]+ v[^\s]+ h1:[A-Za-z0-9+/]+=*$/.test(line)) return false;
    if (++seen === 5) break;
  }
  return seen > 0;
}
