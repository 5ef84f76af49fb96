import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumChanged } from '../../src/checks/checksum.js';
import { isPrivateRegistry, registryOf } from '../../src/checks/registry.js';
import { main } from '../../src/cli.js';
import { sourceChanged } from '../../src/checks/source.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { memoryIO } from '../cli/io.js';
import { configOf, external } from './support.js';

type Lock = { packages: Record<string, { version?: string; resolved?: string; integrity?: string }> };
const realLock = (): Lock => JSON.parse(readFileSync(join(external, 'create-react-app/package-lock.json'), 'utf8')) as Lock;
interface FindingsFile {
  verdict: string;
  findings: { kind: string; severity: string; name: string; version: string; message: string; rule: string | null }[];
}

async function scan(dir: string, lock: Lock, ref: string, extra: string[] = []): Promise<{ code: number; findings: FindingsFile; err: string }> {
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
  const io = memoryIO(dir);
  const code = await main(['scan', 'package-lock.json', '--store', 'sqlite:index.db', '--project', 'g/p', '--ref', ref, '--findings', `findings-${ref}.json`, ...extra], io);
  return { code, findings: JSON.parse(readFileSync(join(dir, `findings-${ref}.json`), 'utf8')) as FindingsFile, err: io.err() };
}

const dep = (checksums: Record<string, string>) => ({
  purl: 'pkg:npm/a@1.0.0', type: 'npm', namespace: null, name: 'a', version: '1.0.0', introduced: true, development: false, licenses: null, checksums,
  source: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz',
});
const setOf = (d: ReturnType<typeof dep>): DependencySet => ({ file: 'package-lock.json', packageManager: 'npm', format: 'npm-lock', dependencies: [d], graph: { edges: new Map() } });

describe('checksum-changed cannot be hidden behind a second algorithm', () => {
  const original = { sha512: 'a'.repeat(128), sha1: 'b'.repeat(40) };
  const check = (now: Record<string, string>) =>
    checksumChanged({ sets: [setOf(dep(now))], config: configOf(''), reported: [], previous: [{ file: 'package-lock.json', dependencies: [dep(original)] }], now: new Date() });

  it('a replaced sha512 beside the original sha1 is a change, reported on the strongest disagreeing algorithm', () => {
    const found = check({ sha512: 'e'.repeat(128), sha1: original.sha1 });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('The sha512 checksum');
    expect(check({ sha512: 'e'.repeat(128), sha1: 'f'.repeat(40) })[0]?.message).toContain('The sha512 checksum');
    expect(check({ sha512: original.sha512, sha1: 'f'.repeat(40) })[0]?.message).toContain('The sha1 checksum');
  });

  it('agreeing digests, or algorithms only one side has, are no change', () => {
    expect(check(original)).toEqual([]);
    expect(check({ sha512: original.sha512 })).toEqual([]);
    expect(check({ sha1: original.sha1, sha256: 'c'.repeat(64) })).toEqual([]);
  });

  it('through a scan: integrity "sha512-<evil> sha1-<original>" fails the verdict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-checksum2-'));
    const sha1 = `sha1-${Buffer.alloc(20, 3).toString('base64')}`;
    const first = realLock();
    const react = first.packages['node_modules/react'];
    if (!react?.integrity) throw new Error('fixture changed: no node_modules/react integrity');
    react.integrity = `${react.integrity} ${sha1}`;
    expect((await scan(dir, first, 'main')).code).toBe(0);
    const tampered = realLock();
    (tampered.packages['node_modules/react'] as { integrity: string }).integrity = `sha512-${Buffer.alloc(64, 7).toString('base64')} ${sha1}`;
    const second = await scan(dir, tampered, 'feature', ['--target-ref', 'main']);
    const changed = second.findings.findings.filter((f) => f.kind === 'checksum-changed');
    expect(changed.map((f) => f.name)).toEqual(['react']);
    expect(changed[0]?.message).toContain('The sha512 checksum');
    expect(second.code).toBe(1);
  });
});

