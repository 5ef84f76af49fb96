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
