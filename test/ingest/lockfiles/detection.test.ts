import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Parser } from '../../../src/ingest/parser.js';
import { parser as npmLock } from '../../../src/ingest/lockfiles/npm-lock/parse.js';
import { parser as yarnLock } from '../../../src/ingest/lockfiles/yarn-lock/parse.js';
import { parser as pnpmLock } from '../../../src/ingest/lockfiles/pnpm-lock/parse.js';
import { parser as gemfileLock } from '../../../src/ingest/lockfiles/gemfile-lock/parse.js';
import { parser as goMod } from '../../../src/ingest/lockfiles/go-mod/parse.js';
import { parser as goSum } from '../../../src/ingest/lockfiles/go-sum/parse.js';
import { parser as packageJson } from '../../../src/ingest/manifests/package-json/parse.js';

const root = fileURLToPath(new URL('../../../../shared/fixtures/external/', import.meta.url));
const own = fileURLToPath(new URL('../../../fixtures/ingest/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

const parsers: Parser[] = [npmLock, yarnLock, pnpmLock, gemfileLock, goMod, goSum, packageJson];

/** Which of these parsers should claim a file, from its name: detection itself never looks at names. */
function expectedFor(path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'package-lock.json' || /\.v[123]\.json$/.test(name)) return 'npm-lock';
  if (name === 'yarn.lock' || /\.(v1|berry)\.lock$/.test(name)) return 'yarn-lock';
  if (name === 'pnpm-lock.yaml' || /\.v[569]\.yaml$/.test(name)) return 'pnpm-lock';
  if (name === 'Gemfile.lock' || path.includes('/gemfile-lock/')) return 'gemfile-lock';
  if (name === 'go.mod' || name.endsWith('.mod')) return 'go-mod';
  if (name === 'go.sum' || name.endsWith('.sum')) return 'go-sum';
  if (name === 'package.json' || name.endsWith('.package.json')) return 'package-json';
  return null;
}

function claims(text: string): string[] {
  let json: unknown = undefined;
  if (/^\s*[{[]/.test(text)) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return parsers.filter((p) => p.detect({ text, json })).map((p) => p.id);
}

describe('detection by content', () => {
  const all = [...files(root), ...files(own).filter((f) => /\/(npm-lock|yarn-lock|pnpm-lock|gemfile-lock|go-mod|go-sum|package-json)\//.test(f))];
  it.each(all.map((f) => [f.replace(root, 'external/').replace(own, 'fixtures/ingest/'), f]))('%s', (_label, path) => {
    const expected = expectedFor(path);
    expect(claims(readFileSync(path, 'utf8'))).toEqual(expected ? [expected] : []);
  });
});
