import type { Problem } from '../../model/problem.js';
import type { ParseOutcome } from '../parser.js';

/**
 * What parsing a manifest alone yields. A manifest declares constraints, not installed versions, so it gives no
 * dependency sets; the note tells the reader which lock file to scan instead (that parser reads the manifest as
 * its companion). Problems are bad declarations, reported so a broken manifest is not silently ignored.
 */
export function manifestOnly(note: string, problems: readonly Problem[] = []): ParseOutcome {
  return { ok: true, value: { sets: [], problems, notes: [note] } };
}
