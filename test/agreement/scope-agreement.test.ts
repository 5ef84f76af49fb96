/**
 * Issue 18: the lock, npm's CycloneDX, npm's SPDX and cdxgen's SBOM of one project (fixtures/agreement/
 * depindex-f4a3689, PROVENANCE.md) read by depindex give the development and optional flags each file marks.
 * The expected flags are counted here from the raw JSON by the generators' own rules, not by depindex code.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from '../cli/io.js';

const folder = new URL('../../fixtures/agreement/depindex-f4a3689/', import.meta.url).pathname;
const raw = <T>(file: string): T => JSON.parse(readFileSync(join(folder, file), 'utf8')) as T;

/** name@version -> [development, optional]; optional null where the file cannot tell. */
type Flags = Map<string, [boolean, boolean | null]>;

interface LockEntry { name?: string; version?: string; link?: boolean; dev?: boolean; optional?: boolean; devOptional?: boolean }
interface Component { name: string; group?: string; version: string; scope?: string; purl?: string; properties?: { name: string; value: string }[] }

/** Lock: per install path; a package at several paths is development (optional) only if every path says so. */
function fromLock(): Flags {
  const flags: Flags = new Map();
  for (const [path, entry] of Object.entries(raw<{ packages: Record<string, LockEntry> }>('package-lock.json').packages)) {
    const at = path.lastIndexOf('node_modules/');
    if (at < 0 || entry.link) continue;
    const key = `${entry.name ?? path.slice(at + 'node_modules/'.length)}@${entry.version}`;
    const here: [boolean, boolean] = [entry.dev === true, entry.optional === true || entry.devOptional === true];
    const seen = flags.get(key);
    flags.set(key, seen ? [seen[0] && here[0], (seen[1] as boolean) && here[1]] : here);
  }
  return flags;
}

const mark = (c: Component, name: string): boolean => (c.properties ?? []).some((p) => p.name === name && p.value === 'true');
const componentKey = (c: Component): string => `${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`;

/** npm's CycloneDX: the development property; scope optional means optional only where the package is not development. */
function fromNpmCycloneDx(): Flags {
  const { components } = raw<{ components: Component[] }>('npm.cdx.json');
  return new Map(components.map((c) => {
    const development = mark(c, 'cdx:npm:package:development');
    return [componentKey(c), [development, development ? null : c.scope === 'optional']];
  }));
}

/** cdxgen: its two npm properties. */
function fromCdxgen(): Flags {
  const { components } = raw<{ components: Component[] }>('cdxgen.cdx.json');
  return new Map(components.filter((c) => c.purl).map((c) => [componentKey(c), [mark(c, 'cdx:npm:package:development'), mark(c, 'cdx:npm:package:optional')]]));
}

/**
 * npm's SPDX: "A X_OF B" is an edge B -> A of kind X. From the described package: development when every path
 * has a DEV_DEPENDENCY_OF edge; optional when every path without one has an OPTIONAL_DEPENDENCY_OF edge, or, for a
 * development package, every path has one (npm's own rule: scope optional for optional and devOptional).
 */
function fromNpmSpdx(): Flags {
  const doc = raw<{ documentDescribes: string[]; packages: { SPDXID: string; name: string; versionInfo: string }[]; relationships: { spdxElementId: string; relatedSpdxElement: string; relationshipType: string }[] }>('npm.spdx.json');
  const out = new Map<string, { to: string; kind: string }[]>();
  for (const r of doc.relationships) {
    if (r.relationshipType === 'DESCRIBES') continue;
    const list = out.get(r.relatedSpdxElement) ?? [];
    list.push({ to: r.spdxElementId, kind: r.relationshipType });
    out.set(r.relatedSpdxElement, list);
  }
  const reachable = (avoid: readonly string[]): Set<string> => {
    const seen = new Set(doc.documentDescribes);
    const queue = [...doc.documentDescribes];
    while (queue.length > 0) {
      for (const { to, kind } of out.get(queue.shift() as string) ?? []) {
        if (avoid.includes(kind) || seen.has(to)) continue;
        seen.add(to);
        queue.push(to);
      }
    }
    return seen;
  };
  const withoutDev = reachable(['DEV_DEPENDENCY_OF']);
  const withoutOptional = reachable(['OPTIONAL_DEPENDENCY_OF']);
  const plain = reachable(['DEV_DEPENDENCY_OF', 'OPTIONAL_DEPENDENCY_OF']);
  const flags: Flags = new Map();
  for (const p of doc.packages) {
    if (doc.documentDescribes.includes(p.SPDXID)) continue;
    const development = !withoutDev.has(p.SPDXID);
    flags.set(`${p.name}@${p.versionInfo}`, [development, development ? !withoutOptional.has(p.SPDXID) : !plain.has(p.SPDXID)]);
  }
  return flags;
}

