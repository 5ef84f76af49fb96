import type { ScanContext, SetToWrite } from '../store.js';
import { mergeByPurl } from '../scan-input.js';
import { contentHash, setId } from './documents.js';
import { childrenOf } from './edges.js';
import { readSet } from './sets.js';
import type { Writer } from './writer.js';

/** What decides whether a set changed: its content and, when it has a graph, its edges. */
export function setHash(context: ScanContext, set: SetToWrite, dependencies: ReturnType<typeof mergeByPurl>, digest = childrenOf(dependencies.map((d) => d.purl), set.graph).digest): string {
  return contentHash(context, set.file, set.packageManager, set.format, dependencies) + (digest === null ? '' : `.${digest}`);
}

/** The index of the last set whose content differs from its stored current generation; -1 when none does. */
export async function lastChanged(writer: Writer, context: ScanContext, sets: readonly SetToWrite[]): Promise<number> {
  for (let i = sets.length - 1; i >= 0; i--) {
    const set = sets[i] as SetToWrite;
    const existing = await readSet(writer.client, writer.names, setId(context.project, context.ref, set.file), context.project);
    if (!existing?.doc.generation || existing.doc.content_hash !== setHash(context, set, mergeByPurl(set.dependencies))) return i;
  }
  return -1;
}
