import type { ParsedDependency, Parser } from '../../parser.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { checksumsFromIntegrity } from '../../../model/checksum.js';
import { isJsonObject } from '../../json-object.js';

/** Library types that are NuGet packages: `package`, and the runtime packs a self-contained app carries. */
const PACKAGE_TYPES = new Set(['package', 'runtimepack']);
/** Types that are not packages: the app and its solution's projects, and framework reference assemblies. */
const OTHER_TYPES = new Set(['project', 'reference', 'referenceassembly', 'msbuildproject']);

export const parser = {
  id: 'dotnet-deps',
  description: '.NET *.deps.json (dependency manifest of a built app)',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: false, licenses: false },
  detect: ({ json }) => isJsonObject(json) && isJsonObject(json['runtimeTarget']) && isJsonObject(json['targets']) && isJsonObject(json['libraries']),
  parse: ({ json, path }) => {
    if (!isJsonObject(json) || !isJsonObject(json['targets']) || !isJsonObject(json['libraries'])) return { ok: false, error: 'deps.json has no "targets" and "libraries"' };
    const targets = json['targets'];
    const runtimeTarget = isJsonObject(json['runtimeTarget']) && typeof json['runtimeTarget']['name'] === 'string' ? json['runtimeTarget']['name'] : null;
    const targetName = runtimeTarget !== null && isJsonObject(targets[runtimeTarget]) ? runtimeTarget : Object.keys(targets).find((k) => isJsonObject(targets[k]));
    const target = targetName !== undefined && isJsonObject(targets[targetName]) ? targets[targetName] : {};
    const problems: Problem[] = [];
    const notes = targetName !== undefined && targetName !== runtimeTarget ? [`runtimeTarget "${runtimeTarget ?? ''}" has no target; read "${targetName}"`] : [];

    // Library keys are "Name/Version"; dependency lists say { Name: Version }. NuGet ids are case-insensitive.
    const keyOf = (name: string, version: string): string => `${name}/${version}`.toLowerCase();
    const dependencies = new Map<string, ParsedDependency>();
    const projects: string[] = [];
    for (const [key, library] of Object.entries(json['libraries'])) {
      const place = (): string => jsonPointer('libraries', key);
      const slash = key.lastIndexOf('/');
      if (!isJsonObject(library) || slash <= 0 || slash === key.length - 1) {
        problems.push({ place: place(), message: `"${key}" is not a "Name/Version" library` });
        continue;
      }
      const type = library['type'];
      if (type === 'project') projects.push(key);
      if (typeof type === 'string' && OTHER_TYPES.has(type)) continue;
      if (typeof type !== 'string' || !PACKAGE_TYPES.has(type)) {
        problems.push({ place: jsonPointer('libraries', key, 'type'), message: `"${key}" has ${typeof type === 'string' ? 'an unknown type' : 'no type'}; read as a package` });
      }
      const purl = buildPurl('nuget', null, key.slice(0, slash), key.slice(slash + 1));
      if (!purl.ok) {
        problems.push({ place: place(), message: purl.error });
        continue;
      }
      const sha512 = typeof library['sha512'] === 'string' && library['sha512'].length > 0 ? library['sha512'] : null;
      const digest = sha512 ? checksumsFromIntegrity(sha512)?.['sha512'] : undefined;
      const checksums = digest ? { sha512: digest } : null;
      if (sha512 && !digest) problems.push({ place: jsonPointer('libraries', key, 'sha512'), message: `"${key}" has a sha512 that is not "sha512-<base64>"` });
      const entry = isJsonObject(target[key]) ? target[key] : null;
      // compileOnly: referenced to build (analyzers, reference assemblies), not deployed with the app.
      const development = entry === null ? null : entry['compileOnly'] === true;
      dependencies.set(key.toLowerCase(), { ref: key, purl: purl.value, direct: false, development, licenses: null, checksums, source: null });
    }

    const edges: [string, string][] = [];
    const direct = new Set<string>();
    const projectKeys = new Set(projects.map((p) => p.toLowerCase()));
    for (const [key, entry] of Object.entries(target)) {
      if (!isJsonObject(entry) || !isJsonObject(entry['dependencies'])) continue;
      const lower = key.toLowerCase();
      const from = dependencies.get(lower);
      const fromProject = projectKeys.has(lower);
      if (!from && !fromProject) continue;
      for (const [name, version] of Object.entries(entry['dependencies'])) {
        if (typeof version !== 'string') continue;
        const to = dependencies.get(keyOf(name, version));
        if (!to) continue; // a project of the same solution, or a reference assembly
        if (fromProject) direct.add(to.ref);
        else if (from) edges.push([from.ref, to.ref]);
      }
    }
    const out = [...dependencies.values()].map((d) => ({ ...d, direct: direct.has(d.ref) }));
    return { ok: true, value: { sets: [{ file: path, packageManager: 'nuget', dependencies: out, edges }], problems, notes } };
  },
} satisfies Parser;
