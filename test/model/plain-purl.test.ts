import { PackageURL } from 'packageurl-js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainPurl, plainPurlOf } from '../../src/ecosystems/shared/plain-purl.js';

/**
 * plain-purl.ts answers for packageurl-js without calling it; these tests hold it to packageurl-js's own answers.
 * The generated purls mix the characters each rule turns on (case, "_", "+", "%", ":", "@", spaces, dots, empty
 * segments) over the types it knows and some it must leave alone.
 */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const random = lcg(7);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const ALPHABET = [...'abcxyz019', ...'ABZ', '.', '_', '~', '-', '+', ':', '%40', '%2F', '@', ' ', '!', '/', '..'];
const segment = () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => (random() < 0.7 ? pick([...'abcdefghij0123456789.-']) : pick(ALPHABET))).join('');
const TYPES = ['npm', 'composer', 'pypi', 'maven', 'gem', 'cargo', 'nuget', 'golang', 'pub', 'conan', 'deb', 'swift', 'hex', 'cocoapods', 'cran', 'bioconductor', 'NPM'];

function generatedPurl(): string {
  const type = pick(TYPES);
  const namespace = random() < 0.5 ? '' : `${random() < 0.3 ? '%40' : ''}${segment()}/`;
  const version = random() < 0.1 ? '' : `@${segment()}`;
  const tail = random() < 0.05 ? '?arch=x86_64' : random() < 0.05 ? '#sub/path' : '';
  return `pkg:${type}/${namespace}${segment()}${version}${tail}`;
}

function packageurlJs(text: string): { written: string; parts: object } | null {
  try {
    const p = PackageURL.fromString(text);
    return { written: p.toString(), parts: { type: p.type, namespace: p.namespace ?? null, name: p.name, version: p.version ?? '', qualifiers: null, subpath: null } };
  } catch {
    return null;
  }
}

function checkAgainstLibrary(texts: readonly string[]): number {
  let accepted = 0;
  for (const text of texts) {
    const fast = plainPurl(text);
    if (fast === null) continue;
    accepted++;
    const library = packageurlJs(text);
    expect(library, text).not.toBeNull();
    expect(library?.written, text).toBe(text);
    expect({ ...fast }, text).toEqual(library?.parts);
  }
  return accepted;
}

describe('plainPurl agrees with packageurl-js', () => {
  it('on 20,000 generated purls', () => {
    const texts = Array.from({ length: 20_000 }, generatedPurl);
    const accepted = checkAgainstLibrary(texts);
    // The fast path must actually be taken on a good share, or this test would check nothing.
    expect(accepted).toBeGreaterThan(1000);
    expect(accepted).toBeLessThan(texts.length);
  });

  it('on every purl in the shared fixtures', () => {
    const root = new URL('../../../shared/fixtures/external/', import.meta.url).pathname;
    const purls = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else for (const m of readFileSync(path, 'utf8').matchAll(/pkg:[A-Za-z0-9.+-]+\/[^"\s<>'\\]+/g)) purls.add(m[0]);
      }
    };
    walk(root);
    const accepted = checkAgainstLibrary([...purls]);
    expect(purls.size).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(500);
  });

  it('leaves qualifiers, subpaths, escapes and normalised characters to packageurl-js', () => {
    for (const text of [
      'pkg:npm/Lodash@4.17.21',
      'pkg:pypi/Django_Rest@1.0',
      'pkg:pypi/django_rest@1.0',
      'pkg:golang/github.com/x/y@v1.0.0',
      'pkg:maven/junit@4.12',
      'pkg:deb/debian/curl@7.88.1?arch=amd64',
      'pkg:npm/left-pad@1.0.0#lib',
      'pkg:npm/%40Babel/core@7.0.0',
      'pkg:npm/a%2Fb@1',
      'pkg:npm/left-pad',
      'pkg:gem/rails@7.0.0 ',
    ]) {
      expect(plainPurl(text), text).toBeNull();
    }
    expect(plainPurl('pkg:npm/%40babel/core@7.0.0+build.1')).toEqual({ type: 'npm', namespace: '@babel', name: 'core', version: '7.0.0+build.1', qualifiers: null, subpath: null });
  });
});

describe('plainPurlOf agrees with packageurl-js', () => {
  it('on 20,000 generated parts', () => {
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const type = pick(TYPES);
      const namespace = random() < 0.5 ? null : `${random() < 0.3 ? '@' : ''}${segment()}`;
      const name = segment();
      const version = segment();
      const fast = plainPurlOf(type, namespace, name, version);
      if (fast === null) continue;
      accepted++;
      expect(new PackageURL(type, namespace ?? undefined, name, version, undefined, undefined).toString(), `${type} ${namespace} ${name} ${version}`).toBe(fast);
    }
    expect(accepted).toBeGreaterThan(2000);
  });
});
