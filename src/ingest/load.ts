import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { ParseResult, Parser } from './parser.js';
import { decodeInput } from './decode.js';
import { detectFormat, parseDetected } from './detect.js';
import { readBounded } from './read-file.js';
import { TOOL_NAME } from '../version.js';

export { formatBytes } from './read-file.js';

export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface LoadOptions {
  /** Inputs larger than this are refused; the read itself stops at this plus one byte. */
  readonly maxInputBytes: number;
  /**
   * Relative paths are read from here; the path itself, as given, is what parsers and messages show. It is also
   * the repository a symbolic link may not lead out of.
   */
  readonly cwd?: string;
}

export type LoadedInput =
  | { readonly ok: true; readonly path: string; readonly parser: Parser; readonly result: ParseResult; readonly writtenByDepindex: boolean }
  | { readonly ok: false; readonly path: string; readonly message: string };

/** The I/O edge of ingest: reads one input (and its companions), then hands text to the pure parsers. */
export async function loadInput(path: string, options: LoadOptions): Promise<LoadedInput> {
  const failed = (message: string): LoadedInput => ({ ok: false, path, message });
  const root = resolve(options.cwd ?? '.');
  const location = resolve(root, path);
  const read = await readBounded(location, { root, maxBytes: options.maxInputBytes });
  if (!read.ok) return failed(read.message);
  const decoded = decodeInput(read.bytes);
  if (!decoded.ok) return failed(decoded.message);
  const detection = detectFormat(decoded.text);
  if (!detection.ok) return failed(detection.message);
  const companions = await readCompanions(location, detection.parser.companions ?? [], root, options.maxInputBytes);
  const parsed = parseDetected(detection, path, companions.found);
  if (!parsed.ok) return failed(parsed.message);
  const result = companions.notes.length ? { ...parsed.result, notes: [...(parsed.result.notes ?? []), ...companions.notes] } : parsed.result;
  return { ok: true, path, parser: parsed.parser, result, writtenByDepindex: writtenByDepindex(detection.input.json) };
}

/** A CycloneDX SBOM whose metadata names depindex as its tool: one of depindex's own outputs. */
function writtenByDepindex(json: unknown): boolean {
  const tools = (json as { metadata?: { tools?: unknown } } | undefined)?.metadata?.tools;
  // CycloneDX 1.5+: {components: [...], services: [...]}; before: an array of {vendor, name, version}.
  const listed = Array.isArray(tools) ? tools : Array.isArray((tools as { components?: unknown } | undefined)?.components) ? (tools as { components: unknown[] }).components : [];
  return listed.some((t) => (t as { name?: unknown } | null)?.name === TOOL_NAME);
}

async function readCompanions(
  path: string,
  names: readonly string[],
  root: string,
  maxBytes: number,
): Promise<{ found: ReadonlyMap<string, string>; notes: string[] }> {
  const found = new Map<string, string>();
  const notes: string[] = [];
  for (const name of names) {
    if (name === basename(path)) continue;
    const location = join(dirname(path), name);
    // A name that climbs (`../gradle/…`, for a subproject's lock file) is not looked for above the repository: there
    // it is no companion of this checkout, and a note for it on every root-level input would only be noise.
    // Names that do not climb are read as before, also beside an input the command line named outside the repository.
    if (name.startsWith('../')) {
      const rel = relative(root, location);
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
    }
    const read = await readBounded(location, { root, maxBytes });
    if (read.ok) {
      const decoded = decodeInput(read.bytes);
      if (decoded.ok) found.set(name, decoded.text);
      else notes.push(`${name} beside it was not used: ${decoded.message}`);
    } else if (read.message !== 'no such file') {
      // A missing companion only means less is known (direct/dev stay null); one that is there but refused is said.
      notes.push(`${name} beside it was not used: ${read.message}`);
    }
  }
  return { found, notes };
}
