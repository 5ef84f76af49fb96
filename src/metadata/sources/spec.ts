import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { err, ok, type Result } from '../../model/result.js';
import { DATA_TYPES, type DataType } from '../layouts/object-name.js';
import { folderSource } from './folder.js';
import { httpBucketSource, type HttpPolicy } from './http-bucket.js';
import { osvSource, type OsvSource } from './osv.js';
import { printable, type ObjectSource } from './source.js';

export interface SourcePlan {
  readonly pmdb: { readonly dataType: DataType; readonly source: ObjectSource }[];
  readonly osv: OsvSource[];
}

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * `--source` values: `PATH` (an offline mirror holding advisories/, licenses/, cve_enrichment/),
 * `advisories=URL|PATH` (likewise licenses=, cve_enrichment=) and `osv=PATH` (a folder of OSV JSON or an
 * osv.dev all.zip). Relative paths are taken from `cwd`.
 */
export function parseSources(values: readonly string[], cwd: string, http: Partial<HttpPolicy> = {}): Result<SourcePlan> {
  const plan: SourcePlan = { pmdb: [], osv: [] };
  const local = (path: string): string => (isAbsolute(path) ? path : resolve(cwd, path));
  for (const value of values) {
    const eq = value.indexOf('=');
    const kind = eq > 0 ? value.slice(0, eq) : null;
    const target = kind !== null ? value.slice(eq + 1) : value;
    if (target === '') return err(`--source ${printable(value)}: nothing after "="`);
    if (kind === 'osv') {
      plan.osv.push(osvSource(local(target)));
    } else if (kind !== null && (DATA_TYPES as readonly string[]).includes(kind)) {
      if (/^https?:\/\//i.test(target)) {
        const bucket = httpBucketSource(target, http);
        if (!bucket.ok) return bucket;
        plan.pmdb.push({ dataType: kind as DataType, source: bucket.value });
      } else {
        if (!isFolder(local(target))) return err(`--source ${printable(value)}: ${local(target)} is not a folder`);
        plan.pmdb.push({ dataType: kind as DataType, source: folderSource(local(target)) });
      }
    } else if (kind !== null && /^[a-z_]+$/.test(kind)) {
      return err(`--source ${printable(value)}: unknown data type "${kind}" (advisories, licenses, cve_enrichment or osv)`);
    } else {
      const root = local(value);
      const found = DATA_TYPES.filter((t) => isFolder(join(root, t)));
      if (found.length === 0) return err(`--source ${printable(value)}: ${root} holds none of ${DATA_TYPES.map((t) => `${t}/`).join(', ')} (an offline mirror as GitLab's vendor/package_metadata)`);
      for (const dataType of found) plan.pmdb.push({ dataType, source: folderSource(join(root, dataType)) });
    }
  }
  return ok(plan);
}
