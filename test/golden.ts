/**
 * Golden files: an output compared, byte for byte, with a file reviewed into the repository. With
 * UPDATE_GOLDENS=1 the test writes the file instead (then `git diff` shows what changed, for review); without
 * it, a missing or different golden fails the test.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export function expectGolden(golden: URL, actual: string): void {
  const path = fileURLToPath(golden);
  if (process.env.UPDATE_GOLDENS === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`no golden file ${path}: run the test with UPDATE_GOLDENS=1 and review the new file`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
