import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Bytes gathered before each write. Writers hand over small pieces (report/json-pieces.ts says why); copying
 * them into a buffer costs less than a write, and its string-to-bytes conversion, per piece.
 */
const BUFFER_BYTES = 4 * 1024 * 1024;

/** UTF-8 takes at most three bytes per UTF-16 code unit (a surrogate pair: four bytes for two units). */
const MAX_BYTES_PER_UNIT = 3;

/** How the file is opened; tests pass one that fails the way a full disk does. */
export type OpenFile = (path: string, flags: string, mode?: number) => Promise<FileHandle>;

/**
 * Writes an output file, creating its folder; the error names the file as the user gave it, and the cause.
 * The content goes to a temporary file beside it, is synced, and then renamed over the old one: a full disk, a
 * killed job or a writer that throws leaves the previous file whole (and removes the temporary one). The rename
 * also replaces a symbolic link planted at the path instead of writing through it.
 * Content given in pieces is written as it comes, so the whole output is never held at once: two buffers take
 * turns, one being written by the thread pool while the next pieces are made and copied into the other.
 * Writing on this thread instead made the scan wait for the disk, which on CI runners' virtual disks is
 * sometimes ten times slower than on a laptop.
 */
export async function writeOutput(
  path: string,
  location: string,
  content: string | Iterable<string>,
  openFile: OpenFile = open,
): Promise<{ ok: true } | { ok: false; message: string }> {
  let file: FileHandle | undefined;
  const temporary = join(dirname(location), `.${basename(location)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    await mkdir(dirname(location), { recursive: true });
    // "wx": a fresh file, never one that is already there (or a link to elsewhere).
    const handle = await openFile(temporary, 'wx', 0o644);
    created = true;
    file = handle;
    await writePieces(handle, content);
    await handle.sync();
    await handle.close();
    file = undefined;
    await rename(temporary, location);
    created = false;
    return { ok: true };
  } catch (e) {
    return { ok: false, message: `cannot write ${path}: ${describeWriteError(e)}` };
  } finally {
    await file?.close().catch(() => undefined);
    if (created) await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** Standard output as the CLI passes it in: process.stdout, or a string sink in tests. */
export interface StandardOutput {
  write(text: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * An output named "-" (`--sbom -`): the pieces go to standard output in 64 KiB writes, waiting when the stream
 * asks to. Nothing to replace atomically there; a reader that stops early ends the process quietly (bin.ts).
 */
export async function writeToStdout(stdout: StandardOutput | null, content: string | Iterable<string>): Promise<{ ok: true } | { ok: false; message: string }> {
  if (stdout === null) return { ok: false, message: 'cannot write -: standard output is not available here (give a file name)' };
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer === '') return;
    const more = stdout.write(buffer);
    buffer = '';
    if (more === false && typeof stdout.once === 'function') await new Promise<void>((resolve) => stdout.once?.('drain', resolve));
  };
  for (const piece of typeof content === 'string' ? [content] : content) {
    buffer += piece;
    if (buffer.length >= 65_536) await flush();
  }
  await flush();
  return { ok: true };
}

async function writePieces(handle: FileHandle, content: string | Iterable<string>): Promise<void> {
  const buffers = [Buffer.allocUnsafe(BUFFER_BYTES), Buffer.allocUnsafe(BUFFER_BYTES)] as const;
  let current = 0;
  let used = 0;
  let pending: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    // The other buffer is free again only when its write is done.
    await pending;
    pending = writeAll(handle, buffers[current] as Buffer, used);
    current ^= 1;
    used = 0;
  };
  try {
    for (const piece of typeof content === 'string' ? [content] : content) {
      if (piece.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES - used) {
        await flush();
        if (piece.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES) {
          await pending;
          const bytes = Buffer.from(piece, 'utf8');
          pending = writeAll(handle, bytes, bytes.length);
          continue;
        }
      }
      used += (buffers[current] as Buffer).write(piece, used, 'utf8');
    }
    await flush();
  } finally {
    // A write still in flight settles before the handle is closed; its error, if any, is the one reported.
    await pending;
  }
}

/** A write may take fewer bytes than given (signals, some file systems); the rest follows. */
async function writeAll(file: FileHandle, buffer: Buffer, length: number): Promise<void> {
  let offset = 0;
  while (offset < length) offset += (await file.write(buffer, offset, length - offset)).bytesWritten;
}

function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a part of the path is a file, not a folder';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'ENOSPC') return 'no space left on the device (the previous file, if any, is kept)';
  if (code === 'EDQUOT') return 'the disk quota is exceeded (the previous file, if any, is kept)';
  if (code === 'EISDIR') return 'it is a folder';
  return (e as Error).message;
}
