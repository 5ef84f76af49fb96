import type { Dependency } from '../model/dependency.js';
import type { DependencySet } from '../model/dependency-set.js';

export interface InputError {
  readonly file: string;
  readonly message: string;
}

export interface InputWarning {
  readonly file: string;
  readonly place: string;
  readonly message: string;
}

/**
 * The `--json` contract (README "JSON output"): other tools and our own checks read it, so its field names
 * and order are fixed. `warnings`, `notes` and `inputs` were added after the contract; readers may ignore them.
 */
export function scanJson(
  inputs: readonly { path: string; format: string; sets: number }[],
  sets: readonly DependencySet[],
  errors: readonly InputError[],
  warnings: readonly InputWarning[],
  notes: readonly { file: string; message: string }[],
): string {
  const out = {
    sets: sets.map((set) => ({
      file: set.file,
      packageManager: set.packageManager,
      format: set.format,
      dependencies: set.dependencies.map(dependencyJson),
    })),
    errors,
    warnings,
    notes,
    inputs: inputs.map((i) => ({ file: i.path, format: i.format, sets: i.sets })),
  };
  // Compact: a 50,000-dependency scan is a 28 MB document that tools read; indentation would add a third.
  return JSON.stringify(out) + '\n';
}

/** One dependency in the contract's field order (the diff JSON uses the same fields). */
export function dependencyJson(d: Dependency) {
  return {
    purl: d.purl,
    type: d.type,
    name: d.name,
    version: d.version,
    introduced: d.introduced,
    development: d.development,
    licenses: d.licenses,
    checksums: d.checksums,
    source: d.source,
  };
}
