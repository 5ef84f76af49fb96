import type { ParsedDependency, ParsedWalk, Parser } from '../../parser.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { checksumsFromIntegrity } from '../../../model/checksum.js';
import { isJsonObject } from '../../json-object.js';
import { npmPurl } from '../shared/npm-purl.js';
import { parseJsonc } from './jsonc.js';
import { readPackage, resolveFrom, type BunPackage } from './packages.js';

/** bun writes "lockfileVersion" first and "workspaces" soon after (npm's package-lock.json starts with "name"). */
const HEADER = /^\s*\{\s*"lockfileVersion"\s*:\s*\d+\s*,/;
const WORKSPACES = /\n\s*"workspaces"\s*:\s*\{/;
const RUNTIME_KINDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];

/** github:owner/repo#commit and git+https://github.com/owner/repo#commit -> pkg:github; other non-npm sources give no version. */
function purlOf(p: BunPackage): { ok: true; value: string } | { ok: false; error: string } | null {
  const github = /^(?:github:|git\+https:\/\/github\.com\/|git\+ssh:\/\/git@github\.com\/)([^/#]+)\/([^/#]+?)(?:\.git)?#([0-9a-f]{7,40})$/.exec(p.resolution);
  if (github) return buildPurl('github', github[1], github[2] as string, github[3]);
  if (/^(workspace|github|git\+|git:|https?:|file:|link:|root:)/.test(p.resolution)) return null;
  return npmPurl(p.name, p.resolution);
}

export const parser = {
  id: 'bun-lock',
  description: 'Bun bun.lock (text lockfile, JSONC)',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: false },
  jsonLike: true,
  detect: ({ text, json }) => {
    if (json !== undefined) return isJsonObject(json) && typeof json['lockfileVersion'] === 'number' && isJsonObject(json['workspaces']) && isJsonObject(json['packages']);
    const head = text.slice(0, 1024);
    return HEADER.test(head) && WORKSPACES.test(head);
  },
  parse: ({ text, json: given, path }) => {
    let json = given;
    if (json === undefined) {
      const parsed = parseJsonc(text);
      if (!parsed.ok) return { ok: false, error: parsed.message, place: parsed.place };
      json = parsed.value;
    }
    if (!isJsonObject(json) || !isJsonObject(json['workspaces'])) return { ok: false, error: 'bun.lock has no "workspaces" object' };
    const problems: Problem[] = [];
    const notes: string[] = [];
    const entries = isJsonObject(json['packages']) ? json['packages'] : {};
    const packages = new Map<string, BunPackage>();
    for (const [key, value] of Object.entries(entries)) {
      const read = readPackage(key, value);
      if (typeof read === 'string') problems.push({ place: jsonPointer('packages', key), message: `"${key}" ${read}` });
      else packages.set(key, read);
    }

    // One dependency per name@version, whichever nested paths hold it.
    const refOfKey = new Map<string, string>();
    const byRef = new Map<string, ParsedDependency>();
    let unversioned = 0;
    for (const p of packages.values()) {
      const purl = purlOf(p);
      if (purl === null) {
        if (!p.resolution.startsWith('workspace:')) unversioned++;
        continue;
      }
      if (!purl.ok) {
        problems.push({ place: jsonPointer('packages', p.key), message: purl.error });
        continue;
      }
      const ref = `${p.name}@${p.resolution}`;
      refOfKey.set(p.key, ref);
      if (!byRef.has(ref)) {
        byRef.set(ref, { ref, purl: purl.value, direct: false, development: null, licenses: null, checksums: p.integrity ? checksumsFromIntegrity(p.integrity) : null, source: p.registry });
      }
    }
    if (unversioned > 0) notes.push(`${unversioned} package(s) from git, tarball or folder sources are not listed: bun.lock gives no version for them`);

    const edges: [string, string][] = [];
    const seen = new Set<string>();
    for (const p of packages.values()) {
      const from = refOfKey.get(p.key);
      if (from === undefined) continue;
      for (const name of p.dependencies) {
        const to = resolveFrom(packages, p.key, name);
        const toRef = to ? refOfKey.get(to.key) : undefined;
        if (toRef === undefined || seen.has(`${from}\n${toRef}`)) continue;
        seen.add(`${from}\n${toRef}`);
        edges.push([from, toRef]);
      }
    }

    // Workspaces: "" is the root package; the others are found in `packages` under their own name.
    const runtimeRoots = new Set<string>();
    const developmentRoots = new Set<string>();
    for (const [path, workspace] of Object.entries(json['workspaces'])) {
      if (!isJsonObject(workspace)) {
        problems.push({ place: jsonPointer('workspaces', path), message: `workspace "${path}" is not an object` });
        continue;
      }
      const fromKey = path === '' ? '' : typeof workspace['name'] === 'string' ? workspace['name'] : path;
      for (const kind of [...RUNTIME_KINDS, 'devDependencies']) {
        const declared = workspace[kind];
        if (!isJsonObject(declared)) continue;
        for (const name of Object.keys(declared)) {
          const target = resolveFrom(packages, fromKey, name);
          const ref = target ? refOfKey.get(target.key) : undefined;
          if (ref === undefined) {
            if (!target) problems.push({ place: jsonPointer('workspaces', path, kind, name), message: `"${name}" is not in "packages"` });
            continue;
          }
          (kind === 'devDependencies' ? developmentRoots : runtimeRoots).add(ref);
        }
      }
    }
    // Development follows from the graph: the graph stage walks it from these roots (graph/walk.ts).
    const walk: ParsedWalk = { roots: [...[...runtimeRoots].map((r) => [r, false] as const), ...[...developmentRoots].map((r) => [r, true] as const)], unreached: null };
    const dependencies = [...byRef.values()].map((d) => ({ ...d, direct: runtimeRoots.has(d.ref) || developmentRoots.has(d.ref) }));
    return { ok: true, value: { sets: [{ file: path, packageManager: 'bun', dependencies, edges, walk }], problems, notes } };
  },
} satisfies Parser;
