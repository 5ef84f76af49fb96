/**
 * For an input no parser accepts, says what it looks like, so the person reading the log can tell a wrong
 * file from an unsupported format ("a JSON object with keys name, scripts" beats "unknown format").
 */
export function describeUnknown(text: string, json: unknown): string {
  if (json !== undefined) {
    if (Array.isArray(json)) return `a JSON array of ${json.length} item(s)`;
    if (json !== null && typeof json === 'object') {
      const keys = Object.keys(json);
      const shown = keys.slice(0, 8).map((k) => printable(k, 40));
      return keys.length === 0
        ? 'an empty JSON object'
        : `a JSON object with keys ${shown.join(', ')}${keys.length > shown.length ? `, … (${keys.length} keys)` : ''}`;
    }
    return `a JSON ${json === null ? 'null' : typeof json}`;
  }
  const newline = text.indexOf('\n');
  const firstLine = text.slice(0, newline >= 0 ? Math.min(newline, 200) : 200);
  return `text starting with "${printable(firstLine, 80)}"`;
}

/** Shortens and strips control characters so hostile input cannot rewrite the terminal. */
export function printable(text: string, max: number): string {
  // Shorten first: the text may be a 200 MiB binary "line".
  // eslint-disable-next-line no-control-regex
  const clean = text.slice(0, max + 1).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > max ? clean.slice(0, max) + '…' : clean;
}
