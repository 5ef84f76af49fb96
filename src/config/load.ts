import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { err, ok, type Result } from '../model/result.js';
import { configDefaults } from './defaults.js';
import type { DepindexConfig } from './schema.js';

/** The file looked for at the repository root when --config is not given. */
export const CONFIG_FILE = '.depindex.yml';
const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig {
  readonly config: DepindexConfig;
  /** The file read, null when none exists and the defaults apply. */
  readonly path: string | null;
}

/**
 * Reads `.depindex.yml` (or the file given), validates it against the one schema, fills the defaults, then
 * checks what a schema cannot (SPDX ids, version ranges, purl patterns). Every error names the file, the key
 * and its line: "config: .depindex.yml:7: licenses.allow[2]: ...".
 */
export async function loadConfig(given: string | null, cwd: string): Promise<Result<LoadedConfig>> {
  const path = given ?? CONFIG_FILE;
  const full = isAbsolute(path) ? path : resolve(cwd, path);
  let text: string;
  try {
    const info = await stat(full);
    if (info.size > MAX_CONFIG_BYTES) return err(`config: ${path}: larger than 1 MiB; is this the right file?`);
    text = await readFile(full, 'utf8');
  } catch (e) {
    // No file: the schema's defaults, without loading the YAML parser and compiling the validator (a tenth of a
    // fresh scan's start-up); test/config checks they are what validating an empty file gives.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && given === null) return ok({ config: configDefaults(), path: null });
    return err(`config: ${path}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { parseConfig } = await import('./parse.js');
  const parsed = parseConfig(text, path);
  if (parsed.errors.length > 0) return err(parsed.errors.join('\n'));
  return ok({ config: parsed.config as DepindexConfig, path });
}

