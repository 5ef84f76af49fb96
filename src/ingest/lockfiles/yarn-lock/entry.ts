import type { Checksums } from '../../../model/checksum.js';

/** One resolved package of a yarn.lock, v1 or berry, in the shape the graph step needs. */
export interface YarnEntry {
  /** The descriptors ("name@range") that resolve to this entry, as the header lists them. */
  readonly descriptors: readonly string[];
  /** "line 12" where the entry starts, or a pointer-like path when the line is unknown. */
  readonly place: string;
  /** The real package name (an alias descriptor names the alias). */
  readonly name: string;
  readonly version: string;
  /** The project's own code (berry workspace:, link:, portal:): not a dependency, its needs are direct. */
  readonly local: 'workspace' | 'link' | null;
  readonly checksums: Checksums | null;
  readonly source: string | null;
  /** [name, range] of `dependencies` and `optionalDependencies`. */
  readonly dependencies: readonly (readonly [string, string])[];
  readonly optional: ReadonlySet<string>;
}
