import { parseConfig } from '../../src/config/parse.js';
import type { DepindexConfig } from '../../src/config/schema.js';
import { readInputs, type ScanResult } from '../../src/run/scan.js';

export const external = new URL('../../../shared/fixtures/external/', import.meta.url).pathname;

/** Reads real inputs the way a scan does (parse and graph). */
export async function scanOf(cwd: string, ...patterns: string[]): Promise<ScanResult> {
  const result = await readInputs({ patterns, cwd, maxInputBytes: 256 * 1024 * 1024 });
  if (result.errors.length > 0) throw new Error(`fixture not read: ${JSON.stringify(result.errors)}`);
  return result;
}

/** A configuration from YAML text, validated as the CLI does; throws when invalid. */
export function configOf(yaml: string): DepindexConfig {
  const { config, errors } = parseConfig(yaml, 'test.yml');
  if (!config) throw new Error(errors.join('\n'));
  return config;
}
