import type { ParsedDependency, Parser } from '../../parser.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import type { Result } from '../../../model/result.js';
import { isJsonObject } from '../../json-object.js';

/** R itself and the packages that ship with every R installation: requirements on them are not dependencies. */
const BASE = new Set(['R', 'base', 'compiler', 'datasets', 'graphics', 'grDevices', 'grid', 'methods', 'parallel', 'splines', 'stats', 'stats4', 'tcltk', 'tools', 'utils']);

/** Names a record requires: renv 1.0's `Requirements`, or the DESCRIPTION fields renv 1.1 copies ("pkg (>= 1.0)"). */
function requirements(record: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const field of ['Requirements', 'Depends', 'Imports', 'LinkingTo']) {
    const value = record[field];
    if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') names.push(v.trim().split(/[\s(]/)[0] ?? '');
  }
  return names.filter((n) => n.length > 0);
}

/** Sources renv writes for packages with no registry identity (a local build, a URL, a git host other than GitHub). */
const UNREGISTERED = new Set(['Local', 'URL', 'git', 'GitLab', 'Bitbucket', 'svn', 'unknown', 'Cellar']);

/** CRAN-like repositories -> pkg:cran; Bioconductor -> pkg:bioconductor; GitHub remotes -> pkg:github at their commit. */
function purlOf(name: string, version: string, record: Record<string, unknown>): Result<string> | null {
  const source = typeof record['Source'] === 'string' ? record['Source'] : 'Repository';
  if (source === 'Repository') return buildPurl('cran', null, name, version);
  if (source === 'Bioconductor') return buildPurl('bioconductor', null, name, version);
  if (source === 'GitHub' && typeof record['RemoteUsername'] === 'string' && typeof record['RemoteRepo'] === 'string' && typeof record['RemoteSha'] === 'string') {
    return buildPurl('github', record['RemoteUsername'], record['RemoteRepo'], record['RemoteSha']);
  }
  return null;
}

export const parser = {
  id: 'renv-lock',
  description: 'R renv.lock',
  capabilities: { edges: 'complete', direct: false, development: false, checksums: false, sources: true, licenses: false },
  detect: ({ json }) => isJsonObject(json) && isJsonObject(json['R']) && typeof json['R']['Version'] === 'string' && isJsonObject(json['Packages']),
  parse: ({ json, path }) => {
    if (!isJsonObject(json) || !isJsonObject(json['Packages'])) return { ok: false, error: 'renv.lock has no "Packages" object' };
    const r = isJsonObject(json['R']) ? json['R'] : {};
    const repositories = new Map<string, string>();
    if (Array.isArray(r['Repositories'])) for (const repo of r['Repositories']) if (isJsonObject(repo) && typeof repo['Name'] === 'string' && typeof repo['URL'] === 'string') repositories.set(repo['Name'], repo['URL']);
    const problems: Problem[] = [];
    const dependencies: ParsedDependency[] = [];
    const requires = new Map<string, string[]>();
    let other = 0;
    for (const [key, record] of Object.entries(json['Packages'])) {
      const place = jsonPointer('Packages', key);
      if (!isJsonObject(record) || typeof record['Version'] !== 'string' || record['Version'].length === 0) {
        problems.push({ place, message: `"${key}" has no Version` });
        continue;
      }
      const name = typeof record['Package'] === 'string' ? record['Package'] : key;
      const purl = purlOf(name, record['Version'], record);
      if (purl === null) {
        if (typeof record['Source'] === 'string' && UNREGISTERED.has(record['Source'])) other++;
        else problems.push({ place: jsonPointer('Packages', key, 'Source'), message: `"${key}" has an unknown Source; not read` });
        continue;
      }
      if (!purl.ok) {
        problems.push({ place, message: purl.error });
        continue;
      }
      const repository = typeof record['Repository'] === 'string' ? record['Repository'] : null;
      const source =
        record['Source'] === 'GitHub' ? `https://github.com/${String(record['RemoteUsername'])}/${String(record['RemoteRepo'])}` : repository !== null ? (repositories.get(repository) ?? repository) : null;
      dependencies.push({ ref: name, purl: purl.value, direct: null, development: null, licenses: null, checksums: null, source });
      requires.set(name, requirements(record));
    }
    const edges: [string, string][] = [];
    for (const [from, names] of requires) {
      for (const to of names) {
        if (BASE.has(to)) continue;
        if (requires.has(to)) edges.push([from, to]);
        else problems.push({ place: jsonPointer('Packages', from), message: `"${from}" requires "${to}", which is not in the lock file` });
      }
    }
    const notes = other > 0 ? [`${other} package(s) from local, URL or other git sources are not listed: they have no registry identity`] : [];
    return { ok: true, value: { sets: [{ file: path, packageManager: 'renv', dependencies, edges }], problems, notes } };
  },
} satisfies Parser;
