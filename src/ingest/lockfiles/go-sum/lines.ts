import type { Problem } from '../../../model/problem.js';

/** Real go.sum lines are well under 300 characters. */
const MAX_LINE = 1000;

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
    // Real go.sum lines are well under 300 characters; a longer one is damage or an attack, and keeping it
    // would carry a megabyte name into every report. Skipped like any other malformed line.
    if (line.length > MAX_LINE) {
      problems.push({ place: `line ${lineNo}`, message: `longer than ${MAX_LINE.toLocaleString('en')} characters, not a go.sum line` });
      continue;
    }
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

/** Enough lines to outvote one or two damaged ones without reading far into a file that is something else. */
const DETECT_LINES = 10;
const WELL_FORMED = /^[^\s]+ v[^\s]+ h1:[A-Za-z0-9+/]+=*$/;

/**
 * Most of the first few non-empty lines look like go.sum lines. A majority rather than "all" so that one
 * too-long or damaged line near the top is reported by parse (as a problem on its line) instead of making
 * the whole file unrecognised; one good line beside as many others is still not enough to claim a file.
 */
export function looksLikeGoSum(text: string): boolean {
  let good = 0;
  let bad = 0;
  let start = 0;
  // Walks lines with indexOf so that a megabyte line is measured, not split or matched.
  while (start < text.length && good + bad < DETECT_LINES) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const tooLong = stop - start > MAX_LINE;
    const line = tooLong ? 'x' : text.slice(start, stop).trim();
    start = stop + 1;
    if (line.length === 0) continue;
    if (tooLong || !WELL_FORMED.test(line)) bad++;
    else good++;
  }
  return good > bad;
}
