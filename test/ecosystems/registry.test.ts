import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ecosystemFor, ecosystems } from '../../src/ecosystems/registry.js';
import type { Ecosystem } from '../../src/ecosystems/types.js';
import { repoPath } from './support.js';

const sourceDir = repoPath('src/ecosystems');

function moduleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return moduleFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const looksLikeEcosystem = (value: unknown): value is Ecosystem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Ecosystem).type === 'string' &&
  Array.isArray((value as Ecosystem).aliases) &&
  typeof (value as Ecosystem).canonicalName === 'function' &&
  typeof (value as Ecosystem).versioning?.parse === 'function';

describe('ecosystem registry (conformance)', () => {
  it('registers every Ecosystem exported by a module under src/ecosystems/', async () => {
    const exported: string[] = [];
    const unregistered: string[] = [];
    for (const file of moduleFiles(sourceDir)) {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (!looksLikeEcosystem(value)) continue;
        exported.push(name);
        if (!ecosystems.includes(value)) unregistered.push(`${file.slice(sourceDir.length + 1)}: ${name}`);
      }
    }
    expect(unregistered).toEqual([]);
    expect(exported.length).toBeGreaterThanOrEqual(ecosystems.length);
  });

  it('has no type or alias twice (names are case-insensitive)', () => {
    const names = ecosystems.flatMap((e) => [e.type, ...e.aliases].map((n) => n.toLowerCase()));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it.each([
    ['npm', 'npm'],
    ['packagist', 'composer'],
    ['rubygem', 'gem'],
    ['go', 'golang'],
    ['GO', 'golang'],
    ['crates.io', 'cargo'],
  ])('finds %j as %j', (name, type) => expect(ecosystemFor(name)?.type).toBe(type));

  it('answers "unsupported" for an unknown type instead of falling back', () => {
    expect(ecosystemFor('semver')).toBeUndefined();
  });

  it.each(ecosystems.map((e) => [e.type, e] as const))(
    '%s has a test that runs it over a real corpus',
    (type) => {
      const test = repoPath(`test/ecosystems/${type}.test.ts`);
      expect(existsSync(test), `test/ecosystems/${type}.test.ts`).toBe(true);
      const text = readFileSync(test, 'utf8');
      // A corpus test reads ../shared/versions-corpus (via support.ts corpus()) or a reference's golden file of it.
      expect(/corpus\(|versions-corpus|golden|referenceGoldenTests/.test(text), `${type}: no corpus test`).toBe(true);
    },
  );

  it('each implemented ecosystem parses a version and a range of its own', () => {
    const samples: Record<string, [string, string]> = {
      npm: ['1.2.3', '^1.0.0'],
      cargo: ['1.2.3', '^1.0.0'],
      golang: ['v1.2.3', '>=v1.0.0'],
      swift: ['1.2.3', 'from: 1.0.0'],
      pub: ['1.2.3', '^1.0.0'],
      conan: ['1.2.3', '[>=1.0 <2]'],
      hex: ['1.2.3', '~> 1.0'],
      cocoapods: ['1.2.3', '~> 1.0'],
      cran: ['1.2-3', '>= 1.0'],
      bioconductor: ['2.64.0', '>= 2.60.0'],
    };
    for (const [type, [version, range]] of Object.entries(samples)) {
      const e = ecosystemFor(type)!;
      const v = e.versioning.parse(version);
      const r = e.versioning.parseRange(range, 'native');
      expect(v.ok && r.ok && r.value.contains(v.value), type).toBe(true);
    }
  });
});
