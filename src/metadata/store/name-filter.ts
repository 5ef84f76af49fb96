/**
 * A Bloom filter of the name keys one purl type has affected rows for. A scan tests each of its names here, in
 * JavaScript, before any SQL: in a large lock file most packages never had an advisory, and those then cost a few
 * hash probes instead of an index seek. A false positive costs only the seek it saves otherwise; a name whose
 * advisory was removed may keep its bits until the next rebuild, which is harmless for the same reason. A name
 * with rows is never missed (no false negatives), so the findings do not depend on the filter.
 *
 * The bytes are stored (md_name_filter), so the hashing below is part of the file format: changing it needs a
 * metadata migration that drops the stored filters.
 */

/** Bits per name the filter is sized for, and probes per name: about 1% false positives when full. */
const BITS_PER_NAME = 10;
const PROBES = 7;
const MIN_CAPACITY = 1024;

/** Two 32-bit hashes of a key's UTF-16 code units (FNV-1a and a murmur3-style mix), for double hashing. */
function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b ^= b >>> 16;
  // An odd step visits distinct bits for every probe.
  return [a >>> 0, (b | 1) >>> 0];
}

export class NameFilter {
  private constructor(
    readonly bits: Uint8Array,
    /** How many names the filter is sized for. */
    readonly capacity: number,
    /** How many names were added since it was built (a name added twice counts twice): past capacity it is rebuilt. */
    public added: number,
  ) {}

  /** An empty filter sized for `names` names with room to grow (twice as many). */
  static sizedFor(names: number): NameFilter {
    const capacity = Math.max(MIN_CAPACITY, names * 2);
    return new NameFilter(new Uint8Array(Math.ceil((capacity * BITS_PER_NAME) / 8)), capacity, 0);
  }

  /** A stored filter; null when the bytes do not fit the capacity (then it is rebuilt or not used). */
  static stored(bits: Uint8Array, capacity: number, added: number): NameFilter | null {
    if (!Number.isSafeInteger(capacity) || capacity < 1 || bits.length !== Math.ceil((capacity * BITS_PER_NAME) / 8)) return null;
    return new NameFilter(bits, capacity, added);
  }

  /** Whether `more` further names still fit without raising the false-positive rate past its design. */
  fits(more: number): boolean {
    return this.added + more <= this.capacity;
  }

  add(key: string): void {
    const size = this.bits.length * 8;
    const [h1, h2] = hashes(key);
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + i * h2) % size;
      this.bits[bit >>> 3] = (this.bits[bit >>> 3] as number) | (1 << (bit & 7));
    }
    this.added++;
  }

  /** False: the type has no affected row for this name. True: it may have (about 1% of absent names say so). */
  mayHave(key: string): boolean {
    const size = this.bits.length * 8;
    const [h1, h2] = hashes(key);
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + i * h2) % size;
      if (((this.bits[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }
}
