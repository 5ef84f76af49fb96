import { isPlausibleDigest, normaliseAlgorithm, type Checksums } from '../../../model/checksum.js';

/**
 * Python lock files list one digest per artifact of a release (the sdist and every wheel), while a dependency
 * carries one digest per algorithm. We keep, per algorithm, the lowest digest in sort order:
 * - it is a real artifact's digest, so "does it match one the registry knows" works unchanged;
 * - it stays the same while the release's files stay the same, whichever tool or order listed them
 *   (poetry.lock, Pipfile.lock and requirements.txt --hash give the same value for the same file set);
 * - it changes when an artifact's content changes or the file set does (a wheel added to the release later
 *   can change it too: that is the cost of one value per algorithm).
 * Entries are "alg:hex" (poetry, Pipfile.lock, pip --hash). Unusable entries are returned for problems.
 */
export function artifactChecksums(entries: Iterable<string>): { checksums: Checksums | null; invalid: string[] } {
  const lowest: Record<string, string> = {};
  const invalid: string[] = [];
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const algorithm = colon > 0 ? algorithmId(entry.slice(0, colon)) : '';
    let hex = entry.slice(colon + 1);
    // Locks write lower-case hex; only other spellings pay for the copy.
    if (!isPlausibleDigest(algorithm, hex)) hex = hex.trim().toLowerCase();
    if (colon <= 0 || !isPlausibleDigest(algorithm, hex)) {
      invalid.push(entry.length > 100 ? entry.slice(0, 100) + '…' : entry);
      continue;
    }
    const known = lowest[algorithm];
    if (known === undefined || hex < known) lowest[algorithm] = hex;
  }
  return { checksums: Object.keys(lowest).length > 0 ? lowest : null, invalid };
}

// Nearly every entry is "sha256": skip the general lookup for it.
const algorithmId = (name: string): string => (name === 'sha256' ? name : normaliseAlgorithm(name));

/** Where pip, Poetry and Pipenv fetch from when the file names no other index. */
export const PYPI_SIMPLE = 'https://pypi.org/simple';
