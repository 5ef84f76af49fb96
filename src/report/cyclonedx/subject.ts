import { PackageURL } from 'packageurl-js';
import type { ProjectIdentity } from '../../ingest/manifests/project-identity.js';
import type { SbomSubject } from './write.js';

/** Everything known about what a scan describes; each is null when unknown. */
export interface SubjectFacts {
  /** The project's full path from CI or --project ("acme/web"). */
  readonly project: string | null;
  /** The folder scanned, the last resort for a name. */
  readonly folder: string;
  /** The root manifest's identity (package.json, pyproject.toml, Cargo.toml, composer.json, go.mod). */
  readonly manifest: ProjectIdentity | null;
  readonly ref: string | null;
  readonly commit: string | null;
  /** --sbom-name / --sbom-version: what the user says wins. */
  readonly name: string | null;
  readonly version: string | null;
}

/**
 * Names the SBOM's subject (metadata.component; SCVS 2.11 asks for a name and a version): the user's words, then
 * the project's path in CI, then its manifest's name, then the folder. The version is the user's, the manifest's,
 * then the commit, then the ref, so two SBOMs of different commits never claim the same version. A purl is given
 * where the project is a package of an ecosystem (its manifest names it).
 */
export function sbomSubject(facts: SubjectFacts): SbomSubject {
  const name = facts.name ?? facts.project ?? facts.manifest?.name ?? facts.folder;
  const version = facts.version ?? facts.manifest?.version ?? facts.commit ?? facts.ref;
  // A commit or ref is no package version: the purl carries only a version the user or the manifest gives.
  return { name, version, purl: facts.manifest ? manifestPurl(facts.manifest, facts.version ?? facts.manifest.version) : null };
}

function manifestPurl(manifest: ProjectIdentity, version: string | null): string | null {
  const slash = manifest.name.lastIndexOf('/');
  // npm scopes, Composer vendors and Go module paths are namespaces; PyPI and Cargo names have none.
  const hasNamespace = slash > 0 && manifest.type !== 'pypi' && manifest.type !== 'cargo';
  const namespace = hasNamespace ? manifest.name.slice(0, slash) : null;
  const name = hasNamespace ? manifest.name.slice(slash + 1) : manifest.name;
  try {
    return new PackageURL(manifest.type, namespace, name, version, null, null).toString();
  } catch {
    return null;
  }
}
