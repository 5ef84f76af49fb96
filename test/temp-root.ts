import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: every temporary folder of a test run goes under one root, removed when the run ends.
 * Tests make their folders with mkdtemp under os.tmpdir() and many never remove them (a failed test's folder is
 * kept for reading while the run lasts); one run of both projects left about 210 folders, 290 MB, in /tmp, on machines
 * that have been seen with less than that free. os.tmpdir() reads TMPDIR, and the test processes and the
 * processes they start inherit it.
 */
export default function setup(): () => void {
  const before = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'depindex-test-run-'));
  // As /tmp itself: some tests run a child as an unprivileged user (test/security), which makes its folders here too.
  chmodSync(root, 0o1777);
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
