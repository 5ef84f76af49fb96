import type { Checksums } from './checksum.js';

/**
 * One package version found in one dependency file (DESIGN.md 4). Fields the input does not tell are null,
 * never guessed: `introduced` null means the input has no graph and no direct flag.
 */
export interface Dependency {
  /** Package URL with version, as packageurl-js writes it. */
  readonly purl: string;
  /** purl type: npm, pypi, maven, golang ... */
  readonly type: string;
  readonly namespace: string | null;
  /** Full package name as the ecosystem writes it: namespace and name joined by "/" ("@types/node", "org.slf4j/slf4j-api"). */
  readonly name: string;
  readonly version: string;
  readonly introduced: boolean | null;
  /**
   * Needed only to develop, build or test the project, never at run time (docs/development-and-optional.md):
   * npm `dev`, CycloneDX scope `excluded` or a generator's development property, SPDX DEV/TEST/BUILD edges.
   */
  readonly development: boolean | null;
  /**
   * Installed only as an optional dependency (npm `optional` / `devOptional`, CycloneDX scope `optional`, SPDX
   * OPTIONAL_DEPENDENCY_OF): an install may go without it (platform binaries, fsevents). Its own field, not a
   * kind of development. Absent or null: the input does not say.
   */
  readonly optional?: boolean | null;
  /** SPDX ids or expressions; license names that are not SPDX are kept as written. */
  readonly licenses: readonly string[] | null;
  readonly checksums: Checksums | null;
  /** Where the package is fetched from: the resolved/distribution URL, or the registry URL when that is all the input says. */
  readonly source: string | null;
}
