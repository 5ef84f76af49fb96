import type { MetadataLookup, PackageKey, StoredAffected } from '../../src/metadata/store/types.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Test data: the hand-written PMDB mirror under fixtures/metadata, real corpora in ../shared (never copied). */
export const repoPath = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));
export const sharedPath = (relative: string): string => repoPath(`../shared/${relative}`);
export const mirrorPath = repoPath('fixtures/metadata/mirror');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'depindex-metadata-'));
}

/** The rows `affectedEach` hands over, gathered by the place of their key (undefined: none). */
export async function rowsByPlace(store: MetadataLookup, keys: readonly PackageKey[]): Promise<(StoredAffected[] | undefined)[]> {
  const out = new Array<StoredAffected[] | undefined>(keys.length).fill(undefined);
  if (!store.affectedEach) throw new Error('this store has no affectedEach');
  await store.affectedEach(keys, (place, ref, distro, kind, text) => (out[place] ??= []).push({ ref, type: (keys[place] as PackageKey).type, distro, versions: { kind, text } }));
  return out;
}

/** The advisory id of each row, as `details` says. */
export async function advisoryIdsOf(store: MetadataLookup, rows: readonly StoredAffected[]): Promise<string[]> {
  const details = await store.details(rows.map((r) => r.ref));
  return rows.map((r) => details.get(r.ref)?.advisory.id ?? '(no details)');
}
