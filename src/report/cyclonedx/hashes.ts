import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import type { Checksums } from '../../model/checksum.js';
import { compareStrings } from '../../model/compare-strings.js';

const ALGORITHMS: Readonly<Record<string, Enums.HashAlgorithm>> = {
  md5: Enums.HashAlgorithm.MD5,
  sha1: Enums.HashAlgorithm['SHA-1'],
  sha256: Enums.HashAlgorithm['SHA-256'],
  sha384: Enums.HashAlgorithm['SHA-384'],
  sha512: Enums.HashAlgorithm['SHA-512'],
  'sha3-256': Enums.HashAlgorithm['SHA3-256'],
  'sha3-384': Enums.HashAlgorithm['SHA3-384'],
  'sha3-512': Enums.HashAlgorithm['SHA3-512'],
  'blake2b-256': Enums.HashAlgorithm['BLAKE2b-256'],
  'blake2b-384': Enums.HashAlgorithm['BLAKE2b-384'],
  'blake2b-512': Enums.HashAlgorithm['BLAKE2b-512'],
  blake3: Enums.HashAlgorithm.BLAKE3,
};

/**
 * Digests CycloneDX can carry, sorted by algorithm; ecosystem-specific ones (Go's h1 dirhash) have no CycloneDX
 * algorithm and are left out. The digests were checked when read (Checksums), so they are not checked again.
 */
export function toHashes(checksums: Checksums): { alg: Enums.HashAlgorithm; content: string }[] {
  const out: { alg: Enums.HashAlgorithm; content: string }[] = [];
  for (const id in checksums) {
    const algorithm = ALGORITHMS[id];
    const hex = checksums[id] as string;
    if (algorithm !== undefined) out.push({ alg: algorithm, content: hex });
  }
  return out.length > 1 ? out.sort((a, b) => compareStrings(a.alg, b.alg)) : out;
}
