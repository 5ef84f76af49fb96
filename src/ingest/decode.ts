/**
 * Bytes of an input to text, once, for every format: UTF-8 only. What is not UTF-8 text is named in words (never
 * quoted: the bytes may be another file's secrets), and line endings are made one kind here so that no text
 * parser has to know about old Mac (\r) or Windows (\r\n) files.
 */
export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const SNIFF = 8192;

/** UTF-16 without a byte order mark: ASCII text in it has a NUL in every other byte. */
function looksUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, SNIFF) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul < pairs * 0.1) return 'le';
  if (evenNul > pairs * 0.7 && oddNul < pairs * 0.1) return 'be';
  return null;
}

export function decodeInput(bytes: Buffer): Decoded {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : looksUtf16(bytes);
  if (utf16) {
    return {
      ok: false,
      message: `the file is UTF-16 text (${utf16 === 'le' ? 'little' : 'big'}-endian); depindex reads UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8`,
    };
  }
  const head = bytes.subarray(0, SNIFF);
  let nuls = 0;
  for (let at = head.indexOf(0); at >= 0; at = head.indexOf(0, at + 1)) nuls++;
  // A stray NUL in a text format is one bad entry (entry-checks.ts refuses it); many are binary data.
  if (nuls > Math.max(1, head.length / 200)) return { ok: false, message: 'the file is binary data (it holds NUL bytes), not a text or JSON format depindex reads' };
  const text = bytes.toString('utf8');
  return { ok: true, text };
}

/** "\r\n" and a lone "\r" become "\n". JSON needs none of it (a raw CR can only be whitespace there). */
export function normalizeLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
