import type { Dependency } from '../model/dependency.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { InputError, InputWarning } from '../model/input-problem.js';
import { licensedFromMetadata } from '../metadata/match/licenses.js';
import { jsonArrayPieces } from './json-pieces.js';

/**
 * The `--json` contract (README "JSON output"): other tools and our own checks read it, so its field names
 * and order are fixed. `warnings`, `notes` and `inputs` were added after the contract; readers may ignore them.
 * Compact: a 50,000-dependency scan is a 20 MB document that tools read; indentation would add a third.
 *
 * In pieces, written as they come (jsonArrayPieces): the same bytes as one JSON.stringify of the whole,
 * without holding the whole.
 */
export function* scanJsonChunks(
  inputs: readonly { path: string; format: string; sets: number }[],
  sets: readonly DependencySet[],
  errors: readonly InputError[],
  warnings: readonly InputWarning[],
  notes: readonly { file: string; message: string }[],
): Generator<string, void, undefined> {
  yield '{"sets":[';
  for (let s = 0; s < sets.length; s++) {
    const set = sets[s] as DependencySet;
    const head = JSON.stringify({ file: set.file, packageManager: set.packageManager, format: set.format });
    yield `${s === 0 ? '' : ','}${head.slice(0, -1)},"dependencies":[`;
    const { dependencies } = set;
    yield* jsonArrayPieces(dependencies.length, (i) => dependencyJson(dependencies[i] as Dependency));
    yield ']}';
  }
  const rest = JSON.stringify({ errors, warnings, notes, inputs: inputs.map((i) => ({ file: i.path, format: i.format, sets: i.sets })) });
  yield `],${rest.slice(1)}\n`;
}

/** The whole document as one string, for callers that want it in memory (tests, small outputs). */
export function scanJson(...args: Parameters<typeof scanJsonChunks>): string {
  return [...scanJsonChunks(...args)].join('');
}

/**
 * One dependency in the contract's field order (the diff JSON uses the same fields). `licenseSource: "metadata"`
 * follows `licenses` only when they were filled from the synced licence data (the input carried none); absent,
 * they are the input's, so documents of scans without metadata are unchanged.
 */
export function dependencyJson(d: Dependency) {
  return {
    purl: d.purl,
    type: d.type,
    name: d.name,
    version: d.version,
    introduced: d.introduced,
    development: d.development,
    // Its own field, not a kind of development (model/dependency.ts); null when the input does not say.
    optional: d.optional ?? null,
    licenses: d.licenses,
    ...(licensedFromMetadata(d) && d.licenses !== null ? { licenseSource: 'metadata' as const } : {}),
    checksums: d.checksums,
    source: d.source,
  };
}
