import { describe, expect, it } from 'vitest';
import { ecosystemFor } from '../../src/ecosystems/registry.js';

// Expected splits follow the purl spec's examples for each type (namespace = npm scope, Maven group,
// Composer vendor, Go module path without its last segment).
describe('splitName', () => {
  it.each([
    ['npm', '@babel/core', '@babel', 'core'],
    ['npm', 'lodash', null, 'lodash'],
    ['npm', 'not@scoped/x', null, 'not@scoped/x'],
    ['maven', 'org.apache.commons/commons-lang3', 'org.apache.commons', 'commons-lang3'],
    ['maven', 'org.apache.commons:commons-lang3', 'org.apache.commons', 'commons-lang3'],
    ['composer', 'laravel/framework', 'laravel', 'framework'],
    ['golang', 'github.com/gorilla/mux', 'github.com/gorilla', 'mux'],
    ['golang', 'stdlib', null, 'stdlib'],
  ])('%s %s -> %s / %s', (type, fullName, namespace, name) => {
    expect(ecosystemFor(type)?.splitName?.(fullName)).toEqual([namespace, name]);
  });

  it.each(['pypi', 'gem', 'nuget', 'cargo'])('%s names have no namespace to split off', (type) => {
    expect(ecosystemFor(type)?.splitName).toBeUndefined();
  });
});
