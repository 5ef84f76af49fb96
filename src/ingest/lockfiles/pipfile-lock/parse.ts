import type { ParsedDependency, Parser } from '../../parser.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { canonicalPypiName } from '../../../ecosystems/pypi/name.js';
import { artifactChecksums, PYPI_SIMPLE } from '../../manifests/pyproject/artifact-digests.js';
import { declaredPipfileDependencies } from '../../manifests/pipfile/declared.js';
import { isJsonObject } from '../../json-object.js';

/** "==1.2.3" (or "===1.2.3") -> "1.2.3"; anything else is not a locked version. */
function pinnedVersion(spec: unknown): string | null {
  if (typeof spec !== 'string') return null;
  const version = spec.startsWith('===') ? spec.slice(3) : spec.startsWith('==') ? spec.slice(2) : null;
  return version && version.length > 0 && !/[\s*,;]/.test(version) ? version : null;
}

/** index name -> URL from _meta.sources; the first source is where Pipenv looks when an entry names none. */
function readSources(meta: unknown): { byName: Map<string, string>; fallback: string } {
  const byName = new Map<string, string>();
  let fallback: string | null = null;
  const sources = isJsonObject(meta) && Array.isArray(meta['sources']) ? meta['sources'] : [];
  for (const source of sources) {
    if (!isJsonObject(source) || typeof source['url'] !== 'string') continue;
    fallback ??= source['url'];
    if (typeof source['name'] === 'string') byName.set(source['name'], source['url']);
  }
  return { byName, fallback: fallback ?? PYPI_SIMPLE };
}

export const parser = {
  id: 'pipfile-lock',
  description: 'Pipenv Pipfile.lock (pipfile-spec 6)',
  capabilities: { edges: 'none', direct: true, development: true, checksums: true, sources: true, licenses: false },
  companions: ['Pipfile'],
  detect: ({ json }) => {
    if (!isJsonObject(json) || !isJsonObject(json['_meta'])) return false;
    const meta = json['_meta'];
    return 'pipfile-spec' in meta || ((isJsonObject(json['default']) || isJsonObject(json['develop'])) && ('sources' in meta || 'hash' in meta));
  },
  parse: ({ json, path, companions }) => {
    if (!isJsonObject(json)) return { ok: false, error: 'Pipfile.lock is not a JSON object' };
    const problems: Problem[] = [];
    const notes: string[] = [];
    const sources = readSources(json['_meta']);
    const spec = isJsonObject(json['_meta']) ? json['_meta']['pipfile-spec'] : undefined;
    if (typeof spec === 'number' && spec > 6) notes.push(`Pipfile.lock pipfile-spec ${spec} is newer than depindex knows (6); read as 6`);

    const declared = readDeclared(companions.get('Pipfile'), notes);
    const dependencies: ParsedDependency[] = [];
    const indexOf = new Map<string, number>();
    // A default entry is direct when [packages] declares it; a develop entry when either table does.
    const isDirect = (name: string, section: 'default' | 'develop'): boolean | null => {
      if (!declared) return null;
      const runtime = declared.get(canonicalPypiName(name));
      return runtime === undefined ? false : section === 'develop' || runtime;
    };
    for (const section of ['default', 'develop'] as const) {
      const entries = json[section];
      if (entries === undefined) continue;
      if (!isJsonObject(entries)) {
        problems.push({ place: jsonPointer(section), message: `"${section}" is not an object of packages` });
        continue;
      }
      for (const [name, entry] of Object.entries(entries)) {
        const place = jsonPointer(section, name);
        if (!isJsonObject(entry)) {
          problems.push({ place, message: `"${name}" is not an object` });
          continue;
        }
        const version = pinnedVersion(entry['version']);
        if (version === null) {
          const kind = ['git', 'path', 'file', 'editable'].find((k) => k in entry);
          problems.push({ place, message: kind ? `"${name}" is a ${kind} requirement without a locked version` : `"${name}" has no "==" locked version` });
          continue;
        }
        const ref = `${canonicalPypiName(name)}@${version}`;
        const known = indexOf.get(ref);
        if (known !== undefined) {
          // In default and develop at the same version: one runtime dependency (default came first).
          const existing = dependencies[known] as ParsedDependency;
          if (existing.direct === false && isDirect(name, section)) dependencies[known] = { ...existing, direct: true };
          continue;
        }
        const purl = buildPurl('pypi', null, name, version);
        if (!purl.ok) {
          problems.push({ place, message: purl.error });
          continue;
        }
        const hashes = Array.isArray(entry['hashes']) ? entry['hashes'].filter((h): h is string => typeof h === 'string') : [];
        const { checksums, invalid } = artifactChecksums(hashes);
        for (const bad of invalid) problems.push({ place: jsonPointer(section, name, 'hashes'), message: `"${bad}" is not a usable hash; the others are kept` });
        const index = entry['index'];
        const source = typeof index === 'string' ? (sources.byName.get(index) ?? null) : sources.fallback;
        if (typeof index === 'string' && source === null) problems.push({ place: jsonPointer(section, name, 'index'), message: `index "${index}" is not in _meta.sources` });
        indexOf.set(ref, dependencies.length);
        dependencies.push({
          ref,
          purl: purl.value,
          writtenName: name,
          direct: isDirect(name, section),
          development: section === 'develop',
          licenses: null,
          checksums,
          source,
        });
      }
    }
    return { ok: true, value: { sets: [{ file: path, packageManager: 'pipenv', dependencies, edges: [] }], problems, notes } };
  },
} satisfies Parser;

/** PEP 503 name -> true when [packages] declares it, false when only [dev-packages] does. */
function readDeclared(pipfile: string | undefined, notes: string[]): Map<string, boolean> | null {
  if (pipfile === undefined) {
    notes.push('no Pipfile beside Pipfile.lock: which dependencies are direct is unknown');
    return null;
  }
  const declared = declaredPipfileDependencies(pipfile);
  if (!declared.ok) {
    notes.push(`${declared.error} (${declared.place}); which dependencies are direct is unknown`);
    return null;
  }
  const out = new Map<string, boolean>();
  for (const d of declared.value) out.set(d.name, (out.get(d.name) ?? false) || !d.development);
  return out;
}
