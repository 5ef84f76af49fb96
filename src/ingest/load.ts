import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ParseResult, Parser } from './parser.js';
import { detectFormat, parseDetected } from './detect.js';
// Moved to model/ (issue 12); re-exported for the importers in run/ and cli/ until they import it from there.
export { parseByteSize } from '../model/byte-size.js';

export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface LoadOptions {
  /** Inputs larger than this are refused before reading, so a huge file cannot exhaust memory. */
  readonly maxInputBytes: number;
  /** Relative paths are read from here; the path itself, as given, is what parsers and messages show. */
  readonly cwd?: string;
}

export type LoadedInput =
  | { readonly ok: true; readonly path: string; readonly parser: Parser; readonly result: ParseResult }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** The I/O edge of ingest: reads one input (and its companions), then hands text to the pure parsers. */
export async function loadInput(path: string, options: LoadOptions): Promise<LoadedInput> {
  const failed = (message: string): LoadedInput => ({ ok: false, path, message });
  const location = resolve(options.cwd ?? '.', path);
  let size: number;
  try {
    const info = await stat(location);
    if (!info.isFile()) return failed('not a file');
    size = info.size;
  } catch (e) {
    return failed(describeFsError(e));
  }
  if (size > options.maxInputBytes) {
    return failed(`the file is ${formatBytes(size)}, over the input size limit of ${formatBytes(options.maxInputBytes)} (raise it with --max-input-size)`);
  }
  let text: string;
  try {
    // One buffer, decoded once: read with an encoding, Node decodes piece by piece into a string made of pieces,
    // which the first look at it then copies whole (a fifth of the read time for a 26 MB SBOM).
    text = (await readFile(location)).toString('utf8');
  } catch (e) {
    return failed(describeFsError(e));
  }
  const detection = detectFormat(text);
  if (!detection.ok) return failed(detection.message);
  const companions = await readCompanions(location, detection.parser.companions ?? [], options);
  const parsed = parseDetected(detection, path, companions);
  return parsed.ok ? { ok: true, path, parser: parsed.parser, result: parsed.result } : failed(parsed.message);
}

async function readCompanions(path: string, names: readonly string[], options: LoadOptions): Promise<ReadonlyMap<string, string>> {
  const found = new Map<string, string>();
  for (const name of names) {
    if (name === basename(path)) continue;
    const candidate = join(dirname(path), name);
    try {
      const info = await stat(candidate);
      if (info.isFile() && info.size <= options.maxInputBytes) found.set(name, await readFile(candidate, 'utf8'));
    } catch {
      // A missing companion only means less is known (direct/dev stay null); not an error.
    }
  }
  return found;
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return (e as Error).message;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
