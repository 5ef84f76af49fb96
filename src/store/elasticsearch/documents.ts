import { createHash, randomBytes } from 'node:crypto';
import type { Dependency } from '../../model/dependency.js';
import { canonicalKey, licenseKeys, projectNamespaces, shortKey } from '../keys.js';
import type { ScanContext, StoredDependency } from '../store.js';
import { compareStrings } from '../../model/compare-strings.js';

export { projectNamespaces };

/** The fields that name a dependency set; copied onto every dependency so searches filter without a join. */
interface SetIdentity {
  readonly set_id: string;
  readonly project: string;
  readonly project_namespaces: readonly string[];
  readonly ref: string;
  readonly ref_type: 'branch' | 'tag';
  readonly default_branch: boolean;
  readonly file: string;
  readonly package_manager: string | null;
  readonly format: string;
}

/** A dependency as indexed: one per (project, ref, file, purl@version) and generation (DESIGN.md 6). */
export interface DependencyDocument extends SetIdentity {
  readonly generation: string;
  readonly purl: string;
  readonly package: {
    readonly type: string;
    readonly namespace: string | null;
    readonly name: string;
    readonly canonical_name: string;
    /** The name without its namespace for Maven and generic (keys.ts shortKey); null for other types. */
    readonly short_name: string | null;
  };
  readonly version: string;
  readonly development: boolean | null;
  /** Absent in documents written before the field existed, like null: unknown. */
  readonly optional?: boolean | null;
  readonly introduced: boolean | null;
  readonly licenses: readonly string[] | null;
  /** Each license lower-cased plus the ids inside SPDX expressions (keys.ts), what a license search matches. */
  readonly license_keys: readonly string[];
  readonly checksums: readonly string[] | null;
  readonly source: string | null;
  readonly vulnerabilities: readonly string[];
  readonly created_at: string;
  readonly first_commit_sha: string | null;
  readonly last_seen_at: string;
  readonly commit_sha: string | null;
  /** Positions of what it depends on among its set's purls (edges.ts); absent when nothing. */
  readonly children?: readonly number[];
  /**
   * The scan's pipeline, so a hit links to it in the CLI, the API and Kibana without a join (issue #15).
   * Absent from documents written before the field existed.
   */
  readonly pipeline_url?: string | null;
}

export interface SetDocument extends SetIdentity {
  readonly commit_sha: string | null;
  readonly pipeline_url: string | null;
  readonly scanned_at: string | null;
  readonly updated_at: string;
  readonly generation: string | null;
  readonly hidden_generations: readonly string[];
  readonly write_count: number;
  /** Digest of what the current generation was written from; the same scan again then writes nothing. */
  readonly content_hash: string | null;
  readonly counts: { readonly dependencies: number; readonly added: number; readonly kept: number; readonly removed: number };
}

/** What a new write keeps of a version already in the set. */
export interface Remembered {
  readonly createdAt: string;
  readonly firstCommitSha: string | null;
}

/** NUL cannot occur in a project path, ref, file name or purl, so joined keys cannot collide. */
function digest(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url');
}

/** Deterministic, so a retried bulk request overwrites instead of duplicating. */
export function setId(project: string, ref: string, file: string): string {
  return digest('set', project, ref, file);
}

/**
 * The generation is part of the id: the new generation of a set is written next to the old one, which readers
 * keep seeing until the set document flips (see upsert.ts). Same inputs, same id.
 */
export function dependencyId(set: string, purl: string, generation: string): string {
  return digest('dependency', set, purl, generation);
}

/** What a set's documents are made of: the scan's context and the merged dependencies, in a stable order. */
export function contentHash(context: ScanContext, file: string, packageManager: string | null, format: string, dependencies: readonly Dependency[]): string {
  const sorted = [...dependencies].sort((a, b) => compareStrings(a.purl, b.purl));
  const stable = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k])]))
      : value;
  const parts = [context.project, context.ref, context.refType, context.defaultBranch, context.commitSha, context.pipelineUrl,
    context.scannedAt.toISOString(), file, packageManager, format, sorted.map(stable)];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** Time-ordered and unique: the time lets a later writer tell a crashed write's leftovers from a running one. */
export function newGeneration(now: Date): string {
  return `${now.getTime().toString(36).padStart(9, '0')}-${randomBytes(6).toString('hex')}`;
}

export function generationStartedAt(generation: string): number | null {
  const dash = generation.indexOf('-');
  const ms = dash > 0 ? parseInt(generation.slice(0, dash), 36) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

export function checksumTerms(checksums: Dependency['checksums']): string[] | null {
  if (!checksums) return null;
  return Object.keys(checksums)
    .sort()
    .map((algorithm) => `${algorithm}:${checksums[algorithm] ?? ''}`);
}

export function checksumsFromTerms(terms: readonly string[] | null | undefined): Record<string, string> | null {
  if (!terms) return null;
  const out: Record<string, string> = {};
  for (const term of terms) {
    const colon = term.indexOf(':');
    if (colon > 0) out[term.slice(0, colon)] = term.slice(colon + 1);
  }
  return out;
}

export interface SetPlace {
  readonly context: ScanContext;
  readonly setId: string;
  readonly file: string;
  readonly packageManager: string | null;
  readonly format: string;
}

export function dependencyDocument(
  place: SetPlace,
  dependency: Dependency,
  generation: string,
  remembered: Remembered | undefined,
): DependencyDocument {
  const { context } = place;
  const seenAt = context.scannedAt.toISOString();
  return {
    set_id: place.setId,
    project: context.project,
    project_namespaces: projectNamespaces(context.project),
    ref: context.ref,
    ref_type: context.refType,
    default_branch: context.defaultBranch,
    file: place.file,
    package_manager: place.packageManager,
    format: place.format,
    generation,
    purl: dependency.purl,
    package: {
      type: dependency.type,
      namespace: dependency.namespace,
      name: dependency.name,
      // The key both stores share (keys.ts): the ecosystem's canonical name, lower-cased.
      canonical_name: canonicalKey(dependency.type, dependency.namespace, dependency.name),
      short_name: shortKey(dependency.type, dependency.namespace, dependency.name),
    },
    version: dependency.version,
    development: dependency.development,
    optional: dependency.optional ?? null,
    introduced: dependency.introduced,
    licenses: dependency.licenses,
    license_keys: licenseKeys(dependency.licenses),
    checksums: checksumTerms(dependency.checksums),
    source: dependency.source,
    // Advisory ids arrive with the metadata sync (DESIGN.md 8); the field exists so Kibana can filter on it.
    vulnerabilities: [],
    created_at: remembered?.createdAt ?? seenAt,
    first_commit_sha: remembered ? remembered.firstCommitSha : context.commitSha,
    last_seen_at: seenAt,
    commit_sha: context.commitSha,
    pipeline_url: context.pipelineUrl,
  };
}

export function storedDependency(doc: DependencyDocument): StoredDependency {
  return {
    purl: doc.purl,
    type: doc.package.type,
    namespace: doc.package.namespace,
    name: doc.package.name,
    version: doc.version,
    introduced: doc.introduced,
    development: doc.development,
    ...(doc.optional !== undefined && doc.optional !== null && { optional: doc.optional }),
    licenses: doc.licenses,
    checksums: checksumsFromTerms(doc.checksums),
    source: doc.source,
    createdAt: doc.created_at,
    firstCommitSha: doc.first_commit_sha,
    lastSeenAt: doc.last_seen_at,
  };
}
