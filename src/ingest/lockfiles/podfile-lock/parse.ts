import type { ParsedDependency, Parser } from '../../parser.js';
import { jsonPointer, type Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { isJsonObject } from '../../json-object.js';
import { readBlockYaml } from '../../text/block-yaml.js';

const TRUNK = 'https://cdn.cocoapods.org/';

/** "Firebase/Core (6.0.0)" or "Result (~> 0.6)" -> the pod ("Firebase": a subspec is part of its pod) and what is in brackets. */
function readSpec(text: string): { pod: string; inBrackets: string | null } | null {
  const m = /^([^\s(/]+)(?:\/[^\s(]+)?(?: \((.*)\))?$/.exec(text.trim());
  return m ? { pod: m[1] as string, inBrackets: m[2] ?? null } : null;
}

export const parser = {
  id: 'podfile-lock',
  description: 'CocoaPods Podfile.lock',
  capabilities: { edges: 'complete', direct: true, development: false, checksums: false, sources: true, licenses: false },
  detect: ({ text, json }) => json === undefined && text.startsWith('PODS:\n') && /^COCOAPODS: \S+/m.test(text),
  parse: ({ text, path }) => {
    // Lines down to level 4: PODS (1), its entries (2), an entry's key (3), the pods it needs (4).
    const doc = readBlockYaml(text, 'core', 4);
    if (!doc.ok) return { ok: false, error: `Podfile.lock is ${doc.error}`, ...(doc.place ? { place: doc.place } : {}) };
    const root = doc.value.value;
    if (!isJsonObject(root)) return { ok: false, error: 'Podfile.lock is not a YAML mapping' };
    const placeOf = (container: object, key: number, ...pointer: (string | number)[]): string => {
      const line = doc.value.lineOf(container, key);
      return line === undefined ? jsonPointer(...pointer, key) : `line ${line}`;
    };
    const problems: Problem[] = [];
    const external = isJsonObject(root['EXTERNAL SOURCES']) ? root['EXTERNAL SOURCES'] : {};
    const checkout = isJsonObject(root['CHECKOUT OPTIONS']) ? root['CHECKOUT OPTIONS'] : {};
    const specRepos = isJsonObject(root['SPEC REPOS']) ? root['SPEC REPOS'] : {};

    // Where each pod comes from: a spec repo (trunk is the CDN), a git checkout, a podspec URL; :path pods are this project's own.
    const sourceOf = new Map<string, string>();
    for (const [repo, pods] of Object.entries(specRepos)) {
      if (Array.isArray(pods)) for (const pod of pods) if (typeof pod === 'string') sourceOf.set(pod, repo === 'trunk' ? TRUNK : repo);
    }
    const own = new Set<string>();
    for (const [pod, options] of Object.entries(external)) {
      if (!isJsonObject(options)) continue;
      const pinned = isJsonObject(checkout[pod]) ? checkout[pod] : options;
      if (typeof options[':path'] === 'string') own.add(pod);
      else if (typeof pinned[':git'] === 'string') sourceOf.set(pod, `git+${pinned[':git']}${typeof pinned[':commit'] === 'string' ? '#' + pinned[':commit'] : typeof pinned[':tag'] === 'string' ? '#' + pinned[':tag'] : ''}`);
      else if (typeof options[':podspec'] === 'string') sourceOf.set(pod, options[':podspec']);
    }

    const pods = root['PODS'];
    if (!Array.isArray(pods)) return { ok: false, error: 'Podfile.lock has no PODS list' };
    const versionOf = new Map<string, string>();
    const dependencies = new Map<string, ParsedDependency>();
    const needs: [string, string, string][] = [];
    for (const [index, item] of pods.entries()) {
      // "Pod (1.0)" or { "Pod (1.0)": ["Dep (~> 2)", …] }
      const entry = isJsonObject(item) ? Object.entries(item)[0] : undefined;
      const key: unknown = entry ? entry[0] : item;
      const spec = typeof key === 'string' ? readSpec(key) : null;
      if (!spec || !spec.inBrackets) {
        problems.push({ place: placeOf(pods, index, 'PODS'), message: 'a PODS entry that is not "Name (version)"' });
        continue;
      }
      versionOf.set(spec.pod, spec.inBrackets);
      const list = entry?.[1];
      if (Array.isArray(list)) for (const [i, d] of list.entries()) if (typeof d === 'string') needs.push([spec.pod, d, placeOf(list, i, 'PODS', index, key as string)]);
      if (own.has(spec.pod) || dependencies.has(spec.pod)) continue;
      const purl = buildPurl('cocoapods', null, spec.pod, spec.inBrackets);
      if (!purl.ok) {
        problems.push({ place: placeOf(pods, index, 'PODS'), message: purl.error });
        continue;
      }
      dependencies.set(spec.pod, { ref: spec.pod, purl: purl.value, direct: false, development: null, licenses: null, checksums: null, source: sourceOf.get(spec.pod) ?? null });
    }

    const edges: [string, string][] = [];
    const direct = new Set<string>();
    for (const [from, text, place] of needs) {
      const to = readSpec(text)?.pod;
      if (to === undefined || !versionOf.has(to)) {
        problems.push({ place, message: `"${from}" depends on "${text}", which is not in PODS` });
        continue;
      }
      if (own.has(from)) direct.add(to);
      else if (to !== from) edges.push([from, to]);
    }
    const declared = root['DEPENDENCIES'];
    if (Array.isArray(declared)) {
      for (const d of declared) {
        const pod = typeof d === 'string' ? readSpec(d)?.pod : undefined;
        if (pod !== undefined) direct.add(pod);
      }
    }
    const out = [...dependencies.values()].map((d) => ({ ...d, direct: direct.has(d.ref) }));
    return { ok: true, value: { sets: [{ file: path, packageManager: 'cocoapods', dependencies: out, edges }], problems } };
  },
} satisfies Parser;
