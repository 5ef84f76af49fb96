import { parse as parseToml, TomlError } from 'smol-toml';
import type { ParsedDependency, ParsedWalk, Parser } from '../../parser.js';
import type { Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { isPlausibleDigest, normaliseAlgorithm, type Checksums } from '../../../model/checksum.js';
import { isJsonObject } from '../../json-object.js';
import { readTomlLock, type TomlTable } from '../../text/toml-lock.js';

type Table = Record<string, unknown>;

/** Sources that are the project itself or its workspace members, not dependencies. */
const OWN_SOURCES = ['virtual', 'editable'];

interface Locked {
  readonly name: string;
  readonly version: string;
  readonly source: Table;
  readonly table: Table;
  /** "line N" of its [[package]] header. */
  readonly line: string;
}

/** `{ name = "x", version = "1", source = … }` entries: a name, and the version/source when the name is ambiguous. */
function dependencyNames(value: unknown): { name: string; version: string | null }[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isJsonObject).flatMap((d) => (typeof d['name'] === 'string' ? [{ name: d['name'], version: typeof d['version'] === 'string' ? d['version'] : null }] : []));
}

/** The sdist's digest, else the only wheel's: the file a resolver would fetch when there is a choice of one. */
function checksumsOf(table: Table): Checksums | null {
  const sdist = isJsonObject(table['sdist']) ? table['sdist'] : null;
  const wheels = Array.isArray(table['wheels']) ? table['wheels'].filter(isJsonObject) : [];
  const hash = typeof sdist?.['hash'] === 'string' ? sdist['hash'] : wheels.length === 1 && typeof wheels[0]?.['hash'] === 'string' ? wheels[0]['hash'] : null;
  if (hash === null) return null;
  const colon = hash.indexOf(':');
  const algorithm = normaliseAlgorithm(hash.slice(0, colon));
  const hex = hash.slice(colon + 1).toLowerCase();
  return colon > 0 && isPlausibleDigest(algorithm, hex) ? { [algorithm]: hex } : null;
}

function sourceOf(locked: Locked): string | null {
  const sdist = isJsonObject(locked.table['sdist']) ? locked.table['sdist'] : null;
  if (typeof sdist?.['url'] === 'string') return sdist['url'];
  for (const key of ['registry', 'git', 'url', 'path', 'directory']) if (typeof locked.source[key] === 'string') return locked.source[key];
  return null;
}

type TomlRead = { ok: true; root: Table; placeOf: (entry: unknown, index: number) => string } | { ok: false; error: string; place?: string };

/**
 * The document's values. The lock-file reader (text/toml-lock.ts) reads what uv writes about 4x faster than
 * smol-toml (issue 17: uv-lock was 2.46x the npm-lock parser per entry, budget 2x). Any section it cannot read,
 * even one smol-toml reads alone, sends the whole text to smol-toml: a uv.lock that is not valid TOML is refused
 * whole with smol-toml's place, as before, never read in part.
 */
function readUvToml(text: string): TomlRead {
  const lock = readTomlLock(text);
  if (lock.problems.length === 0) return { ok: true, root: lock.root as Table, placeOf: (entry) => (isJsonObject(entry) ? lock.placeOf(entry as TomlTable) : 'line 0') };
  let root: Table;
  try {
    root = parseToml(text) as Table;
  } catch (e) {
    // smol-toml stops at the first syntax error; TOML has no way to resync, so the file as a whole is refused.
    if (e instanceof TomlError) return { ok: false, error: `uv.lock is not valid TOML: ${e.message.split('\n')[0] ?? ''}`, place: `line ${e.line}, column ${e.column}` };
    throw e;
  }
  // Line of each [[package]] header, in order, for problem places (smol-toml gives values, not positions).
  const headerLines: number[] = [];
  text.split('\n').forEach((l, i) => {
    if (l.trimEnd() === '[[package]]') headerLines.push(i + 1);
  });
  return { ok: true, root, placeOf: (_entry, i) => `line ${headerLines[i] ?? 0}` };
}

