/**
 * A string as a JSON string literal. Most strings in our outputs (purls, versions, names) need no escaping;
 * checking that in a loop and adding the quotes is several times cheaper than a JSON.stringify call, which
 * the SBOM writer makes half a million times for a large project. Anything else goes to JSON.stringify.
 */
export function jsonString(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Control characters, '"' and '\\' are escaped; from U+D800 on, lone surrogates are too.
    if (c < 0x20 || c === 0x22 || c === 0x5c || c >= 0xd800) return JSON.stringify(text);
  }
  return `"${text}"`;
}
