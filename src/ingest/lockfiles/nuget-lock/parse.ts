import type { ParsedDependency, Parser } from '../../parser.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { isPlausibleDigest } from '../../../model/checksum.js';
import { isJsonObject } from '../../json-object.js';

const PACKAGE_TYPES = new Set(['Direct', 'Transitive', 'CentralTransitive']);
const ALL_TYPES = new Set([...PACKAGE_TYPES, 'Project']);

interface Merged {
  dependency: ParsedDependency;
}

export const parser = {
  id: 'nuget-lock',
  description: 'NuGet packages.lock.json (v1, v2)',
  capabilities: { edges: 'complete', direct: true, development: false, checksums: true, sources: false, licenses: false },
  detect: ({ json }) => {
    if (!isJsonObject(json) || typeof json['version'] !== 'number' || json['version'] < 1 || !isJsonObject(json['dependencies'])) return false;
    const frameworks = Object.values(json['dependencies']).filter(isJsonObject);
    // Typed NuGet entries (a broken entry or target among them is the parser's problem, not another format);
    // an all-empty lock is recognised by its framework names.
    const entries = frameworks.flatMap((f) => Object.values(f));
    if (entries.length === 0) return Object.keys(json['dependencies']).every((k) => /^(net|\.net|uap|monoandroid|xamarin|portable|tizen)/i.test(k));
    return entries.some((e) => isJsonObject(e) && typeof e['type'] === 'string' && ALL_TYPES.has(e['type']));
  },
  parse: ({ json, path }) => {
    if (!isJsonObject(json) || !isJsonObject(json['dependencies'])) return { ok: false, error: 'packages.lock.json has no "dependencies" object' };
    const frameworks = json['dependencies'];
    const problems: Problem[] = [];
    const notes: string[] = [];
    const version = json['version'];
    if (typeof version === 'number' && version > 2) notes.push(`packages.lock.json version ${version} is newer than depindex knows (1, 2); read as version 2`);
    // One dependency per package id (case-insensitive) and resolved version, whatever frameworks and RIDs list it:
    // direct when any of them says Direct.
    const merged = new Map<string, Merged>();
    const resolvedIn = new Map<string, Map<string, string>>();
    for (const [framework, entries] of Object.entries(frameworks)) {
      if (!isJsonObject(entries)) {
        problems.push({ place: jsonPointer('dependencies', framework), message: `target "${framework}" is not an object` });
        continue;
      }
      const versions = new Map<string, string>();
      resolvedIn.set(framework, versions);
      for (const [name, entry] of Object.entries(entries)) {
        const place = jsonPointer('dependencies', framework, name);
        if (!isJsonObject(entry) || typeof entry['type'] !== 'string') {
          problems.push({ place, message: `"${name}" has no type` });
          continue;
        }
        if (entry['type'] === 'Project') continue; // a project of the same solution, not a package
        if (!PACKAGE_TYPES.has(entry['type'])) problems.push({ place: jsonPointer('dependencies', framework, name, 'type'), message: `unknown type "${entry['type']}"; read as a package` });
        const version = typeof entry['resolved'] === 'string' && entry['resolved'].length > 0 ? entry['resolved'] : null;
        if (version === null) {
          problems.push({ place, message: `"${name}" has no resolved version` });
          continue;
        }
        versions.set(name.toLowerCase(), version);
        const ref = `${name.toLowerCase()}@${version}`;
        const direct = entry['type'] === 'Direct';
        const known = merged.get(ref);
        if (known) {
          if (direct && !known.dependency.direct) known.dependency = { ...known.dependency, direct: true };
          continue;
        }
        const purl = buildPurl('nuget', null, name, version);
        if (!purl.ok) {
          problems.push({ place, message: purl.error });
          continue;
        }
        let checksums: Record<string, string> | null = null;
        if (typeof entry['contentHash'] === 'string') {
          const hex = Buffer.from(entry['contentHash'], 'base64').toString('hex');
          if (isPlausibleDigest('sha512', hex)) checksums = { sha512: hex };
          else problems.push({ place: jsonPointer('dependencies', framework, name, 'contentHash'), message: `"${name}" has a contentHash that is not a base64 SHA-512 digest` });
        }
        merged.set(ref, { dependency: { ref, purl: purl.value, direct, development: null, licenses: null, checksums, source: null } });
      }
    }

    // Edges name a dependency by id and range; the target is the version resolved in the same target (an RID
    // section, "net8.0/linux-x64", leans on its framework's section for what it does not list itself).
    const edges = new Set<string>();
    const out: [string, string][] = [];
    for (const [framework, entries] of Object.entries(frameworks)) {
      if (!isJsonObject(entries)) continue;
      const own = resolvedIn.get(framework);
      const base = resolvedIn.get(framework.split('/')[0] ?? framework);
      for (const [name, entry] of Object.entries(entries)) {
        if (!isJsonObject(entry) || entry['type'] === 'Project' || typeof entry['resolved'] !== 'string' || !isJsonObject(entry['dependencies'])) continue;
        const from = `${name.toLowerCase()}@${entry['resolved']}`;
        if (!merged.has(from)) continue;
        for (const child of Object.keys(entry['dependencies'])) {
          const key = child.toLowerCase();
          const version = own?.get(key) ?? base?.get(key);
          const to = version ? `${key}@${version}` : null;
          if (to && merged.has(to) && !edges.has(`${from}\n${to}`)) {
            edges.add(`${from}\n${to}`);
            out.push([from, to]);
          }
        }
      }
    }
    const dependencies = [...merged.values()].map((m) => m.dependency);
    return { ok: true, value: { sets: [{ file: path, packageManager: 'nuget', dependencies, edges: out }], problems, notes } };
  },
} satisfies Parser;
