import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { ParsedDependency, Parser } from '../../parser.js';
import type { Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../model/purl.js';
import { isJsonObject } from '../../json-object.js';

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
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
    const lineOf = (node: unknown): string => `line ${lineCounter.linePos((node as YamlNode | null)?.range?.[0] ?? 0).line}`;
    if (!isMap(doc.contents)) {
      const e = doc.errors[0];
      return { ok: false, error: `Podfile.lock is not valid YAML${e ? ': ' + (e.message.split('\n')[0] ?? '') : ''}`, place: e ? `line ${lineCounter.linePos(e.pos[0]).line}` : undefined };
    }
    const problems: Problem[] = doc.errors.map((e) => ({ place: `line ${lineCounter.linePos(e.pos[0]).line}`, message: `YAML: ${e.message.split('\n')[0] ?? ''}` }));
    const root = doc.contents;
    const externalSources = isJsonObject(root.toJSON()) ? (root.toJSON() as Record<string, unknown>) : {};
    const external = isJsonObject(externalSources['EXTERNAL SOURCES']) ? externalSources['EXTERNAL SOURCES'] : {};
    const checkout = isJsonObject(externalSources['CHECKOUT OPTIONS']) ? externalSources['CHECKOUT OPTIONS'] : {};
    const specRepos = isJsonObject(externalSources['SPEC REPOS']) ? externalSources['SPEC REPOS'] : {};

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

    const pods = root.get('PODS', true);
    if (!isSeq(pods)) return { ok: false, error: 'Podfile.lock has no PODS list' };
    const versionOf = new Map<string, string>();
    const dependencies = new Map<string, ParsedDependency>();
    const needs: [string, string, YamlNode][] = [];
    for (const item of pods.items as YamlNode[]) {
      // "Pod (1.0)" or { "Pod (1.0)": ["Dep (~> 2)", …] }
      const keyNode = isMap(item) ? (item.items[0]?.key as YamlNode | undefined) : item;
      const spec = isScalar(keyNode) && typeof keyNode.value === 'string' ? readSpec(keyNode.value) : null;
      if (!spec || !spec.inBrackets) {
        problems.push({ place: lineOf(item), message: 'a PODS entry that is not "Name (version)"' });
        continue;
      }
      versionOf.set(spec.pod, spec.inBrackets);
      if (isMap(item)) {
        const list = item.items[0]?.value;
        if (isSeq(list)) for (const d of list.items as YamlNode[]) if (isScalar(d) && typeof d.value === 'string') needs.push([spec.pod, d.value, d]);
      }
      if (own.has(spec.pod) || dependencies.has(spec.pod)) continue;
      const purl = buildPurl('cocoapods', null, spec.pod, spec.inBrackets);
      if (!purl.ok) {
        problems.push({ place: lineOf(item), message: purl.error });
        continue;
      }
      dependencies.set(spec.pod, { ref: spec.pod, purl: purl.value, direct: false, development: null, licenses: null, checksums: null, source: sourceOf.get(spec.pod) ?? null });
    }

    const edges: [string, string][] = [];
    const direct = new Set<string>();
    for (const [from, text, node] of needs) {
      const to = readSpec(text)?.pod;
      if (to === undefined || !versionOf.has(to)) {
        problems.push({ place: lineOf(node), message: `"${from}" depends on "${text}", which is not in PODS` });
        continue;
      }
      if (own.has(from)) direct.add(to);
      else if (to !== from) edges.push([from, to]);
    }
    const declared = root.get('DEPENDENCIES', true);
    if (isSeq(declared)) {
      for (const d of declared.items as YamlNode[]) {
        const pod = isScalar(d) && typeof d.value === 'string' ? readSpec(d.value)?.pod : undefined;
        if (pod !== undefined) direct.add(pod);
      }
    }
    const out = [...dependencies.values()].map((d) => ({ ...d, direct: direct.has(d.ref) }));
    return { ok: true, value: { sets: [{ file: path, packageManager: 'cocoapods', dependencies: out, edges }], problems } };
  },
} satisfies Parser;
