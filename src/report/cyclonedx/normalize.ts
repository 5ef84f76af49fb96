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
 * The CycloneDX 1.6 JSON document of the project, as plain values: one component per (dependency file, purl),
 * the dependency graph, and the project as metadata component depending on every introduced dependency.
 *
 * Why not the models and serializer of @cyclonedx/cyclonedx-library: on a 50,000-component project they take
 * about 1.7 s (class instances, comparator sorts, per-hash regex checks), six times the budget of the whole scan.
 * This writes the same document (test/report/cyclonedx checks it against the library's serialization and the
 * official 1.6 schema) in a single pass; the library still supplies the SPDX id list and hash algorithm names.
 * Pure: serial number and timestamp come in, so the same sets give the same bytes apart from those two.
 */
export function normalizeBom(sets: readonly DependencySet[], subject: SbomSubject, tool: SbomTool, stamp: SbomStamp): object {
  const refOf = bomRefs(sets);
  const components: { ref: string; value: object }[] = [];
  const dependsOn = new Map<string, Set<string>>([[ROOT_REF, new Set()]]);
  for (const set of sets) {
    for (const dependency of set.dependencies) {
      const ref = refOf(set.file, dependency.purl);
      components.push({ ref, value: component(dependency, ref, set) });
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
    .map(([ref, targets]) => (targets.size > 0 ? { ref, dependsOn: [...targets].sort(compare) } : { ref }));

  return {
    $schema: SCHEMA,
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    serialNumber: stamp.serialNumber,
    metadata: {
      timestamp: stamp.timestamp.toISOString(),
      tools: { components: [{ type: Enums.ComponentType.Application, name: tool.name, version: tool.version }] },
      component: {
        type: Enums.ComponentType.Application,
        name: subject.name,
        ...(subject.version ? { version: subject.version } : {}),
        'bom-ref': ROOT_REF,
      },
      properties: [{ name: GITLAB_SCHEMA_VERSION, value: '1' }],
    },
    components: components.map((c) => c.value),
    dependencies,
  };
}

function component(dependency: Dependency, ref: string, set: DependencySet): object {
  // Sorted by name, as the library sorts properties.
  const properties: { name: string; value: string }[] = [];
  if (dependency.development !== null) properties.push({ name: GITLAB_CATEGORY, value: dependency.development ? 'development' : 'production' });
  properties.push({ name: GITLAB_INPUT_FILE, value: set.file });
  if (set.packageManager) properties.push({ name: GITLAB_PACKAGE_MANAGER, value: set.packageManager });

  const out: Record<string, unknown> = { type: Enums.ComponentType.Library, name: lastSegment(dependency) };
  if (dependency.namespace) out.group = dependency.namespace;
  if (dependency.version) out.version = dependency.version;
  out['bom-ref'] = ref;
  // CycloneDX's own way to say "not needed at runtime"; GitLab's category property says the same for GitLab.
  if (dependency.development !== null) out.scope = dependency.development ? Enums.ComponentScope.Optional : Enums.ComponentScope.Required;
  const hashes = dependency.checksums ? toHashes(dependency.checksums) : [];
  if (hashes.length > 0) out.hashes = hashes;
  if (dependency.licenses && dependency.licenses.length > 0) out.licenses = toLicenses(dependency.licenses);
  out.purl = dependency.purl;
  if (dependency.source && /^[a-z][a-z0-9+.-]*:\S+$/i.test(dependency.source)) {
    out.externalReferences = [{ url: escapeIri(dependency.source), type: Enums.ExternalReferenceType.Distribution }];
  }
  out.properties = properties;
  return out;
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
