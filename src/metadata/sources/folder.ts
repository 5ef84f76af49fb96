import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { err, ok, type Result } from '../../model/result.js';
import { MAX_OBJECT_BYTES, type ObjectSource } from './source.js';

/** Deep enough for `v2/<type>/<data_type>/<sequence>/<chunk>`; deeper trees are not an export. */
const MAX_DEPTH = 6;
const MAX_ENTRIES = 2_000_000;

async function walk(root: string, dir: string, depth: number, out: string[]): Promise<void> {
  if (depth > MAX_DEPTH || out.length > MAX_ENTRIES) return;
  const entries = await readdir(join(root, dir), { withFileTypes: true });
  for (const entry of entries) {
    const name = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, name, depth + 1, out);
    else if (entry.isFile()) out.push(name);
  }
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/** An offline mirror folder of one data type (`vendor/package_metadata/advisories`). */
export function folderSource(path: string): ObjectSource {
  return {
    label: path,
    async list() {
      const names: string[] = [];
      try {
        await walk(path, '', 0, names);
      } catch (e) {
        return err(`cannot list ${path}: ${describe(e)}`);
      }
      return ok(names.map((n) => n.split(sep).join('/')));
    },
    async read(name): Promise<Result<Uint8Array>> {
      const full = join(path, ...name.split('/'));
      try {
        const info = await stat(full);
        if (info.size > MAX_OBJECT_BYTES) return err(`${full} is ${info.size} bytes, over the ${MAX_OBJECT_BYTES}-byte limit of one data file`);
        return ok(await readFile(full));
      } catch (e) {
        return err(`cannot read ${full}: ${describe(e)}`);
      }
    },
  };
}
