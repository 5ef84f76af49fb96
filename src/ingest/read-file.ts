import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * The checkout is untrusted (a pull request from a fork writes it): a file in it may be a symbolic link to
 * /proc/self/environ, a FIFO that never ends a read, or /proc/self/pagemap, which reports size 0 and reads
 * forever. This module is the one place inputs and their companions are read, bounded and without leaving the
 * repository through a link.
 */
export type ReadOutcome = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly message: string };

export interface ReadLimits {
  /** The repository: a symbolic link may not lead out of it. */
  readonly root: string;
  /** Bytes; reading stops at this plus one, so a file that lies about its size still cannot fill memory. */
  readonly maxBytes: number;
}

const FIRST_CHUNK = 64 * 1024;

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Where `location` really is, when reading it is allowed: inside the repository after following links, or a path
 * outside the repository that the command line named itself (its last part not a link: the caller's own choice
 * of file is trusted, a link planted in the checkout is not).
 */
async function allowedLocation(location: string, root: string): Promise<{ ok: true; real: string } | { ok: false; message: string }> {
  let real: string;
  let realRoot: string;
  try {
    real = await realpath(location);
    realRoot = await realpath(root).catch(() => resolve(root));
  } catch (e) {
    return { ok: false, message: describeFsError(e) };
  }
  if (within(realRoot, real)) return { ok: true, real };
  if (!within(resolve(root), location)) {
    const parent = await realpath(dirname(location)).catch(() => dirname(location));
    if (join(parent, basename(location)) === real) return { ok: true, real };
  }
  return { ok: false, message: 'is a symbolic link that leads out of the repository; not followed (inputs are read only inside the checkout)' };
}

/** Reads a regular file through one handle, at most `maxBytes + 1` bytes; never follows a link out of `root`. */
export async function readBounded(location: string, limits: ReadLimits): Promise<ReadOutcome> {
  const allowed = await allowedLocation(location, limits.root);
  if (!allowed.ok) return allowed;
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: the resolved path is read, not a link
    // swapped in since.
    handle = await open(allowed.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, message: describeFsError(e) };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { ok: false, message: 'not a file' };
    if (!info.isFile()) return { ok: false, message: 'not a regular file (a device, FIFO or socket); refused' };
    if (info.size > limits.maxBytes) return { ok: false, message: overLimit(info.size, limits.maxBytes) };
    // The size is a hint only (/proc files say 0): the read itself is what is bounded.
    // Reads ask for multiples of 8 bytes: some kernel files (/proc/self/pagemap) refuse any other length.
    const cap = roundUp8(limits.maxBytes + 1);
    let buffer = Buffer.allocUnsafe(Math.min(cap, roundUp8(Math.max(info.size + 1, FIRST_CHUNK))));
    let used = 0;
    for (;;) {
      if (used === buffer.length) {
        if (used > limits.maxBytes) return { ok: false, message: overLimit(null, limits.maxBytes) };
        const grown = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
        buffer.copy(grown, 0, 0, used);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, used, buffer.length - used, null);
      if (bytesRead === 0) break;
      used += bytesRead;
    }
    if (used > limits.maxBytes) return { ok: false, message: overLimit(null, limits.maxBytes) };
    return { ok: true, bytes: buffer.subarray(0, used) };
  } catch (e) {
    return { ok: false, message: describeFsError(e) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

const roundUp8 = (n: number): number => Math.ceil(n / 8) * 8;

function overLimit(size: number | null, limit: number): string {
  const what = size === null ? `the file holds more than ${formatBytes(limit)}` : `the file is ${formatBytes(size)}`;
  return `${what}, over the input size limit of ${formatBytes(limit)} (raise it with --max-input-size)`;
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'not a file';
    case 'ELOOP':
      return 'is a symbolic link that loops or was swapped while reading; not followed';
    case 'ENXIO':
      return 'not a regular file (a device, FIFO or socket); refused';
    default:
      // The code, not the message: a message may carry a path the checkout chose.
      return `cannot be read (${code ?? 'unknown error'})`;
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
