import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { err, ok, type Result } from '../../model/result.js';
import { MAX_OBJECT_BYTES } from './source.js';

/** One OSV JSON document found in a folder or a zip. */
export interface OsvEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface OsvSource {
  readonly label: string;
  entries(): Promise<Result<OsvEntry[]>>;
}

/** Caps on an osv.dev `all.zip`: the whole npm one is about 1 GB unpacked; more is not OSV data. */
const MAX_ZIP_BYTES = 1024 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 4 * 1024 * 1024 * 1024;
const MAX_RECORD_BYTES = 16 * 1024 * 1024;
const MAX_DEPTH = 8;

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

/** A folder of OSV JSON files (any depth), or an osv.dev ecosystem `all.zip` read with fflate. */
export function osvSource(path: string): OsvSource {
  return {
    label: path,
    async entries() {
      let isFolder: boolean;
      let size: number;
      try {
        const info = await stat(path);
        isFolder = info.isDirectory();
        size = info.size;
      } catch (e) {
        return err(`cannot read OSV data at ${path}: ${describe(e)}`);
      }
      if (isFolder) {
        const names: string[] = [];
        try {
          await jsonFiles(path, '', 0, names);
          names.sort();
          const out: OsvEntry[] = [];
          for (const name of names) {
            const full = join(path, name);
            if ((await stat(full)).size > MAX_RECORD_BYTES) return err(`${full} is over the ${MAX_RECORD_BYTES}-byte limit of one OSV record`);
            out.push({ name, bytes: await readFile(full) });
          }
          return ok(out);
        } catch (e) {
          return err(`cannot read OSV data in ${path}: ${describe(e)}`);
        }
      }
      if (size > Math.min(MAX_ZIP_BYTES, MAX_OBJECT_BYTES * 2)) return err(`${path} is ${size} bytes, over the limit of an OSV zip`);
      try {
        let unpacked = 0;
        let refused: string | null = null;
        const files = unzipSync(await readFile(path), {
          filter: (file) => {
            if (!file.name.endsWith('.json')) return false;
            unpacked += file.originalSize;
            if (file.originalSize > MAX_RECORD_BYTES || unpacked > MAX_UNPACKED_BYTES) {
              refused ??= file.name;
              return false;
            }
            return true;
          },
        });
        if (refused !== null) return err(`${path}: entry "${refused}" is over the size limits of an OSV zip`);
        return ok(Object.keys(files).sort().map((name) => ({ name, bytes: files[name] as Uint8Array })));
      } catch (e) {
        return err(`${path} is not a readable zip: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  };
}
