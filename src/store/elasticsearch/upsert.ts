import { err, ok, type Result } from '../../model/result.js';
import type { ScanContext, SetToWrite, WriteOptions, WriteSummary } from '../store.js';
import type { Finding } from '../../model/finding.js';
import {
  dependencyDocument,
  dependencyId,
  generationStartedAt,
  newGeneration,
  projectNamespaces,
  setId,
  type Remembered,
  type SetDocument,
  type SetPlace,
} from './documents.js';
import { describeError, statusOf } from './errors.js';
import { changeSet, readGeneration, readSet } from './sets.js';
import { markRef } from './refs.js';
import { childrenOf } from './edges.js';
import { lastChanged, setHash } from './changed.js';
import type { Writer } from './writer.js';
import { retireOthers } from './retire.js';
// Shared with the SQLite store so both refuse and merge alike; they belong in a store-neutral module (see report).
import { checkScan, mergeByPurl } from '../scan-input.js';
import { backoffDelay, bulkIndex, describeFailures, isRetryableStatus } from './write.js';
import { prepareFindings, retireFindings, type FindingsRider } from './findings-publish.js';

interface SetSummary {
  readonly added: number;
  readonly kept: number;
  readonly removed: number;
  /** The findings riding on this set were published by its flip. */
  readonly published?: boolean;
}

/**
 * With `options.findings` on a complete write and a findings index, they are published by the flip of the last
 * set this scan changes (its "rider", findings-publish.ts). `standalone` writes them when no set changes (the
 * sets readers see are then the ones the findings describe either way) and on a partial write.
 */
export async function writeScan(
  writer: Writer,
  context: ScanContext,
  sets: readonly SetToWrite[],
  options: WriteOptions = {},
  standalone?: () => Promise<Result<WriteSummary['findings']>>,
): Promise<Result<WriteSummary>> {
  // The same refusals as the SQLite store, before anything is written.
  const checked = checkScan(context, sets);
  if (!checked.ok) return checked;
  // Still being made (vulnerabilities matched): awaited first, as the rider is made before the first set is written.
  let findings: readonly Finding[] | undefined;
  try {
    findings = await options.findings;
  } catch (e) {
    return err(`nothing was written: the findings could not be made: ${e instanceof Error ? e.message : String(e)}`);
  }
  let rider: FindingsRider | null = null;
  let carrier = -1;
  // Only a complete write's findings ride on a flip: the flip hides every earlier finding of the ref.
  if (findings !== undefined && options.complete && writer.findings) {
    try {
      rider = await prepareFindings(writer.client, writer.findings, context, findings);
      carrier = await lastChanged(writer, context, sets);
    } catch (e) {
      return err(describeError(writer.location, 'read findings from', e));
    }
  }
  let added = 0;
  let kept = 0;
  let removed = 0;
  let published = false;
  for (const [i, set] of sets.entries()) {
    let written: Result<SetSummary>;
    try {
      written = await writeSet(writer, context, set, i === carrier ? rider : null);
    } catch (e) {
      written = err(describeError(writer.location, 'write to', e));
    }
    if (!written.ok) return err(`cannot store ${set.file} of ${context.project} at ${context.ref}: ${written.error}`);
    added += written.value.added;
    kept += written.value.kept;
    removed += written.value.removed;
    published ||= written.value.published === true;
  }
  let findingsSummary: WriteSummary['findings'];
  if (findings !== undefined) {
    if (published && rider) findingsSummary = rider.summary;
    else if (standalone) {
      const alone = await standalone();
      if (!alone.ok) return err(`the sets were written, but not their findings: ${alone.error}`);
      findingsSummary = alone.value;
    }
  }
  try {
    await markRef(writer.client, writer.names, context);
  } catch (e) {
    return err(`the sets were written, but the default-branch flags of ${context.project} could not be updated: ${describeError(writer.location, 'write to', e)}`);
  }
  if (!options.complete) return ok({ sets: sets.length, added, kept, removed, ...(findingsSummary ? { findings: findingsSummary } : {}) });
  // After the new sets are current, so a reader never sees the ref with neither the old files nor the new ones.
  let retired: Result<string[]>;
  try {
    retired = await retireOthers(writer, context.project, context.ref, new Set(sets.map((s) => s.file)));
  } catch (e) {
    retired = err(describeError(writer.location, 'write to', e));
  }
  if (!retired.ok) return err(`the sets were written, but the files this scan no longer has were not all retired: ${retired.error}`);
  return ok({ sets: sets.length, added, kept, removed, retired: retired.value, ...(findingsSummary ? { findings: findingsSummary } : {}) });
}

