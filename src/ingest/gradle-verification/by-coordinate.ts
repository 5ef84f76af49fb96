import type { Checksums } from '../../model/checksum.js';
import { readVerificationMetadata } from './components.js';

/**
 * Where Gradle keeps verification metadata, as companion names relative to a Gradle output or lock file, nearest
 * first: at the build's root (gradle/ is Gradle's own place; a bare file beside it is what people attach to a CI
 * artifact), then the root build's gradle/ seen from a subproject one or two levels down (`app/gradle.lockfile`):
 * one file verifies the whole build. Names that climb out of the repository are not looked for (ingest/load.ts).
 */
export const VERIFICATION_COMPANIONS: readonly string[] = [
  'gradle/verification-metadata.xml',
  'verification-metadata.xml',
  '../gradle/verification-metadata.xml',
  '../../gradle/verification-metadata.xml',
];

/**
 * Checksums by "group:name:version" from the first verification metadata companion that was found, with notes
 * saying which file gave them and how many entries could not be read (their dependencies then have none).
 */
export function verifiedChecksums(companions: ReadonlyMap<string, string>): { sums: Map<string, Checksums>; notes: string[] } {
  const sums = new Map<string, Checksums>();
  for (const name of VERIFICATION_COMPANIONS) {
    const text = companions.get(name);
    if (text === undefined) continue;
    const read = readVerificationMetadata(text);
    for (const c of read.components) if (c.checksums) sums.set(`${c.group}:${c.name}:${c.version}`, c.checksums);
    const notes = [`checksums from ${name} (${read.components.length} components)`];
    if (read.problems.length > 0) notes.push(`${name}: ${read.problems.length} entries could not be read; their dependencies have no checksums`);
    return { sums, notes };
  }
  return { sums, notes: [] };
}