/** What depindex's scan JSON says for one input. */
async function depindexReads(file: string): Promise<Flags> {
  const dir = mkdtempSync(join(tmpdir(), 'depindex-agreement-'));
  const code = await main(['scan', file, '--no-store', '--json', join(dir, 'scan.json')], memoryIO(folder));
  expect(code, file).toBe(0);
  const json = JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8')) as { sets: { dependencies: { name: string; version: string; development: boolean | null; optional: boolean | null }[] }[] };
  const flags: Flags = new Map();
  for (const d of json.sets.flatMap((s) => s.dependencies)) flags.set(`${d.name}@${d.version}`, [d.development as boolean, d.optional]);
  return flags;
}

const count = (flags: Flags, pick: (f: [boolean, boolean | null]) => boolean): number => [...flags.values()].filter(pick).length;
const keysWhere = (flags: Flags, pick: (key: string, f: [boolean, boolean | null]) => boolean): string[] => [...flags].filter(([k, f]) => pick(k, f)).map(([k]) => k).sort();

describe('development and optional agree across the four SBOMs of one project', () => {
  const files = { lock: 'package-lock.json', npmCdx: 'npm.cdx.json', npmSpdx: 'npm.spdx.json', cdxgen: 'cdxgen.cdx.json' } as const;
  const marked = { lock: fromLock(), npmCdx: fromNpmCycloneDx(), npmSpdx: fromNpmSpdx(), cdxgen: fromCdxgen() };
  const read: Partial<Record<keyof typeof files, Flags>> = {};
  beforeAll(async () => {
    for (const [which, file] of Object.entries(files)) read[which as keyof typeof files] = await depindexReads(file);
  });

  it('the files list the same 353 packages, and the lock marks 237 development and 72 optional of them', () => {
    for (const flags of Object.values(marked)) expect([...flags.keys()].sort()).toEqual([...marked.lock.keys()].sort());
    expect(marked.lock.size).toBe(353);
    expect(count(marked.lock, ([d]) => d)).toBe(237);
    expect(count(marked.lock, ([, o]) => o === true)).toBe(72);
  });

  it.each(Object.keys(files) as (keyof typeof files)[])('depindex reads %s as the generator marked it', (which) => {
    expect(read[which]).toEqual(marked[which]);
  });

  it('development: the lock, npm CycloneDX and npm SPDX agree; cdxgen adds the 13 devOptional packages', () => {
    const development = (flags: Flags) => keysWhere(flags, (_, [d]) => d);
    expect(development(read.npmCdx!)).toEqual(development(read.lock!));
    expect(development(read.npmSpdx!)).toEqual(development(read.lock!));
    const devOptional = keysWhere(marked.lock, (_, [d, o]) => !d && o === true);
    expect(devOptional).toHaveLength(13);
    expect(development(read.cdxgen!)).toEqual([...development(read.lock!), ...devOptional].sort());
  });

  it('optional: equal wherever a file tells; npm CycloneDX cannot for development packages; the 13 are where SPDX and cdxgen part', () => {
    const lock = read.lock!;
    for (const [key, [, optional]] of read.npmCdx!) if (optional !== null) expect(optional, key).toBe(lock.get(key)?.[1]);
    expect(keysWhere(read.npmCdx!, (_, [, o]) => o === null)).toEqual(keysWhere(lock, (_, [d]) => d));
    const parting = keysWhere(lock, (_, [d, o]) => !d && o === true);
    for (const which of ['npmSpdx', 'cdxgen'] as const) {
      expect(keysWhere(read[which]!, (key, [, o]) => o !== lock.get(key)?.[1]), which).toEqual(parting);
    }
  });
});