export const parser = {
  id: 'uv-lock',
  description: 'uv uv.lock (version 1)',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: false },
  detect: ({ text, json }) => {
    if (json !== undefined) return false;
    const head = text.slice(0, 4096);
    // uv writes `version = 1` and `requires-python` first, then [[package]] tables whose source is an inline table.
    return /^version = \d+\s*$/m.test(head) && /^requires-python = "/m.test(head) && /^source = \{ (registry|virtual|editable|git|url|path|directory) = /m.test(text.slice(0, 200_000));
  },
  parse: ({ text, path }) => {
    const read = readUvToml(text);
    if (!read.ok) return read;
    const { root, placeOf } = read;
    const entries = root['package'];
    if (entries !== undefined && !Array.isArray(entries)) return { ok: false, error: 'uv.lock has no [[package]] list' };
    const problems: Problem[] = [];
    const notes: string[] = [];
    if (typeof root['version'] === 'number' && root['version'] > 1) notes.push(`uv.lock version ${root['version']} is newer than depindex knows (1); read as version 1`);
    const locked: Locked[] = [];
    (entries ?? []).forEach((entry: unknown, i: number) => {
      const line = placeOf(entry, i);
      if (!isJsonObject(entry) || typeof entry['name'] !== 'string' || entry['name'].length === 0) {
        problems.push({ place: line, message: 'package without a name' });
        return;
      }
      const source = isJsonObject(entry['source']) ? entry['source'] : {};
      const own = OWN_SOURCES.some((k) => k in source);
      // Workspace members and the project itself may have no version (dynamic); dependencies must.
      const version = typeof entry['version'] === 'string' ? entry['version'] : own ? '' : null;
      if (version === null) {
        problems.push({ place: line, message: `"${entry['name']}" has no version` });
        return;
      }
      locked.push({ name: entry['name'], version, source, table: entry, line });
    });

    const byName = new Map<string, Locked[]>();
    for (const p of locked) {
      const list = byName.get(p.name);
      if (list) list.push(p);
      else byName.set(p.name, [p]);
    }
    const refOf = (p: Locked): string => `${p.name}@${p.version}`;
    const resolve = (d: { name: string; version: string | null }): Locked | null => {
      const candidates = (byName.get(d.name) ?? []).filter((p) => d.version === null || p.version === d.version);
      return candidates.length === 1 ? (candidates[0] as Locked) : null;
    };
    const isOwn = (p: Locked): boolean => OWN_SOURCES.some((k) => k in p.source);

    const edges: [string, string][] = [];
    const runtimeRoots = new Set<string>();
    const developmentRoots = new Set<string>();
    const dependencies: ParsedDependency[] = [];
    for (const p of locked) {
      const own = isOwn(p);
      const ref = refOf(p);
      if (!own) {
        const purl = buildPurl('pypi', null, p.name, p.version);
        if (!purl.ok) {
          problems.push({ place: p.line, message: purl.error });
          continue;
        }
        dependencies.push({ ref, purl: purl.value, writtenName: p.name, direct: false, development: null, licenses: null, checksums: checksumsOf(p.table), source: sourceOf(p) });
      }
      const optional = isJsonObject(p.table['optional-dependencies']) ? Object.values(p.table['optional-dependencies']).flatMap(dependencyNames) : [];
      const dev = isJsonObject(p.table['dev-dependencies']) ? Object.values(p.table['dev-dependencies']).flatMap(dependencyNames) : [];
      for (const [list, development] of [[[...dependencyNames(p.table['dependencies']), ...optional], false], [dev, true]] as const) {
        for (const d of list) {
          const target = resolve(d);
          if (!target) {
            problems.push({ place: p.line, message: `"${p.name}" depends on "${d.name}${d.version ? ' ' + d.version : ''}", which is not in the lock file (or is there more than once)` });
            continue;
          }
          if (isOwn(target)) continue;
          if (own) (development ? developmentRoots : runtimeRoots).add(refOf(target));
          else edges.push([ref, refOf(target)]);
        }
      }
    }
    // Development follows from the graph: the graph stage walks it from these roots (graph/walk.ts).
    const walk: ParsedWalk = { roots: [...[...runtimeRoots].map((r) => [r, false] as const), ...[...developmentRoots].map((r) => [r, true] as const)], unreached: null };
    const out = dependencies.map((d) => ({ ...d, direct: runtimeRoots.has(d.ref) || developmentRoots.has(d.ref) }));
    return { ok: true, value: { sets: [{ file: path, packageManager: 'uv', dependencies: out, edges, walk }], problems, notes } };
  },
} satisfies Parser;
