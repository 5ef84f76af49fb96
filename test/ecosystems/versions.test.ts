import { describe, expect, it } from 'vitest';
import { ecosystemFor } from '../../src/ecosystems/registry.js';
import type { Ecosystem } from '../../src/ecosystems/types.js';
import { compareVersions, satisfies, versionTool, versionToolFor } from '../../src/ecosystems/versions.js';

describe('versions facade', () => {
  it.each([
    ['npm', '1.0.0', '1.0.1', -1],
    ['go', 'v1.2', 'v1.2.0', 0],
    ['cargo', '2.0.0', '1.99.99', 1],
  ] as const)('compareVersions(%j, %j, %j) is %d', (type, a, b, want) => {
    expect(compareVersions(type, a, b)).toEqual({ ok: true, value: want });
  });

  it.each([
    ['npm', '1.5.0', '^1.0.0', 'native', true],
    ['npm', '1.5.0', '>=1.0.0 && <1.5.0', 'advisory', false],
    ['conan', '1.5', '[>1 <2]', 'native', true],
  ] as const)('satisfies(%j, %j, %j, %j) is %j', (type, v, r, syntax, want) => {
    expect(satisfies(type, v, r, syntax)).toEqual({ ok: true, value: want });
  });

  it('says which value did not parse', () => {
    const r = compareVersions('npm', '1.0.0', 'one');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('"one"');
  });

  it('refuses an unknown type by name', () => {
    expect(versionToolFor('nosuch')).toEqual({ ok: false, error: 'unknown package type "nosuch"' });
  });

  it('parses each distinct text once, and keeps the cache bounded', () => {
    const npm = ecosystemFor('npm')!;
    let parses = 0;
    const counting: Ecosystem = {
      ...npm,
      versioning: { ...npm.versioning, parse: (t: string) => (parses++, npm.versioning.parse(t)) },
    };
    const tool = versionTool(counting, 4);
    for (let i = 0; i < 10; i++) tool.compare('1.0.0', '2.0.0');
    expect(parses).toBe(2);
    for (let i = 0; i < 100; i++) tool.compare(`1.0.${i}`, '2.0.0');
    // Evictions drop half the cache at a time; answers stay right throughout.
    expect(tool.compare('1.0.99', '1.0.98')).toEqual({ ok: true, value: 1 });
    expect(parses).toBeGreaterThan(100);
  });
});
