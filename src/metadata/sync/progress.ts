import type { RecordProblem } from '../records/types.js';
import { printable } from '../sources/source.js';
import type { SyncReporter } from './sync-pmdb.js';

interface Stream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * Progress of a sync: one line per file on stdout (the protocol's words), problems on stderr with file and line,
 * and on a terminal a bar with counts and rate redrawn in place on stderr.
 */
export function consoleReporter(stdout: Stream, stderr: Stream, now: () => number = Date.now): SyncReporter {
  const started = now();
  const tty = stderr.isTTY === true;
  let drawn = false;
  const clear = (): void => {
    if (drawn) stderr.write('\r\u001b[2K');
    drawn = false;
  };
  return {
    file(line) {
      clear();
      stdout.write(`${line}\n`);
    },
    problem(p: RecordProblem) {
      clear();
      stderr.write(`depindex sync: ${p.file}:${p.line}: ${printable(p.message.replace(/[\r\n]+/g, ' '))}; line skipped\n`);
    },
    progress(done, total, records) {
      if (!tty) return;
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const seconds = Math.max(0.001, (now() - started) / 1000);
      stderr.write(`\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files, ${records} records, ${Math.round(records / seconds)}/s`);
      drawn = true;
      if (done === total) clear();
    },
  };
}