describe('private registries match host-exact and on path boundaries', () => {
  it.each([
    ['https://npm.corp.example/', ['https://npm.corp.example'], true],
    ['https://npm.corp.example/npm/', ['https://npm.corp.example'], true],
    ['https://npm.corp.example.evil.com/', ['https://npm.corp.example'], false],
    ['https://artifactory.corp/api/npm/npm/', ['https://artifactory.corp/api/npm/npm'], true],
    ['https://artifactory.corp/api/npm/npm-remote/', ['https://artifactory.corp/api/npm/npm'], false],
    ['https://artifactory.corp/api/npm/npm-remote/', ['https://artifactory.corp/api/npm/npm/'], false],
    ['http://npm.corp.example/', ['https://npm.corp.example/'], false],
    ['https://npm.corp.example:8443/', ['https://npm.corp.example/'], false],
    ['https://NPM.corp.example/', ['npm.corp.example'], true],
    ['https://npm.corp.example.evil.com/', ['npm.corp.example'], false],
    ['https://evilnpm.corp.example/', ['npm.corp.example'], false],
    ['https://sub.npm.corp.example/', ['npm.corp.example'], false],
    ['https://npm.corp.example:8443/npm/', ['npm.corp.example:8443'], true],
    ['https://npm.corp.example:9443/npm/', ['npm.corp.example:8443'], false],
    ['registry+https://cargo.corp.example/index', ['https://cargo.corp.example/'], true],
  ])('%s with private %j: %s', (registry, list, expected) => {
    expect(isPrivateRegistry(registry, list)).toBe(expected);
  });

  it('through a scan: a look-alike host of a private URL entry is public for private-packages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-private-'));
    const lock = realLock();
    const scheduler = lock.packages['node_modules/scheduler'] as { resolved: string };
    scheduler.resolved = scheduler.resolved.replace('https://registry.npmjs.org/', 'https://npm.corp.example.evil.com/');
    const config = join(dir, 'depindex.yml');
    writeFileSync(config, 'registries:\n  private: [https://npm.corp.example]\n  private-packages: ["pkg:npm/scheduler"]\n');
    const result = await scan(dir, lock, 'main', ['--config', config]);
    const found = result.findings.findings.filter((f) => f.rule === 'registries.private-packages');
    const evil = found.filter((f) => f.message.includes('resolves from https://npm.corp.example.evil.com/'));
    expect(evil.map((f) => [f.name, f.version, f.severity])).toEqual([['scheduler', lock.packages['node_modules/scheduler']?.version, 'critical']]);
  });
});

describe('a malformed URL in a lock file does not end the scan', () => {
  it('registryOf keeps the raw path for a broken percent-escape', () => {
    expect(registryOf({ type: 'npm', namespace: null, name: 'a', version: '1.0.0', source: 'https://registry.npmjs.org/%zz/a/-/a-1.0.0.tgz' })).toBe(
      'https://registry.npmjs.org/%zz/',
    );
  });

  it('through a scan: exit 0 and the outputs are written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-badurl-'));
    const lock = realLock();
    (lock.packages['node_modules/scheduler'] as { resolved: string }).resolved = 'https://registry.npmjs.org/%zz/a/-/a-1.0.0.tgz';
    expect((await scan(dir, lock, 'main')).code).toBe(0);
    // The second scan compares with the first: every history check derives the registry of the broken URL.
    const config = join(dir, 'depindex.yml');
    writeFileSync(config, 'registries:\n  private: [https://npm.corp.example/]\n');
    const result = await scan(dir, lock, 'feature', ['--config', config, '--target-ref', 'main', '--sarif', 'out.sarif']);
    expect(result.err).not.toMatch(/URIError|internal error/i);
    expect(result.code).toBe(0);
    expect(result.findings.verdict).toBe('pass');
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });
});

describe('private-packages without a known source', () => {
  const unsourced = (format: string): DependencySet => ({ ...setOf({ ...dep({}), source: null as unknown as string }), format });
  const check = (format: string) =>
    sourceChanged({ sets: [unsourced(format)], config: configOf('registries:\n  private-packages: ["pkg:npm/a"]\n'), reported: [], previous: null, now: new Date() });

  it('fires (high) for a format that records sources, not for one that never does', () => {
    const [found, ...rest] = check('npm-lock');
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ kind: 'source-changed', severity: 'high', rule: 'registries.private-packages' });
    expect(found?.message).toContain('source is unknown');
    expect(found?.message).toContain('cannot be shown to come from a private registry');
    expect(check('package-json')).toEqual([]);
  });

  it('through a scan: a lock entry without resolved is a finding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-unsourced-'));
    const lock = realLock();
    delete (lock.packages['node_modules/scheduler'] as { resolved?: string }).resolved;
    const config = join(dir, 'depindex.yml');
    writeFileSync(config, 'registries:\n  private: [https://registry.npmjs.org/]\n  private-packages: ["pkg:npm/scheduler"]\n');
    const result = await scan(dir, lock, 'main', ['--config', config]);
    const found = result.findings.findings.filter((f) => f.rule === 'registries.private-packages');
    expect(found.map((f) => [f.name, f.version, f.severity])).toEqual([['scheduler', lock.packages['node_modules/scheduler']?.version, 'high']]);
    expect(found[0]?.message).toContain('source is unknown');
    expect(result.code).toBe(1);
  });
});

describe('licenses.unknown: warn through a scan', () => {
  it('unknown licences with fail-on: info warn and exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-unknown-licence-'));
    const lock = realLock();
    (lock.packages['node_modules/react'] as { license?: string }).license = 'Apache 2';
    const config = join(dir, 'depindex.yml');
    writeFileSync(config, 'fail-on: info\nlicenses:\n  deny: [AGPL-3.0-only]\n  unknown: warn\n');
    const result = await scan(dir, lock, 'main', ['--config', config]);
    const unknown = result.findings.findings.filter((f) => f.rule === 'licenses.unknown');
    expect(unknown.map((f) => f.name)).toContain('react');
    expect(new Set(result.findings.findings.map((f) => f.severity))).toEqual(new Set(['unknown']));
    expect(result.findings.verdict).toBe('warn');
    expect(result.code).toBe(0);
  });
});
