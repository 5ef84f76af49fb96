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
  const isControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  let first = -1;
  for (let i = 0; i < text.length && first < 0; i++) if (isControl(text.charCodeAt(i))) first = i;
  // Most text has none: returned as it is, without copying.
  let cleaned = text;
  if (first >= 0) {
    cleaned = text.slice(0, first);
    for (let i = first; i < text.length; i++) {
      const code = text.charCodeAt(i);
      cleaned += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : text[i];
    }
  }
  return cleaned.length > max ? `${cleaned.slice(0, max)}…` : cleaned;
}
