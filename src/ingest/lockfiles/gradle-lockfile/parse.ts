import type { ParsedDependency, Parser } from '../../parser.js';
import type { Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { printable } from '../../describe-unknown.js';
import { isDevelopmentConfiguration } from './configurations.js';
import { VERIFICATION_COMPANIONS, verifiedChecksums } from '../../gradle-verification/by-coordinate.js';

const GENERATED = '# This is a Gradle generated file for dependency locking.';

/** "group:artifact:version=conf1,conf2" -> parts, or null. Plain splits, no regex over the whole line. */
function readLine(line: string): { group: string; artifact: string; version: string; configurations: string[] } | null {
  const eq = line.indexOf('=');
  if (eq === -1) return null;
  const coordinates = line.slice(0, eq).split(':');
  if (coordinates.length !== 3 || coordinates.some((c) => c.length === 0 || /\s/.test(c))) return null;
  const [group, artifact, version] = coordinates as [string, string, string];
  const configurations = line.slice(eq + 1).split(',').map((c) => c.trim()).filter((c) => c.length > 0);
  return { group, artifact, version, configurations };
}

export const parser = {
  id: 'gradle-lockfile',
  description: 'Gradle gradle.lockfile (dependency locking)',
  capabilities: { edges: 'none', direct: false, development: true, checksums: true, sources: false, licenses: false },
  // Gradle keeps the checksums of what it resolved in its dependency verification file, not in the lock file.
  companions: VERIFICATION_COMPANIONS,
  detect: ({ text, json }) => {
    if (json !== undefined) return false;
    if (text.startsWith(GENERATED)) return true;
    // Without the header: every content line is a locked coordinate or the "empty=" line.
    let coordinates = 0;
    for (const raw of text.slice(0, 100_000).split('\n')) {
      const line = raw.trim();
      if (line.length === 0 || line.startsWith('#')) continue;
      if (line.startsWith('empty=')) continue;
      if (!readLine(line)) return false;
      coordinates++;
    }
    return coordinates > 0;
  },
  parse: ({ text, path, companions }) => {
    const problems: Problem[] = [];
    const { sums, notes } = verifiedChecksums(companions);
    const dependencies: ParsedDependency[] = [];
    const seen = new Set<string>();
    text.split('\n').forEach((raw, index) => {
      const line = raw.trim();
      if (line.length === 0 || line.startsWith('#') || line.startsWith('empty=')) return;
      const place = `line ${index + 1}`;
      const read = readLine(line);
      if (!read) {
        problems.push({ place, message: `"${printable(line, 120)}" is not "group:artifact:version=configurations"` });
        return;
      }
      const purl = buildPurl('maven', read.group, read.artifact, read.version);
      if (!purl.ok) {
        problems.push({ place, message: purl.error });
        return;
      }
      const ref = `${read.group}:${read.artifact}@${read.version}`;
      if (seen.has(ref)) {
        problems.push({ place, message: `${read.group}:${read.artifact}:${read.version} is listed twice; the first line is kept` });
        return;
      }
      seen.add(ref);
      dependencies.push({
        ref,
        purl: purl.value,
        direct: null,
        // Dev only when every configuration that resolves it is a test, annotation-processing or build-tool one.
        development: read.configurations.length > 0 && read.configurations.every(isDevelopmentConfiguration),
        licenses: null,
        checksums: sums.get(`${read.group}:${read.artifact}:${read.version}`) ?? null,
        source: null,
      });
    });
    return { ok: true, value: { sets: [{ file: path, packageManager: 'gradle', dependencies, edges: [] }], problems, notes } };
  },
} satisfies Parser;
