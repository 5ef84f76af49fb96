import type { Problem } from '../../model/problem.js';
import type { DetectInput, ParsedDependency, Parser, ParseInput, ParseOutcome } from '../parser.js';
import { forEachEdge } from './adjacency.js';
import { computeFlags } from './flags.js';
import { purlReference, readPackage, type PackageFields } from './packages.js';
import { readRelationships } from './relationships.js';
import { genericPurl, isPackageKind } from '../generic-purl.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * SPDX 2.x JSON: `spdxVersion: "SPDX-2.x"`; also an `SPDXID` with `packages`, so a lost version gets a clear error.
 * SPDX 3.0 JSON-LD is claimed too, only to refuse it by name: otherwise it would be "not a format depindex reads".
 */
function detect({ json }: DetectInput): boolean {
  if (!isObject(json) || 'bomFormat' in json) return false;
  if (isSpdx3Context(json['@context'])) return true;
  if (typeof json.spdxVersion === 'string') return json.spdxVersion.startsWith('SPDX-');
  return typeof json.SPDXID === 'string' && Array.isArray(json.packages);
}

/**
 * SPDX 3 serialises as JSON-LD whose @context is spdx.org's ("https://spdx.org/rdf/3.0.1/spdx-context.jsonld"),
 * alone or in a list. Its elements live in a flat @graph, a different model from 2.x's packages and relationships.
 */
function isSpdx3Context(context: unknown): boolean {
  const names = Array.isArray(context) ? context : [context];
  return names.some((c) => typeof c === 'string' && c.includes('spdx.org/rdf/3'));
}

function parse({ json, path }: ParseInput): ParseOutcome {
  if (!isObject(json)) return { ok: false, error: 'not an SPDX document: the top level is not an object' };
  if (isSpdx3Context(json['@context'])) return { ok: false, error: 'SPDX 3.0 (JSON-LD) is not supported yet; export SPDX 2.3 JSON', place: '/@context' };
  const version = typeof json.spdxVersion === 'string' ? /^SPDX-(\d{1,3})\.(\d{1,3})$/.exec(json.spdxVersion) : null;
  if (version === null) {
    const what = json.spdxVersion === undefined ? 'has no "spdxVersion"' : '"spdxVersion" is not like "SPDX-2.3"';
    return { ok: false, error: `cannot read this SPDX document: it ${what}; supported: SPDX-2.2 and SPDX-2.3 JSON`, place: '/spdxVersion' };
  }
  if (version[1] !== '2') return { ok: false, error: `${version[0]} is not supported; supported: SPDX-2.2 and SPDX-2.3 JSON`, place: '/spdxVersion' };
  const notes: string[] = [];
  if (version[2] !== '2' && version[2] !== '3') notes.push(`${version[0]} read as SPDX-2.3`);

  const problems: Problem[] = [];
  const documentId = typeof json.SPDXID === 'string' ? json.SPDXID : 'SPDXRef-DOCUMENT';
  const relationships = readRelationships(json, documentId, problems);
  const flags = computeFlags(relationships);

  const packages: unknown[] = Array.isArray(json.packages) ? json.packages : [];
  if (json.packages !== undefined && !Array.isArray(json.packages)) problems.push({ place: '/packages', message: 'packages is not an array; none were read' });
  const kept = new Map<string, PackageFields>();
  const ids = new Set<string>();
  let withoutPurl = 0;
  let generic = 0;
  let subjects = 0;
  packages.forEach((pkg: unknown, i) => {
    const place = `/packages/${i}`;
    const spdxId = isObject(pkg) && typeof pkg.SPDXID === 'string' && pkg.SPDXID.length > 0 && pkg.SPDXID.length <= 4096 ? pkg.SPDXID : null;
    if (!isObject(pkg) || spdxId === null) {
      problems.push({ place, message: isObject(pkg) ? 'package has no usable SPDXID; skipped' : 'package is not an object; skipped' });
      return;
    }
    if (ids.has(spdxId)) {
      problems.push({ place: `${place}/SPDXID`, message: 'SPDXID is already used by an earlier package; skipped' });
      return;
    }
    ids.add(spdxId);
    // The described package is the project or image itself, whatever its purl: not one of its dependencies.
    if (relationships.described.has(spdxId)) {
      subjects++;
      return;
    }
    const locator = purlReference(pkg);
    if (locator === null) {
      // A library, framework or application without a purl is indexed under a generic one (generic-purl.ts).
      const purpose = pkg.primaryPackagePurpose;
      const purl = purpose === undefined || isPackageKind(purpose) ? genericPurl(null, pkg.name, pkg.versionInfo) : null;
      if (purl === null) withoutPurl++;
      else {
        generic++;
        const fields = readPackage(pkg, purl, place, problems);
        if (fields !== null) kept.set(spdxId, fields);
      }
      return;
    }
    const fields = readPackage(pkg, locator, place, problems);
    if (fields !== null) kept.set(spdxId, fields);
  });

  const { graph } = relationships;
  const dependencies: ParsedDependency[] = [];
  for (const [ref, fields] of kept) {
    const node = graph.indexOf.get(ref);
    dependencies.push({
      ref,
      ...fields,
      direct: flags.direct === null ? null : node !== undefined && flags.direct[node] === 1,
      development: null,
      ...(flags.optional !== null && { optional: node === undefined || flags.optional[node] === 0 ? null : flags.optional[node] === 2 }),
    });
  }
  // Edges between kept packages, each once: per source node, a target seen in this round is skipped.
  const edges: [string, string][] = [];
  const lastSource = new Int32Array(graph.ids.length).fill(-1);
  graph.ids.forEach((from, node) => {
    if (!kept.has(from)) return;
    forEachEdge(flags.adjacency, node, (k) => {
      const target = graph.to[k] as number;
      const to = graph.ids[target] as string;
      if (target === node || lastSource[target] === node || !kept.has(to)) return;
      lastSource[target] = node;
      edges.push([from, to]);
    });
  });

  if (generic > 0) notes.push(`${generic} packages without a purl (libraries, frameworks, applications) are kept as pkg:generic`);
  if (withoutPurl > 0) notes.push(`skipped ${withoutPurl} packages without a purl`);
  if (subjects > 0) notes.push(`${subjects === 1 ? 'the described package is' : `the ${subjects} described packages are`} the subject of the document, not a dependency`);
  if (relationships.contains > 0) notes.push(`${relationships.contains} CONTAINS/CONTAINED_BY relationships say what is inside what, not what depends on what; not read as edges`);
  if (relationships.reversed > 0) notes.push(`${relationships.reversed} *_DEPENDENCY_OF relationships name the described package as the dependency; read the other way round`);
  return { ok: true, value: { sets: [{ file: path, packageManager: null, dependencies, edges, ...(flags.walk && { walk: flags.walk }) }], problems, notes } };
}

export const parser = {
  id: 'spdx',
  description: 'SPDX 2.2/2.3 JSON',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: true },
  detect,
  parse,
} satisfies Parser;
