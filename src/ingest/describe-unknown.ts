/**
 * For an input no parser accepts, says what it looks like in words, so the person reading the log can tell a
 * wrong file from an unsupported format. It never quotes the input: the file may be a link to another file's
 * secrets (a runner's environment), and the log and the JSON artifact are public.
 */
export function describeUnknown(text: string, json: unknown): string {
  if (json !== undefined) {
    if (Array.isArray(json)) return `a JSON array of ${json.length} item(s), not the object of any format it reads`;
    if (json !== null && typeof json === 'object') {
      const keys = Object.keys(json).length;
      return keys === 0 ? 'an empty JSON object' : `a JSON object without the keys of any format it reads (${keys} key(s))`;
    }
    return `a JSON ${json === null ? 'null' : typeof json}`;
  }
  const lines = countLines(text);
  const start = text.trimStart();
  if (start.startsWith('<')) return `XML or HTML markup (${lines} line(s))`;
  return `text of ${lines} line(s) in no format it reads`;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Shortens and strips control characters so hostile input cannot rewrite the terminal. */
export function printable(text: string, max: number): string {
  // Shorten first: the text may be a 200 MiB binary "line".
  // eslint-disable-next-line no-control-regex
  const clean = text.slice(0, max + 1).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > max ? clean.slice(0, max) + '…' : clean;
}
