import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import type { Dependency } from '../../model/dependency.js';
import type { DependencySet } from '../../model/dependency-set.js';
import { toHashes } from './hashes.js';
import { toLicenses } from './licenses.js';
import { GITLAB_CATEGORY, GITLAB_INPUT_FILE, GITLAB_PACKAGE_MANAGER, GITLAB_SCHEMA_VERSION } from './properties.js';

export interface SbomSubject {
  /** The project: "group/project" or a folder name. */
  readonly name: string;
  /** The ref or commit the SBOM describes, when known. */
  readonly version: string | null;
}

export interface SbomTool {
  readonly name: string;
  readonly version: string;
}

export interface SbomStamp {
  readonly serialNumber: string;
  readonly timestamp: Date;
}

const ROOT_REF = 'depindex:project';
const SCHEMA = 'http://cyclonedx.org/schema/bom-1.6.schema.json';

/**
 * The CycloneDX 1.6 JSON document of the project: one component per (dependency file, purl),
 * the dependency graph, and the project as metadata component depending on every introduced dependency.
 *
 * Why not the models and serializer of @cyclonedx/cyclonedx-library: on a 50,000-component project they take
 * about 1.7 s (class instances, comparator sorts, per-hash regex checks), six times the budget of the whole scan.
 * This writes the same document (test/report/cyclonedx checks it against the library's serialization and the
 * official 1.6 schema) in a single pass, compact (SBOMs are read by tools; indentation adds half again); the library still supplies the SPDX id list and hash algorithm names.
 * Pure: serial number and timestamp come in, so the same sets give the same bytes apart from those two.
 */
export function writeBom(sets: readonly DependencySet[], subject: SbomSubject, tool: SbomTool, stamp: SbomStamp): string {
  const refOf = bomRefs(sets);
  const components: { ref: string; json: string }[] = [];
  const dependsOn = new Map<string, Set<string>>([[ROOT_REF, new Set()]]);
  for (const set of sets) {
    const fixed = setProperties(set);
    for (const dependency of set.dependencies) {
      const ref = refOf(set.file, dependency.purl);
      components.push({ ref, json: componentJson(dependency, ref, fixed) });
      dependsOn.set(ref, new Set());
      if (dependency.introduced === true) dependsOn.get(ROOT_REF)?.add(ref);
    }
  }
  for (const set of sets) {
    for (const [from, targets] of set.graph.edges) {
      const edges = dependsOn.get(refOf(set.file, from));
      if (!edges) continue;
      for (const to of targets) {
        const target = refOf(set.file, to);
        if (dependsOn.has(target)) edges.add(target);
      }
    }
  }
  components.sort((a, b) => compare(a.ref, b.ref));
  const dependencies = [...dependsOn]
    .sort(([a], [b]) => compare(a, b))
    .map(([ref, targets]) => (targets.size > 0 ? `{"ref":${q(ref)},"dependsOn":${JSON.stringify([...targets].sort(compare))}}` : `{"ref":${q(ref)}}`));

  const metadata = {
    timestamp: stamp.timestamp.toISOString(),
    tools: { components: [{ type: Enums.ComponentType.Application, name: tool.name, version: tool.version }] },
    component: {
      type: Enums.ComponentType.Application,
      name: subject.name,
      ...(subject.version ? { version: subject.version } : {}),
      'bom-ref': ROOT_REF,
    },
    properties: [{ name: GITLAB_SCHEMA_VERSION, value: '1' }],
  };
  const head = `{"$schema":${q(SCHEMA)},"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"serialNumber":${q(stamp.serialNumber)},"metadata":${JSON.stringify(metadata)}`;
  return `${head},"components":[${components.map((c) => c.json).join(',')}],"dependencies":[${dependencies.join(',')}]}\n`;
}

const q = JSON.stringify;

/** The properties every component of a set shares, written once per set. Sorted by name, as the library does. */
function setProperties(set: DependencySet): { readonly before: string; readonly after: string } {
  const after = [`{"name":${q(GITLAB_INPUT_FILE)},"value":${q(set.file)}}`];
  if (set.packageManager) after.push(`{"name":${q(GITLAB_PACKAGE_MANAGER)},"value":${q(set.packageManager)}}`);
  return { before: `{"name":${q(GITLAB_CATEGORY)},"value":`, after: after.join(',') };
}

/**
 * One component as JSON text. Written directly rather than built as objects and stringified: on 50,000
 * components the intermediate objects cost more in garbage collection than the writing itself.
 */
function componentJson(dependency: Dependency, ref: string, fixed: { readonly before: string; readonly after: string }): string {
  let out = `{"type":"library","name":${q(lastSegment(dependency))}`;
  if (dependency.namespace) out += `,"group":${q(dependency.namespace)}`;
  if (dependency.version) out += `,"version":${q(dependency.version)}`;
  out += `,"bom-ref":${q(ref)}`;
  // CycloneDX's own way to say "not needed at runtime"; GitLab's category property says the same for GitLab.
  if (dependency.development !== null) out += dependency.development ? ',"scope":"optional"' : ',"scope":"required"';
  const hashes = dependency.checksums ? toHashes(dependency.checksums) : [];
  if (hashes.length > 0) out += `,"hashes":${JSON.stringify(hashes)}`;
  if (dependency.licenses && dependency.licenses.length > 0) out += `,"licenses":${JSON.stringify(toLicenses(dependency.licenses))}`;
  out += `,"purl":${q(dependency.purl)}`;
  if (dependency.source && /^[a-z][a-z0-9+.-]*:\S+$/i.test(dependency.source)) {
    out += `,"externalReferences":[{"url":${q(escapeIri(dependency.source))},"type":"distribution"}]`;
  }
  const category = dependency.development === null ? '' : `${fixed.before}${dependency.development ? '"development"' : '"production"'}},`;
  return `${out},"properties":[${category}${fixed.after}]}`;
}

/** The schema wants an iri-reference: spaces and the like are percent-encoded, as the library does. */
function escapeIri(url: string): string {
  return url.replace(/[ "<>\\^`{|}]/g, (c) => encodeURIComponent(c));
}

/** A purl is the natural bom-ref; when one version appears in several dependency files, the file tells them apart. */
function bomRefs(sets: readonly DependencySet[]): (file: string, purl: string) => string {
  const count = new Map<string, number>();
  for (const set of sets) for (const d of set.dependencies) count.set(d.purl, (count.get(d.purl) ?? 0) + 1);
  return (file, purl) => ((count.get(purl) ?? 0) > 1 ? `${purl}#${file}` : purl);
}

function lastSegment(dependency: Dependency): string {
  return dependency.namespace ? dependency.name.slice(dependency.namespace.length + 1) : dependency.name;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
