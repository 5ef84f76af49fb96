import type { Result } from '../../model/result.js';

/** Largest data file read whole; PMDB chunks are a few MB. Bounds memory on a hostile source. */
export const MAX_OBJECT_BYTES = 512 * 1024 * 1024;

/** A bucket or folder of one data type's objects, listed by name and read whole (never a partial object). */
export interface ObjectSource {
  /** Shown in progress lines and messages: a path or URL without credentials. */
  readonly label: string;
  list(): Promise<Result<string[]>>;
  read(name: string): Promise<Result<Uint8Array>>;
}

/** Control characters of untrusted text (names from a listing, ids from a file) made visible, never executed by a terminal. */
export function printable(text: string, max = 300): string {
  let cleaned = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    cleaned += control ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return cleaned.length > max ? `${cleaned.slice(0, max)}…` : cleaned;
}
