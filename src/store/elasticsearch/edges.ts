import { createHash } from 'node:crypto';
import type { Client } from '@elastic/elasticsearch';
import type { DependencyGraph, DependencySet } from '../../model/dependency-set.js';
import { edgeOrder, edgeRows, encodeGraph, graphOf } from '../../graph/edge-codec.js';
import type { SetWithGraph } from '../store.js';
import { storedDependency, type DependencyDocument, type SetDocument } from './documents.js';
import { readCurrent } from './load.js';
import type { IndexNames } from './mappings.js';

/**
 * A set's edges in Elasticsearch (issue 15): each dependency document lists the positions of what it depends on
 * (`children`) among its set's purls in code-unit order (graph/edge-codec.ts). They are written in the same bulk
 * as the documents of their generation, so the generation protocol (upsert.ts) makes them appear and go with
 * the set, and a reader never sees one generation's edges with another's dependencies. Neither indexed nor in
 * doc values: only read back from _source, a few bytes a document.
 */

/** purl -> positions it depends on (absent: none), for the documents of one set. */
export function childrenOf(purls: readonly string[], graph: DependencyGraph | undefined): { byPurl: Map<string, number[]>; digest: string | null } {
  const order = edgeOrder(purls);
  const rows = edgeRows(order, graph);
  const byPurl = new Map<string, number[]>();
  rows.forEach((row, i) => {
    if (row.length > 0) byPurl.set(order[i] as string, row);
  });
  // Part of the content hash (a re-scan with the same dependencies and other edges must write); null without
  // edges, so a set written without a graph hashes as it did before edges were stored.
  const digest = byPurl.size === 0 ? null : createHash('sha256').update(encodeGraph(order, graph)).digest('base64url');
  return { byPurl, digest };
}

/** A set with its graph from its current documents: the dependencies in edge order, their children as edges. */
function withGraph(set: SetDocument, documents: readonly DependencyDocument[]): DependencySet {
  const byPurl = new Map(documents.map((d) => [d.purl, d]));
  const purls = edgeOrder(byPurl.keys());
  const rows = purls.map((p) => {
    const children = byPurl.get(p)?.children ?? [];
    // Positions past the set would name no dependency; a damaged document loses its edges, not the read.
    return children.filter((c) => Number.isInteger(c) && c >= 0 && c < purls.length);
  });
  return {
    file: set.file,
    packageManager: set.package_manager,
    format: set.format,
    dependencies: purls.map((p) => {
      const { createdAt: _c, firstCommitSha: _f, lastSeenAt: _l, ...dependency } = storedDependency(byPurl.get(p)!);
      return dependency;
    }),
    graph: graphOf(purls, rows),
  };
}

/** Sets of a project at a ref (one file when given) with their graphs, read consistently (load.ts). */
export async function loadGraphs(client: Client, names: IndexNames, project: string, ref: string, file?: string): Promise<DependencySet[]> {
  return readCurrent(client, names, project, ref, file, withGraph);
}

/** One set with its graph and the time of its scan, read consistently (Store.loadSet); null when absent. */
export async function loadSetWithGraph(client: Client, names: IndexNames, project: string, ref: string, file: string): Promise<SetWithGraph | null> {
  const [found] = await readCurrent(client, names, project, ref, file, (set, documents) => ({ ...withGraph(set, documents), scannedAt: set.scanned_at ?? set.updated_at }));
  return found ?? null;
}
