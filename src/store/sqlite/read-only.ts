import { statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { err, ok, type Result } from '../../model/result.js';

/**
 * Opens an index for reading only. A WAL-mode file needs its -shm file even to be read, which a read-only folder
 * (a restored CI cache, a read-only mount) cannot hold: SQLite then answers "attempt to write a readonly
 * database". When no -wal file holds commits the main file lacks, the file is read as immutable instead (SQLite's
 * URI parameter for media nobody writes to); otherwise the reader is told why it cannot read it yet.
 */
export function openReadOnly(path: string, timeout: number): Result<DatabaseSync> {
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(path, { readOnly: true, timeout });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return ok(db);
  } catch (e) {
    db?.close();
    const text = (e as Error).message;
    if (!/readonly|read-only|unable to open/i.test(text)) throw e;
    if (walSize(path) > 0) {
      return err(
        `the index is in a folder depindex cannot write, and its -wal file holds changes not yet in the main file; ` +
          `let a depindex scan write to it once where it can be written, or copy the folder somewhere writable`,
      );
    }
  }
  const url = pathToFileURL(path);
  url.searchParams.set('immutable', '1');
  const immutable = new DatabaseSync(url, { readOnly: true, timeout });
  immutable.prepare('SELECT count(*) FROM sqlite_schema').get();
  return ok(immutable);
}

function walSize(path: string): number {
  try {
    return statSync(`${path}-wal`).size;
  } catch {
    return 0;
  }
}
