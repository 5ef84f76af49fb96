/**
 * Checksums are kept as lower-case algorithm id -> lower-case hex digest, whatever the input wrote
 * (CycloneDX "SHA-256", SPDX "SHA256", npm SRI "sha512-<base64>"), so two inputs for the same file compare equal.
 * Algorithms that are not a plain digest of the artifact (Go's "h1:" dirhash) keep their own id and encoding.
 * Every reader checks a digest with isPlausibleDigest before keeping it.
 */
export type Checksums = Readonly<Record<string, string>>;

const ALGORITHM_IDS: Readonly<Record<string, string>> = {
  md5: 'md5',
  sha1: 'sha1',
  sha224: 'sha224',
  sha256: 'sha256',
  sha384: 'sha384',
  sha512: 'sha512',
  'sha3-256': 'sha3-256',
  'sha3-384': 'sha3-384',
  'sha3-512': 'sha3-512',
  'blake2b-256': 'blake2b-256',
  'blake2b-384': 'blake2b-384',
  'blake2b-512': 'blake2b-512',
  blake3: 'blake3',
};

/** Spellings without separators -> id, built once: this runs for every checksum of every lock file. */
const BY_COMPACT_NAME = new Map(Object.keys(ALGORITHM_IDS).map((id) => [id.replace(/-/g, ''), id]));

/** "SHA-256", "sha_256", "SHA256" -> "sha256"; unknown names are returned lower-cased. */
export function normaliseAlgorithm(name: string): string {
  const lower = name.trim().toLowerCase();
  return BY_COMPACT_NAME.get(lower.replace(/[-_ ]/g, '')) ?? lower;
}

/** Expected hex length per algorithm, to refuse digests that cannot be right. */
const HEX_LENGTH: Readonly<Record<string, number>> = {
  md5: 32,
  sha1: 40,
  sha224: 56,
  sha256: 64,
  sha384: 96,
  sha512: 128,
  'sha3-256': 64,
  'sha3-384': 96,
  'sha3-512': 128,
  'blake2b-256': 64,
  'blake2b-384': 96,
  'blake2b-512': 128,
};

/** Readers keep a digest only when this holds, so what is in a Checksums needs no second look downstream. */
export function isPlausibleDigest(algorithm: string, hex: string): boolean {
  const expected = HEX_LENGTH[algorithm];
  return (expected === undefined || hex.length === expected) && /^[0-9a-f]+$/.test(hex);
}

/**
 * Subresource-integrity strings (npm, yarn berry, pnpm): "sha512-<base64> sha1-<base64>".
 * Returns null when nothing in it is a recognisable digest.
 */
export function checksumsFromIntegrity(integrity: string): Checksums | null {
  const out: Record<string, string> = {};
  for (const part of integrity.trim().split(/\s+/)) {
    const dash = part.indexOf('-');
    if (dash <= 0) continue;
    const algorithm = normaliseAlgorithm(part.slice(0, dash));
    const hex = Buffer.from(part.slice(dash + 1).replace(/\?.*$/, ''), 'base64').toString('hex');
    if (isPlausibleDigest(algorithm, hex)) out[algorithm] = hex;
  }
  return Object.keys(out).length > 0 ? out : null;
}
