import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { err, ok, type Result } from '../../model/result.js';
import { MAX_OBJECT_BYTES } from './source.js';

/** One OSV JSON document found in a folder or a zip. */
export interface OsvEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Takes the entries of a source one at a time; the source waits for each before it reads on. */
export interface OsvVisitor {
  entry(entry: OsvEntry): Promise<Result<void>>;
  /** An entry that is not read (over a size limit): the rest goes on. */
  refused(name: string, message: string): void;
}

export interface OsvSource {
  readonly label: string;
  /** Streams the entries to `visit`; memory holds a few records at a time, never the whole zip. */
  read(visit: OsvVisitor): Promise<Result<void>>;
}

/** Caps on an osv.dev `all.zip`: the whole npm one is about 1 GB unpacked; more is not OSV data. */
const MAX_ZIP_BYTES = 1024 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 4 * 1024 * 1024 * 1024;
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
const MAX_DEPTH = 8;
/** Compressed bytes pushed at a time: deflate inflates at most ~1,032x, so one push yields at most ~8 MiB. */
const ZIP_READ_BYTES = 8 * 1024;

export interface OsvLimits {
  readonly maxRecordBytes: number;
  readonly maxUnpackedBytes: number;
}

async function jsonFiles(root: string, dir: string, depth: number, out: string[]): Promise<void> {
  if (depth > MAX_DEPTH) return;
  for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
    const name = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) await jsonFiles(root, name, depth + 1, out);
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(name);
  }
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or folder' : e instanceof Error ? e.message : String(e);
}

const overRecord = (limit: number): string => `over the ${limit}-byte limit of one OSV record`;

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

async function readFolder(path: string, visit: OsvVisitor, limits: OsvLimits): Promise<Result<void>> {
  try {
    const names: string[] = [];
    await jsonFiles(path, '', 0, names);
    names.sort();
    for (const name of names) {
      const full = join(path, name);
      if ((await stat(full)).size > limits.maxRecordBytes) {
        visit.refused(name, overRecord(limits.maxRecordBytes));
        continue;
      }
      const done = await visit.entry({ name, bytes: await readFile(full) });
      if (!done.ok) return done;
    }
    return ok(undefined);
  } catch (e) {
    return err(`cannot read OSV data in ${path}: ${describe(e)}`);
  }
}

/**
 * Streams a zip through fflate's `Unzip`: the file is read in small pieces, each JSON entry is inflated up to
 * the per-record limit (an entry that declares or inflates to more is refused, the rest goes on) and handed over
 * before the next piece is read; past the total bound the zip is refused as not OSV data.
 */
async function readZip(path: string, visit: OsvVisitor, limits: OsvLimits): Promise<Result<void>> {
  const ready: OsvEntry[] = [];
  const refused: { name: string; message: string }[] = [];
  let unpacked = 0;
  let found = 0;
  let fatal: string | null = null;
  const unzip = new Unzip((file) => {
    found++;
    if (!file.name.endsWith('.json')) return; // never started: fflate skips its data
    if (file.originalSize !== undefined && file.originalSize > limits.maxRecordBytes) {
      refused.push({ name: file.name, message: overRecord(limits.maxRecordBytes) });
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let stopped = false;
    file.ondata = (e, data, final) => {
      if (stopped) return;
      if (e) {
        fatal ??= `entry "${file.name}": ${e.message}`;
        stopped = true;
        return;
      }
      size += data.length;
      unpacked += data.length;
      if (unpacked > limits.maxUnpackedBytes) fatal ??= `unpacks to more than ${limits.maxUnpackedBytes} bytes, over the limit of an OSV zip`;
      else if (size > limits.maxRecordBytes) refused.push({ name: file.name, message: overRecord(limits.maxRecordBytes) });
      else {
        chunks.push(data);
        if (final) ready.push({ name: file.name, bytes: concat(chunks, size) });
        return;
      }
      stopped = true;
      chunks.length = 0;
      file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const handOver = async (): Promise<Result<void>> => {
    for (const r of refused.splice(0)) visit.refused(r.name, r.message);
    for (let entry = ready.shift(); entry; entry = ready.shift()) {
      const done = await visit.entry(entry);
      if (!done.ok) return done;
    }
    return ok(undefined);
  };
  let first: Uint8Array | null = null;
  try {
    for await (const piece of createReadStream(path, { highWaterMark: ZIP_READ_BYTES })) {
      first ??= piece as Buffer;
      unzip.push(piece as Buffer);
      if (fatal !== null) return err(`${path}: ${fatal}`);
      const done = await handOver();
      if (!done.ok) return done;
    }
    unzip.push(new Uint8Array(0), true);
  } catch (e) {
    return err(`${path} is not a readable zip: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (fatal !== null) return err(`${path}: ${fatal}`);
  // A stream reader finds no entry in a file that is not a zip; only an empty zip (its end record) has none.
  const empty = first !== null && first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x05 && first[3] === 0x06;
  if (found === 0 && !empty) return err(`${path} is not a readable zip: no zip entries found`);
  return handOver();
}

/** A folder of OSV JSON files (any depth), or an osv.dev ecosystem `all.zip` streamed with fflate. */
export function osvSource(path: string, limits: OsvLimits = { maxRecordBytes: MAX_RECORD_BYTES, maxUnpackedBytes: MAX_UNPACKED_BYTES }): OsvSource {
  return {
    label: path,
    async read(visit) {
      let info;
      try {
        info = await stat(path);
      } catch (e) {
        return err(`cannot read OSV data at ${path}: ${describe(e)}`);
      }
      if (info.isDirectory()) return readFolder(path, visit, limits);
      if (info.size > Math.min(MAX_ZIP_BYTES, MAX_OBJECT_BYTES * 2)) return err(`${path} is ${info.size} bytes, over the limit of an OSV zip`);
      return readZip(path, visit, limits);
    },
  };
}
