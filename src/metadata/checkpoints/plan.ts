import { checkpointKey, compareDataFiles, type DataFile } from '../layouts/object-name.js';

/** The last file fully ingested for one (data type, registry, layout). */
export interface Checkpoint {
  readonly dataType: string;
  readonly registry: string;
  /** The layout of the files ('v1', 'v2', 'v2-typed'; see DataFile.layout): the store's column keeps its first name. */
  readonly versionFormat: string;
  readonly sequence: number;
  readonly chunk: number;
}

/**
 * The files a sync reads, in order: per checkpoint key, those after its checkpoint; all of them when the
 * checkpoint's file is no longer listed (the export was rebuilt, DESIGN.md 8). `registries` limits the sync.
 */
export function planFiles(listed: readonly DataFile[], checkpoints: readonly Checkpoint[], registries: ReadonlySet<string> | null): DataFile[] {
  const saved = new Map(checkpoints.map((c) => [checkpointKey({ dataType: c.dataType as DataFile['dataType'], registry: c.registry, layout: c.versionFormat as DataFile['layout'] }), c]));
  const groups = new Map<string, DataFile[]>();
  for (const file of listed) {
    if (registries && file.dataType !== 'cve_enrichment' && !registries.has(file.registry)) continue;
    const key = checkpointKey(file);
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  const plan: DataFile[] = [];
  for (const [key, files] of groups) {
    const checkpoint = saved.get(key);
    const stillListed = checkpoint && files.some((f) => f.sequence === checkpoint.sequence && f.chunk === checkpoint.chunk);
    plan.push(...(stillListed ? files.filter((f) => f.sequence > checkpoint.sequence || (f.sequence === checkpoint.sequence && f.chunk > checkpoint.chunk)) : files));
  }
  return plan.sort(compareDataFiles);
}
