import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import type { Dependency } from '../../../src/model/dependency.js';
import type { DependencySet } from '../../../src/model/dependency-set.js';
import type { SbomStamp, SbomSubject, SbomTool } from '../../../src/report/cyclonedx/write.js';
import { toHashes } from '../../../src/report/cyclonedx/hashes.js';
import { toLicenses } from '../../../src/report/cyclonedx/licenses.js';
import { GITLAB_CATEGORY, GITLAB_INPUT_FILE, GITLAB_PACKAGE_MANAGER, GITLAB_SCHEMA_VERSION } from '../../../src/report/cyclonedx/properties.js';


const ROOT_REF = 'depindex:project';

/**
 * The reference for src/report/cyclonedx/normalize.ts: the same SBOM built with @cyclonedx/cyclonedx-library's
 * models and serializer, as depindex first did. Tests check that both give the same document.
 *
 * Builds the CycloneDX model of the project: one component per (dependency file, purl), the dependency graph,
 * and the project as metadata component depending on every introduced dependency. Pure: the serial number and
 * timestamp come in, so the same sets give the same bytes apart from those two.
 */
export function buildBom(sets: readonly DependencySet[], subject: SbomSubject, tool: SbomTool, stamp: SbomStamp): Models.Bom {
  const refOf = bomRefs(sets);
  const root = new Models.Component(Enums.ComponentType.Application, subject.name, {
    bomRef: ROOT_REF,
    version: subject.version ?? undefined,
  });
  const bom = new Models.Bom({
    serialNumber: stamp.serialNumber,
    metadata: new Models.Metadata({
      timestamp: stamp.timestamp,
      component: root,
      tools: new Models.Tools({ components: new Models.ComponentRepository([toolComponent(tool)]) }),
      // One dependency file: its properties go in the metadata, for every component (GitLab's taxonomy).
      properties: new Models.PropertyRepository([
        new Models.Property(GITLAB_SCHEMA_VERSION, '1'),
        ...(sets.length === 1 ? fileProperties(sets[0] as DependencySet) : []),
      ]),
    }),
  });

  const components = new Map<string, Models.Component>();
  for (const set of sets) {
    for (const dependency of set.dependencies) {
      const ref = refOf(set.file, dependency.purl);
      const component = toComponent(dependency, ref, set, sets.length > 1);
      components.set(ref, component);
      bom.components.add(component);
    }
  }
  for (const set of sets) {
    for (const [from, targets] of set.graph.edges) {
      const component = components.get(refOf(set.file, from));
      if (!component) continue;
      for (const to of targets) {
        const target = components.get(refOf(set.file, to));
        if (target) component.dependencies.add(target.bomRef);
      }
    }
    for (const dependency of set.dependencies) {
      if (dependency.introduced === true) root.dependencies.add((components.get(refOf(set.file, dependency.purl)) as Models.Component).bomRef);
    }
  }
  return bom;
}

function fileProperties(set: DependencySet): Models.Property[] {
  const properties = [new Models.Property(GITLAB_INPUT_FILE, set.file)];
  if (set.packageManager) properties.push(new Models.Property(GITLAB_PACKAGE_MANAGER, set.packageManager));
  return properties;
}

function toComponent(dependency: Dependency, bomRef: string, set: DependencySet, ownFileProperties: boolean): Models.Component {
  const properties = ownFileProperties ? fileProperties(set) : [];
  if (dependency.development !== null) properties.push(new Models.Property(GITLAB_CATEGORY, dependency.development ? 'development' : 'production'));
  const component = new Models.Component(Enums.ComponentType.Library, lastSegment(dependency), {
    bomRef,
    group: groupOf(dependency),
    version: dependency.version || undefined,
    purl: dependency.purl,
    properties: new Models.PropertyRepository(properties),
  });
  // The CycloneDX spec's scopes: excluded is not needed at run time, optional is optional at run time.
  if (dependency.development === true) component.scope = Enums.ComponentScope.Excluded;
  else if (dependency.optional === true) component.scope = Enums.ComponentScope.Optional;
  else if (dependency.development === false) component.scope = Enums.ComponentScope.Required;
  if (dependency.licenses) {
    for (const choice of toLicenses(dependency.licenses)) {
      if ('expression' in choice) component.licenses.add(new Models.LicenseExpression(choice.expression));
      else if ('id' in choice.license) component.licenses.add(new Models.SpdxLicense(choice.license.id));
      else component.licenses.add(new Models.NamedLicense(choice.license.name));
    }
  }
  if (dependency.checksums) for (const { alg, content } of toHashes(dependency.checksums)) component.hashes.set(alg, content);
  if (dependency.source && /^[a-z][a-z0-9+.-]*:\S+$/i.test(dependency.source)) {
    component.externalReferences.add(new Models.ExternalReference(dependency.source, Enums.ExternalReferenceType.Distribution));
  }
  return component;
}

/** A purl is the natural bom-ref; when one version appears in several dependency files, the file tells them apart. */
function bomRefs(sets: readonly DependencySet[]): (file: string, purl: string) => string {
  const count = new Map<string, number>();
  for (const set of sets) for (const d of set.dependencies) count.set(d.purl, (count.get(d.purl) ?? 0) + 1);
  return (file, purl) => ((count.get(purl) ?? 0) > 1 ? `${purl}#${file}` : purl);
}

function groupOf(dependency: Dependency): string | undefined {
  return dependency.namespace ?? undefined;
}

function lastSegment(dependency: Dependency): string {
  return dependency.namespace ? dependency.name.slice(dependency.namespace.length + 1) : dependency.name;
}

function toolComponent(tool: SbomTool): Models.Component {
  return new Models.Component(Enums.ComponentType.Application, tool.name, { version: tool.version, group: undefined });
}

/** The library's serialization, for comparison. */
export function librarySerialize(bom: Models.Bom): string {
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return serializer.serialize(bom, { sortLists: true });
}
