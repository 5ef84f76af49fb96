import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Bytes gathered before each write. Writers hand over small pieces (report/json-pieces.ts says why); copying
 * them into a buffer costs less than a write, and its string-to-bytes conversion, per piece.
 */
const BUFFER_BYTES = 4 * 1024 * 1024;

/** UTF-8 takes at most three bytes per UTF-16 code unit (a surrogate pair: four bytes for two units). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Writes an output file, creating its folder; the error names the file as the user gave it, and the cause.
 * Content given in pieces is written as it comes, so the whole output is never held at once: two buffers take
 * turns, one being written by the thread pool while the next pieces are made and copied into the other.
 * Writing on this thread instead made the scan wait for the disk, which on CI runners' virtual disks is
 * sometimes ten times slower than on a laptop.
 */
export async function writeOutput(
  path: string,
  location: string,
  content: string | Iterable<string>,
): Promise<{ ok: true } | { ok: false; message: string }> {
  let file: FileHandle | undefined;
  try {
    await mkdir(dirname(location), { recursive: true });
    const handle = await open(location, 'w');
    file = handle;
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
    await pending;
    return { ok: true };
  } catch (e) {
    return { ok: false, message: `cannot write ${path}: ${describeWriteError(e)}` };
  } finally {
    await file?.close().catch(() => undefined);
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
  if (code === 'ENOSPC') return 'no space left on the device';
  return (e as Error).message;
}
