import type { ParsedDependency, Parser } from '../../parser.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { isPlausibleDigest } from '../../../model/checksum.js';
import { parseJson } from '../../json-text.js';
import { declaredComposerDependencies, isPlatformPackage } from '../../manifests/composer-json/declared.js';
import { isJsonObject } from '../../json-object.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

interface Entry {
  readonly name: string;
  readonly ref: string;
  readonly requires: readonly string[];
  readonly place: string;
}

export const parser = {
  id: 'composer-lock',
  description: 'Composer composer.lock',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: true },
  companions: ['composer.json'],
  detect: ({ json }) =>
    isJsonObject(json) && Array.isArray(json['packages']) && ('content-hash' in json || '_readme' in json || 'packages-dev' in json || 'plugin-api-version' in json),
  parse: ({ json, path, companions }) => {
    if (!isJsonObject(json)) return { ok: false, error: 'composer.lock is not a JSON object' };
    const problems: Problem[] = [];
    const notes: string[] = [];
    const declared = readDeclared(companions.get('composer.json'), notes);

    const dependencies: ParsedDependency[] = [];
    const entries: Entry[] = [];
    // Lower-case name -> ref, including names a package replaces or provides (symfony/polyfill-* and the like).
    const byName = new Map<string, string>();
    const provided = new Map<string, string>();
    for (const [section, development] of [['packages', false], ['packages-dev', true]] as const) {
      const list = json[section];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        problems.push({ place: jsonPointer(section), message: `"${section}" is not a list` });
        continue;
      }
      list.forEach((pkg: unknown, index) => {
        const place = jsonPointer(section, index);
        const name = isJsonObject(pkg) ? str(pkg['name']) : null;
        const version = isJsonObject(pkg) ? str(pkg['version']) : null;
        if (!isJsonObject(pkg) || !name || !version) {
          problems.push({ place, message: 'package without a name and version' });
          return;
        }
        const slash = name.indexOf('/');
        const purl = buildPurl('composer', slash > 0 ? name.slice(0, slash) : null, slash > 0 ? name.slice(slash + 1) : name, version);
        if (!purl.ok) {
          problems.push({ place, message: purl.error });
          return;
        }
        const key = name.toLowerCase();
        const ref = `${key}@${version}`;
        if (byName.has(key)) {
          problems.push({ place, message: `"${name}" is locked twice; the first entry is kept` });
          return;
        }
        byName.set(key, ref);
        for (const field of ['replace', 'provide']) {
          const table = pkg[field];
          if (isJsonObject(table)) for (const other of Object.keys(table)) if (!provided.has(other.toLowerCase())) provided.set(other.toLowerCase(), ref);
        }
        const dist = isJsonObject(pkg['dist']) ? pkg['dist'] : {};
        const source = isJsonObject(pkg['source']) ? pkg['source'] : {};
        const shasum = str(dist['shasum'])?.toLowerCase() ?? null;
        if (shasum && !isPlausibleDigest('sha1', shasum)) problems.push({ place: jsonPointer(section, index, 'dist', 'shasum'), message: `"${name}" has a shasum that is not a SHA-1 digest` });
        const license = pkg['license'];
        const licenses = Array.isArray(license) ? license.filter((l): l is string => typeof l === 'string') : typeof license === 'string' ? [license] : [];
        const require = isJsonObject(pkg['require']) ? Object.keys(pkg['require']).filter((r) => !isPlatformPackage(r)) : [];
        entries.push({ name: key, ref, requires: require, place });
        dependencies.push({
          ref,
          purl: purl.value,
          direct: declared ? declared.has(key) : null,
          development,
          licenses: licenses.length > 0 ? licenses : null,
          checksums: shasum && isPlausibleDigest('sha1', shasum) ? { sha1: shasum } : null,
          source: str(dist['url']) ?? str(source['url']),
        });
      });
    }

    const edges: [string, string][] = [];
    for (const entry of entries) {
      for (const required of entry.requires) {
        const to = byName.get(required.toLowerCase()) ?? provided.get(required.toLowerCase());
        // A requirement no package satisfies was replaced by the root project (composer.json "replace").
        if (to && to !== entry.ref) edges.push([entry.ref, to]);
      }
    }
    return { ok: true, value: { sets: [{ file: path, packageManager: 'composer', dependencies, edges }], problems, notes } };
  },
} satisfies Parser;

function readDeclared(text: string | undefined, notes: string[]): Set<string> | null {
  if (text === undefined) {
    notes.push('no composer.json beside composer.lock: which dependencies are direct is unknown');
    return null;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    notes.push(`composer.json beside composer.lock is not valid JSON (${parsed.place}: ${parsed.message}); which dependencies are direct is unknown`);
    return null;
  }
  return new Set(declaredComposerDependencies(parsed.value).map((d) => d.name));
}
