import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import { compareStrings } from '../../model/compare-strings.js';
import { positionsOf } from '../../graph/positional-edges.js';
import type { Dependency } from '../../model/dependency.js';
import type { DependencySet } from '../../model/dependency-set.js';
import { toHashes } from './hashes.js';
import { toLicenses } from './licenses.js';
import { jsonArrayPieces } from '../json-pieces.js';
import { licensedFromMetadata } from '../../metadata/match/licenses.js';
import { DEPINDEX_LICENSE_SOURCE, GITLAB_CATEGORY, GITLAB_INPUT_FILE, GITLAB_PACKAGE_MANAGER, GITLAB_SCHEMA_VERSION } from './properties.js';

export interface SbomSubject {
  /** The project: "group/project" or a folder name. */
  readonly name: string;
  /** The ref or commit the SBOM describes, when known. */
  readonly version: string | null;
  /** The project as a package, when it is one (its manifest names it): subject.ts. */
  readonly purl?: string | null;
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
const SCHEMA_VERSION = { name: GITLAB_SCHEMA_VERSION, value: '1' };
const SCHEMA = 'http://cyclonedx.org/schema/bom-1.6.schema.json';

/**
 * The CycloneDX 1.6 JSON document of the project: one component per (dependency file, purl),
 * the dependency graph, and the project as metadata component depending on every introduced dependency.
 *
 * Why not the models and serializer of @cyclonedx/cyclonedx-library: on a 50,000-component project they take
 * about 1.7 s (class instances, comparator sorts, per-hash regex checks), six times the budget of the whole scan.
 * This writes the same document (test/report/cyclonedx checks it against the library's serialization and the
 * official 1.6 schema) in a single pass, compact (SBOMs are read by tools; indentation adds half again); the
 * library still supplies the SPDX id list and hash algorithm names.
 *
 * The text comes in pieces of a few hundred components, which the caller writes as they come: the whole
 * document of a large project is tens of megabytes that would otherwise be held, copied and collected.
 * Pure: serial number and timestamp come in, so the same sets give the same bytes apart from those two.
 */
export function* bomChunks(sets: readonly DependencySet[], subject: SbomSubject, tool: SbomTool, stamp: SbomStamp): Generator<string, void, undefined> {
  // One dependency file: its properties apply to every component, so they are said once, in the metadata, as
  // GitLab's own analyzers write them. With several, each component names its own (GitLab's taxonomy: a
  // component-level value overrides the metadata's).
  const fileInMetadata = sets.length === 1;
  const components = (fileInMetadata ? oneSetComponents(sets[0] as DependencySet) : null) ?? mergedComponents(sets, fileInMetadata);
  const metadata = {
    timestamp: stamp.timestamp.toISOString(),
    tools: { components: [{ type: Enums.ComponentType.Application, name: tool.name, version: tool.version }] },
    component: {
      type: Enums.ComponentType.Application,
      name: subject.name,
      ...(subject.version ? { version: subject.version } : {}),
      ...(subject.purl ? { purl: subject.purl } : {}),
      'bom-ref': ROOT_REF,
    },
    properties: fileInMetadata ? [...fileProperties(sets[0] as DependencySet), SCHEMA_VERSION] : [SCHEMA_VERSION],
  };
  yield `{"$schema":${q(SCHEMA)},"bomFormat":"CycloneDX","specVersion":"1.6","version":1,"serialNumber":${q(stamp.serialNumber)},"metadata":${JSON.stringify(metadata)},"components":[`;

  yield* jsonArrayPieces(components.length, (i) => componentObject(components.dependencyAt(i), components.refAt(i), components.propertiesAt(i)));

  // Sorted by ref like the components, with the project's own entry in its place among them.
  const introduced: string[] = [];
  let rootAt = -1;
  for (let i = 0; i < components.length; i++) {
    const ref = components.refAt(i);
    if (components.dependencyAt(i).introduced === true) introduced.push(ref);
    if (rootAt === -1 && ref > ROOT_REF) rootAt = i;
  }
  if (rootAt === -1) rootAt = components.length;
  const rootEntry = dependencyEntry(ROOT_REF, introduced);
  yield '],"dependencies":[';
  yield* jsonArrayPieces(components.length + 1, (i) => {
    if (i === rootAt) return rootEntry;
    const at = i < rootAt ? i : i - 1;
    return dependencyEntry(components.refAt(at), components.targetsAt(at));
  });
  yield ']}\n';
}

/** The whole document as one string, for callers that want it in memory (tests, small outputs). */
export function writeBom(sets: readonly DependencySet[], subject: SbomSubject, tool: SbomTool, stamp: SbomStamp): string {
  return [...bomChunks(sets, subject, tool, stamp)].join('');
}

const q = JSON.stringify;

/** The components in bom-ref order, read by index, with what each one's entries need. */
interface ComponentList {
  readonly length: number;
  dependencyAt(index: number): Dependency;
  refAt(index: number): string;
  propertiesAt(index: number): SetProperties;
  /** bom-refs the component depends on, sorted; edges stay inside their set (DependencySet). */
  targetsAt(index: number): readonly string[];
}

const NONE: readonly string[] = [];

/**
 * One set is its own list: the graph stage hands its dependencies over in purl order, which is bom-ref order
 * (no purl repeats), so nothing is copied. Null when the set is not in that order (sets made by hand).
 */
function oneSetComponents(set: DependencySet): ComponentList | null {
  const { dependencies, graph } = set;
  for (let i = 1; i < dependencies.length; i++) if ((dependencies[i - 1] as Dependency).purl >= (dependencies[i] as Dependency).purl) return null;
  const properties = setProperties([]);
  // The graph stage's positions, when they still number these dependencies: their rows are ascending positions,
  // which in purl order are sorted refs, read without looking a purl up (nor making the purl map at all).
  const positions = positionsOf(graph, dependencies.length, (i) => (dependencies[i] as Dependency).purl);
  return {
    length: dependencies.length,
    dependencyAt: (i) => dependencies[i] as Dependency,
    refAt: (i) => (dependencies[i] as Dependency).purl,
    propertiesAt: () => properties,
    targetsAt: positions
      ? (i) => {
          const start = positions.offsets[i] as number;
          const end = positions.offsets[i + 1] as number;
          if (start === end) return NONE;
          const refs = new Array<string>(end - start);
          for (let k = start; k < end; k++) refs[k - start] = positions.purls[positions.targets[k] as number] as string;
          return refs;
        }
      : (i) => {
          const targets = graph.edges.get((dependencies[i] as Dependency).purl);
          if (targets === undefined) return NONE;
          return isSorted(targets) ? targets : [...targets].sort(compareStrings);
        },
  };
}

interface Component {
  readonly set: DependencySet;
  readonly dependency: Dependency;
  readonly ref: string;
  /** Shared by every component of the set. */
  readonly properties: SetProperties;
}

/**
 * Several sets (or one not in purl order), merged and sorted: a purl is the natural bom-ref; when one purl
 * appears in several dependency files, the file tells them apart.
 */
function mergedComponents(sets: readonly DependencySet[], fileInMetadata: boolean): ComponentList {
  const count = new Map<string, number>();
  for (const set of sets) for (const d of set.dependencies) count.set(d.purl, (count.get(d.purl) ?? 0) + 1);
  const refOf = (file: string, purl: string) => ((count.get(purl) ?? 0) > 1 ? `${purl}#${file}` : purl);
  const components: Component[] = [];
  for (const set of sets) {
    const properties = setProperties(fileInMetadata ? [] : fileProperties(set));
    for (const dependency of set.dependencies) components.push({ set, dependency, ref: refOf(set.file, dependency.purl), properties });
  }
  components.sort((a, b) => compareStrings(a.ref, b.ref));
  const at = (i: number) => components[i] as Component;
  return {
    length: components.length,
    dependencyAt: (i) => at(i).dependency,
    refAt: (i) => at(i).ref,
    propertiesAt: (i) => at(i).properties,
    targetsAt: (i) => {
      const { set, dependency } = at(i);
      const targets = set.graph.edges.get(dependency.purl);
      if (targets === undefined || targets.length === 0) return NONE;
      const refs = targets.map((to) => refOf(set.file, to));
      return isSorted(refs) ? refs : refs.sort(compareStrings);
    },
  };
}

function dependencyEntry(ref: string, targets: readonly string[]): object {
  return targets.length > 0 ? { ref, dependsOn: targets } : { ref };
}

/** The properties every component of a set shares, by category; sorted by name, as the library does. */
interface SetProperties {
  readonly unknown: readonly object[];
  readonly development: readonly object[];
  readonly production: readonly object[];
}

/** The dependency file and its package manager, sorted by name as the library sorts properties. */
function fileProperties(set: DependencySet): { name: string; value: string }[] {
  const properties = [{ name: GITLAB_INPUT_FILE, value: set.file }];
  if (set.packageManager) properties.push({ name: GITLAB_PACKAGE_MANAGER, value: set.packageManager });
  return properties;
}

function setProperties(shared: readonly object[]): SetProperties {
  return {
    unknown: shared,
    development: [{ name: GITLAB_CATEGORY, value: 'development' }, ...shared],
    production: [{ name: GITLAB_CATEGORY, value: 'production' }, ...shared],
  };
}

/**
 * CycloneDX's scope (docs/development-and-optional.md): `excluded` is "not needed at run time" (development),
 * `optional` is "optional at run time", `required` needed at run time. One value only: a development package
 * that is also optional is written as excluded. Unknown stays unset (which a reader takes as required, so a
 * dependency whose development is unknown and is known not to be optional is written as required anyway).
 * GitLab's category property carries development for GitLab.
 */
export function scopeOf(dependency: Pick<Dependency, 'development' | 'optional'>): 'required' | 'optional' | 'excluded' | undefined {
  if (dependency.development === true) return 'excluded';
  if (dependency.optional === true) return 'optional';
  return dependency.development === false ? 'required' : undefined;
}

/** One component, its keys in the order the library writes them. */
function componentObject(dependency: Dependency, ref: string, properties: SetProperties): object {
  const hashes = dependency.checksums ? toHashes(dependency.checksums) : null;
  const source = dependency.source && /^[a-z][a-z0-9+.-]*:\S+$/i.test(dependency.source) ? escapeIri(dependency.source) : null;
  return {
    type: 'library',
    name: lastSegment(dependency),
    group: dependency.namespace || undefined,
    version: dependency.version || undefined,
    'bom-ref': ref,
    scope: scopeOf(dependency),
    hashes: hashes !== null && hashes.length > 0 ? hashes : undefined,
    licenses: dependency.licenses && dependency.licenses.length > 0 ? licenseChoices(dependency.licenses) : undefined,
    purl: dependency.purl,
    externalReferences: source === null ? undefined : [{ url: source, type: 'distribution' }],
    properties: nonEmpty(withLicenseSource(dependency, dependency.development === null ? properties.unknown : dependency.development ? properties.development : properties.production)),
  };
}

const FROM_METADATA = { name: DEPINDEX_LICENSE_SOURCE, value: 'metadata' };

/** The shared property list, with the licence source first (sorted by name) when the licences came from metadata. */
function withLicenseSource(dependency: Dependency, shared: readonly object[]): readonly object[] {
  return licensedFromMetadata(dependency) && dependency.licenses !== null && dependency.licenses.length > 0 ? [FROM_METADATA, ...shared] : shared;
}

/**
 * Most components carry one license, and a project has a few dozen distinct ones: their objects are made once.
 * Bounded, so endless distinct names in hostile input cannot grow it without end.
 */
const singleLicense = new Map<string, readonly object[]>();
function licenseChoices(licenses: readonly string[]): readonly object[] {
  if (licenses.length !== 1) return toLicenses(licenses);
  const text = licenses[0] as string;
  let choices = singleLicense.get(text);
  if (choices === undefined) {
    choices = toLicenses(licenses);
    if (singleLicense.size < 1024) singleLicense.set(text, choices);
  }
  return choices;
}

/** The schema wants an iri-reference: spaces and the like are percent-encoded, as the library does. */
function escapeIri(url: string): string {
  return url.replace(/[ "<>\\^`{|}]/g, (c) => encodeURIComponent(c));
}

function lastSegment(dependency: Dependency): string {
  return dependency.namespace ? dependency.name.slice(dependency.namespace.length + 1) : dependency.name;
}

const nonEmpty = <T>(list: readonly T[]): readonly T[] | undefined => (list.length > 0 ? list : undefined);

function isSorted(values: readonly string[]): boolean {
  for (let i = 1; i < values.length; i++) if ((values[i - 1] as string) > (values[i] as string)) return false;
  return true;
}
