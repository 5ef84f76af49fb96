import { describe, expect, it } from 'vitest';
import { consoleReporter } from '../../src/metadata/sync/progress.js';

function streams(tty: boolean) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t), isTTY: tty } };
}

describe('sync progress', () => {
  it('on a terminal: a bar with files, records and rate, cleared before each line and at the end', () => {
    const s = streams(true);
    let now = 0;
    const reporter = consoleReporter(s.stdout, s.stderr, () => now);
    reporter.file('Evaluating data for advisories:m/v2/npm/1/00000001.ndjson');
    now = 2000;
    reporter.progress(1, 2, 500);
    reporter.problem({ file: 'm/v2/npm/1/00000002.ndjson', line: 7, message: 'not JSON\n(x)' });
    reporter.progress(2, 2, 1000);
    expect(s.out).toEqual(['Evaluating data for advisories:m/v2/npm/1/00000001.ndjson\n']);
    expect(s.err).toEqual([
      `\r\u001b[2K[${'#'.repeat(15)}${'.'.repeat(15)}] 1/2 files, 500 records, 250/s`,
      '\r\u001b[2K',
      'depindex sync: m/v2/npm/1/00000002.ndjson:7: not JSON (x); line skipped\n',
      `\r\u001b[2K[${'#'.repeat(30)}] 2/2 files, 1000 records, 500/s`,
      '\r\u001b[2K',
    ]);
  });

  it('not on a terminal: lines only, no bar', () => {
    const s = streams(false);
    const reporter = consoleReporter(s.stdout, s.stderr);
    reporter.progress(1, 2, 5);
    expect(s.err).toEqual([]);
  });
});