function baseSetDocument(context: ScanContext, id: string, set: SetToWrite, now: string): SetDocument {
  return {
    set_id: id,
    project: context.project,
    project_namespaces: projectNamespaces(context.project),
    ref: context.ref,
    ref_type: context.refType,
    default_branch: context.defaultBranch,
    file: set.file,
    package_manager: set.packageManager,
    format: set.format,
    commit_sha: null,
    pipeline_url: null,
    scanned_at: null,
    updated_at: now,
    generation: null,
    hidden_generations: [],
    write_count: 0,
    content_hash: null,
    counts: { dependencies: 0, added: 0, kept: 0, removed: 0 },
  };
}

async function writeSet(writer: Writer, context: ScanContext, set: SetToWrite, rider: FindingsRider | null): Promise<Result<SetSummary>> {
  const { client, names } = writer;
  // Routing by project (DESIGN.md 10): 10^5 projects x 10 refs x 500 dependencies = 5x10^8 documents over
  // 16-32 shards. Routed, a project's documents live on one shard: its writes, its loadSets and every search
  // scoped to it touch that shard alone instead of fanning out to all of them. Searches scoped to a group or the
  // instance still fan out, as they must. Routing by top-level group would bring groups to one shard too, but
  // one large group would then make one hot, oversized shard.
  const routing = context.project;
  const id = setId(context.project, context.ref, set.file);
  const started = writer.clock();
  const generation = newGeneration(started);
  const riding = rider ? [rider.generationFor(generation)] : [];

  const dependencies = mergeByPurl(set.dependencies);
  const edges = childrenOf(dependencies.map((d) => d.purl), set.graph);
  const hash = setHash(context, set, dependencies, edges.digest);
  // Memory: what the current generation knows about each version (created_at, first commit).
  const existing = await readSet(client, names, id, routing);
  if (existing?.doc.generation && existing.doc.content_hash === hash) {
    // The same scan again (a retried job): its documents are already there, ids included; write nothing.
    return ok({ added: 0, kept: dependencies.length, removed: 0 });
  }
  const previous = existing?.doc.generation ? await readGeneration(client, names, id, routing, existing.doc.generation) : [];
  const remembered = new Map<string, Remembered>(
    previous.map((d) => [d.purl, { createdAt: d.created_at, firstCommitSha: d.first_commit_sha }]),
  );

  // 1. Announce N as hidden before any of its documents exist.
  const announced = await changeSet(client, names, id, routing, (current) => {
    const base = current ?? baseSetDocument(context, id, set, started.toISOString());
    return { ...base, hidden_generations: [...base.hidden_generations, generation, ...riding], write_count: base.write_count + 1 };
  });
  if (!announced.ok) return announced;

  // 2. Write N.
  const place: SetPlace = { context, setId: id, file: set.file, packageManager: set.packageManager, format: set.format };
  const documents = dependencies.map((d) => ({
    id: dependencyId(id, d.purl, generation),
    routing,
    label: d.purl,
    source: withChildren(dependencyDocument(place, d, generation, remembered.get(d.purl)), edges.byPurl.get(d.purl)),
  }));
  let failed: string | null = null;
  try {
    const failures = await bulkIndex(client, names.dependencies, documents, writer.bulk, 'wait_for');
    if (failures.length > 0) {
      failed = `${failures.length} of ${documents.length} dependencies were refused by Elasticsearch:\n${describeFailures(failures)}`;
    }
  } catch (e) {
    failed = describeError(writer.location, 'write to', e);
  }
  if (failed === null && rider) {
    failed = await rider.write(riding[0] as string).catch((e: unknown) => describeError(writer.location, 'write findings to', e));
  }
  if (failed !== null) {
    // N stays hidden while it is deleted, so readers never see part of it; C was never touched.
    await retire(writer, id, routing, [generation, ...riding]).catch(() => undefined);
    return err(failed);
  }

  // 3. Flip. Whatever generation is current now is retired, even one a concurrent writer made current.
  const kept = dependencies.filter((d) => remembered.has(d.purl)).length;
  const newPurls = new Set(dependencies.map((d) => d.purl));
  const summary: SetSummary = {
    added: dependencies.length - kept,
    kept,
    removed: previous.filter((d) => !newPurls.has(d.purl)).length,
  };
  let toDelete: string[] = [];
  const flipped = await changeSet(client, names, id, routing, (current) => {
    if (!current || !current.hidden_generations.includes(generation)) {
      return `this write was abandoned as stale by a later write of the same set (it took longer than ${writer.staleAfterMs} ms); run the scan again`;
    }
    const now = writer.clock().getTime();
    const stale = current.hidden_generations.filter((g) => g !== generation && !riding.includes(g) && (generationStartedAt(g) ?? 0) < now - writer.staleAfterMs);
    // The ref's previous findings are hidden by this same flip that shows the new ones.
    const oldFindings = rider ? rider.previous().filter((g) => !riding.includes(g)) : [];
    toDelete = [...new Set([...(current.generation ? [current.generation] : []), ...stale, ...oldFindings])];
    return {
      ...baseSetDocument(context, id, set, writer.clock().toISOString()),
      commit_sha: context.commitSha,
      pipeline_url: context.pipelineUrl,
      scanned_at: context.scannedAt.toISOString(),
      generation,
      hidden_generations: [...new Set([...current.hidden_generations.filter((g) => g !== generation && !riding.includes(g)), ...toDelete])],
      write_count: current.write_count,
      content_hash: hash,
      counts: { dependencies: dependencies.length, ...summary },
    };
  });
  if (!flipped.ok) {
    await retire(writer, id, routing, [generation, ...riding]).catch(() => undefined);
    return flipped;
  }
  const published = rider !== null;
  if (rider) await rider.afterFlip().catch(() => undefined); // leftovers of older writes; the next write retries

  // 4 and 5. The set is now written; what follows is cleanup, but leftovers would show in Kibana, so say so.
  const retired = await retire(writer, id, routing, toDelete).catch((e: unknown) => describeError(writer.location, 'clean up in', e));
  if (typeof retired === 'string') {
    return err(`the set was written, but its previous generation could not be deleted (readers do not see it; the next write removes it): ${retired}`);
  }
  return ok({ ...summary, published });
}

