/** One line as pip reads it: continuation lines joined, the comment split off, and where it started. */
export interface LogicalLine {
  /** 1-based number of the first physical line. */
  readonly line: number;
  /** The text without its comment, trimmed. */
  readonly text: string;
  /** The comment text after "#" when the whole line is a comment, else null (pip-compile's "# via" lines). */
  readonly comment: string | null;
}

/**
 * Splits the way pip does: a line ending in "\" continues on the next; "#" at the start or after whitespace
 * starts a comment. Plain string scans, so a hostile line costs time linear in its length.
 */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const physical = text.split('\n');
  let pending = '';
  let pendingLine = 0;
  for (let i = 0; i < physical.length; i++) {
    let raw = physical[i] as string;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const trimmedStart = raw.trimStart();
    if (pending.length === 0 && trimmedStart.startsWith('#')) {
      out.push({ line: i + 1, text: '', comment: trimmedStart.slice(1) });
      continue;
    }
    if (pending.length === 0) pendingLine = i + 1;
    if (raw.endsWith('\\') && i < physical.length - 1) {
      pending += raw.slice(0, -1) + ' ';
      continue;
    }
    const joined = pending + raw;
    pending = '';
    out.push({ line: pendingLine, text: stripComment(joined).trim(), comment: null });
  }
  return out;
}

function stripComment(line: string): string {
  let at = line.indexOf('#');
  while (at !== -1) {
    const before = line.charCodeAt(at - 1);
    if (at === 0 || before === 0x20 || before === 0x09) return line.slice(0, at);
    at = line.indexOf('#', at + 1);
  }
  return line;
}
