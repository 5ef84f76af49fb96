import { buildSet } from '../../src/graph/build.js';
import { loadInput } from '../../src/ingest/load.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { sharedPath } from './support.js';

/** Real inputs from ../shared/fixtures/external, read and built as a scan does. */
export async function externalSets(relative: string): Promise<DependencySet[]> {
  const loaded = await loadInput(sharedPath(`fixtures/external/${relative}`), { maxInputBytes: 256 * 1024 * 1024 });
  if (!loaded.ok) throw new Error(`${relative}: ${loaded.message}`);
  return loaded.result.sets.map((s) => buildSet(s, loaded.parser.id).set);
}