/** Deletes generations that are hidden, then unhides them. Throws the client's errors. */
async function retire(writer: Writer, id: string, routing: string, generations: readonly string[]): Promise<true | string> {
  if (generations.length === 0) return true;
  const { client, names } = writer;
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await client.deleteByQuery(
        {
          index: names.dependencies,
          routing,
          query: { bool: { filter: [{ term: { set_id: id } }, { terms: { generation: [...generations] } }] } },
          conflicts: 'proceed',
          refresh: true,
        },
        { maxRetries: 0 },
      );
      const failures = answer.failures ?? [];
      if (failures.length > 0) {
        // Keep them hidden: a half-deleted generation must not become visible.
        return `delete_by_query failed for ${failures.length} documents: ${failures.map((f) => f.cause?.reason ?? f.cause?.type ?? JSON.stringify(f)).slice(0, 5).join('; ')}`;
      }
      break;
    } catch (e) {
      if (!isRetryableStatus(statusOf(e)) || attempt >= writer.bulk.retries) throw e;
      await writer.bulk.sleep(backoffDelay(writer.bulk, attempt));
    }
  }
  // Findings that rode on these generations (or are the ref's retired findings) go with them, still hidden.
  if (writer.findings) await retireFindings(client, writer.findings, routing, generations);
  const unhidden = await changeSet(client, names, id, routing, (current) =>
    current ? { ...current, hidden_generations: current.hidden_generations.filter((g) => !generations.includes(g)) } : 'the set document is gone',
  );
  return unhidden.ok ? true : unhidden.error;
}

/** The document with its edges (edges.ts), written in the same bulk as its generation. */
function withChildren(document: object, children: readonly number[] | undefined): object {
  return children === undefined ? document : { ...document, children };
}
