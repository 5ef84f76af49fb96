import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { registryOf } from '../../src/checks/registry.js';
import { memoryIO } from '../cli/io.js';
import { external } from './support.js';

type Lock = { packages: Record<string, { version?: string; resolved?: string; integrity?: string }> };
const realLock = (): Lock => JSON.parse(readFileSync(join(external, 'create-react-app/package-lock.json'), 'utf8')) as Lock;

interface FindingsFile {
  verdict: string;
  findings: { id: string; kind: string; severity: string; new: boolean; name: string; version: string; message: string; rule: string | null; introducedBy: string[] }[];
}

/** Scans `lock` as package-lock.json of project g/p at `ref` into the workspace's SQLite index. */
async function scan(dir: string, lock: Lock, ref: string, extra: string[] = []): Promise<{ code: number; findings: FindingsFile; err: string }> {
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
  const io = memoryIO(dir);
  const code = await main(['scan', 'package-lock.json', '--store', 'sqlite:index.db', '--project', 'g/p', '--ref', ref, '--findings', `findings-${ref}.json`, ...extra], io);
  return { code, findings: JSON.parse(readFileSync(join(dir, `findings-${ref}.json`), 'utf8')) as FindingsFile, err: io.err() };
}

describe('checksum-changed on a real package-lock.json', () => {
  it('fires when the same version from the same registry comes with another digest, and fails the verdict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-checksum-'));
    const first = await scan(dir, realLock(), 'main');
    expect(first.code).toBe(0);
    expect(first.findings.findings.filter((f) => f.kind === 'checksum-changed')).toEqual([]);

    const tampered = realLock();
    const react = tampered.packages['node_modules/react'];
    if (!react?.integrity) throw new Error('fixture changed: no node_modules/react integrity');
    const original = react.integrity;
    react.integrity = `sha512-${Buffer.alloc(64, 7).toString('base64')}`;
    const second = await scan(dir, tampered, 'feature', ['--target-ref', 'main']);
    const changed = second.findings.findings.filter((f) => f.kind === 'checksum-changed');
    expect(changed.map((f) => `${f.name}@${f.version}`)).toEqual([`react@${react.version}`]);
    expect(changed[0]).toMatchObject({ severity: 'high', new: true, rule: 'checksum-changed' });
    expect(changed[0]?.message).toContain(Buffer.from(original.slice(7), 'base64').toString('hex').slice(0, 12));
    expect(second.findings.verdict).toBe('fail');
    expect(second.code).toBe(1);

    // The same finding again: same id (stable), and a rescan of the unchanged lock on main finds nothing new.
    const again = await scan(dir, tampered, 'feature', ['--target-ref', 'main']);
    expect(again.findings.findings.filter((f) => f.kind === 'checksum-changed').map((f) => f.id)).toEqual(changed.map((f) => f.id));
  });
});

describe('source-changed on a real package-lock.json', () => {
  it('fires when a package moves to another registry; private to public is critical', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-source-'));
    const privateLock = realLock();
    const schedulers = Object.entries(privateLock.packages).filter(([key]) => key.endsWith('node_modules/scheduler'));
    expect(schedulers.length).toBeGreaterThan(0);
    for (const [, entry] of schedulers) entry.resolved = entry.resolved?.replace('https://registry.npmjs.org/', 'https://npm.acme.internal/repository/npm/');
    const config = join(dir, 'depindex.yml');
    writeFileSync(config, 'registries:\n  private: [npm.acme.internal]\n');
    expect((await scan(dir, privateLock, 'main', ['--config', config])).code).toBe(0);

    const moved = await scan(dir, realLock(), 'feature', ['--config', config, '--target-ref', 'main']);
    const found = moved.findings.findings.filter((f) => f.kind === 'source-changed');
    const versions = new Set(schedulers.map(([, entry]) => entry.version));
    expect(found.map((f) => f.name)).toEqual([...versions].map(() => 'scheduler'));
    expect(new Set(found.map((f) => f.version))).toEqual(versions);
    expect(found[0]).toMatchObject({ severity: 'critical', rule: 'source-changed/dependency-confusion', new: true });
    expect(found[0]?.message).toContain('https://npm.acme.internal/repository/npm/');
    expect(found[0]?.message).toContain('https://registry.npmjs.org/');
    // scheduler is brought in by react and react-dom, both declared in the lock's root package.
    expect(found[0]?.introducedBy.length).toBeGreaterThan(0);
    expect(moved.code).toBe(1);
  });

  it('a public-to-public move is high, and private-packages fire without history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-source-'));
    expect((await scan(dir, realLock(), 'main')).code).toBe(0);
    const mirrored = realLock();
    const scheduler = mirrored.packages['node_modules/scheduler'] as { resolved: string };
    scheduler.resolved = scheduler.resolved.replace('https://registry.npmjs.org/', 'https://registry.yarnpkg.com/');
    const moved = await scan(dir, mirrored, 'main');
    expect(moved.findings.findings.filter((f) => f.kind === 'source-changed').map((f) => [f.name, f.severity])).toEqual([['scheduler', 'high']]);

    const fresh = mkdtempSync(join(tmpdir(), 'depindex-source-'));
    writeFileSync(join(fresh, '.depindex.yml'), 'registries:\n  private: [https://npm.acme.internal/]\n  private-packages: ["pkg:npm/react-*"]\n');
    const confused = await scan(fresh, realLock(), 'main');
    const names = confused.findings.findings.filter((f) => f.rule === 'registries.private-packages').map((f) => f.name);
    // Entries fetched from a registry (workspace links have no registry to judge), by their real name: an
    // alias (node_modules/react-loadable is @docusaurus/react-loadable) is the package it points at.
    const expected = Object.entries(realLock().packages)
      .filter(([k, v]) => k.includes('node_modules/') && v.resolved?.startsWith('https://'))
      .map(([k, v]) => (v as { name?: string }).name ?? k.replace(/^.*node_modules\//, ''))
      .filter((name) => name.startsWith('react-'));
    expect(new Set(names)).toEqual(new Set(expected));
    expect(confused.findings.findings.find((f) => f.rule === 'registries.private-packages')?.severity).toBe('critical');
  });
});

describe('registryOf', () => {
  const d = (type: string, namespace: string | null, name: string, version: string, source: string) => ({ type, namespace, name, version, source });
  it.each([
    [d('npm', null, 'react', '16.14.0', 'https://registry.npmjs.org/react/-/react-16.14.0.tgz'), 'https://registry.npmjs.org/'],
    [d('npm', '@babel', '@babel/core', '7.0.0', 'https://registry.npmjs.org/@babel/core/-/core-7.0.0.tgz'), 'https://registry.npmjs.org/'],
    [d('npm', null, 'x', '1.0.0', 'https://npm.acme.internal/repository/npm/x/-/x-1.0.0.tgz'), 'https://npm.acme.internal/repository/npm/'],
    [d('maven', 'org.slf4j', 'org.slf4j/slf4j-api', '1.7.30', 'https://repo1.maven.org/maven2/org/slf4j/slf4j-api/1.7.30/slf4j-api-1.7.30.jar'), 'https://repo1.maven.org/maven2/'],
    [d('pypi', null, 'requests', '2.0.0', 'https://files.pythonhosted.org/packages/aa/bb/requests-2.0.0.tar.gz'), 'https://files.pythonhosted.org/'],
    [d('cargo', null, 'serde', '1.0.0', 'registry+https://github.com/rust-lang/crates.io-index'), 'registry+https://github.com/rust-lang/crates.io-index'],
  ])('%j -> %s', (dep, registry) => {
    expect(registryOf(dep)).toBe(registry);
  });
});
