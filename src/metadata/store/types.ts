import type { Result } from '../../model/result.js';
import type { Checkpoint } from '../checkpoints/plan.js';
import type { Advisory, AdvisoryRecord, AffectedPackage, CveEnrichment, LicenseRecord } from '../records/types.js';

/** A package as the metadata store keys it: purl type and the key of its name (match/package-key.ts). */
export interface PackageKey {
  readonly type: string;
  readonly key: string;
}

export const packageKeyText = (k: PackageKey): string => `${k.type}\u0000${k.key}`;

/** The text form of an affected package's versions: a PMDB range, or OSV `ranges`/`versions` as JSON. */
export interface VersionsText {
  readonly kind: 'pmdb' | 'osv';
  readonly text: string;
}

export function versionsText(pkg: AffectedPackage): VersionsText {
  return pkg.versions.kind === 'pmdb' ? { kind: 'pmdb', text: pkg.versions.range } : { kind: 'osv', text: JSON.stringify(pkg.versions.affected) };
}

/**
 * One stored affected package as matching first sees it: what the version test needs, as columns. The package
 * and its advisory are read (`details`) only for the rows that match, few among the candidates of a scan.
 */
export interface StoredAffected {
  /** The store's handle of the row, for `details` (which says whose advisory it is). */
  readonly ref: number;
  readonly type: string;
  readonly distro: string | null;
  readonly versions: VersionsText;
}

/**
 * Called with the place of a row's key in the keys asked and the row's columns (a StoredAffected taken apart: the
 * type is the key's); rows of one key come in the store's order. Columns, not an object: most candidates do not
 * match, and are let go without one.
 */
export type AffectedVisitor = (place: number, ref: number, distro: string | null, kind: VersionsText['kind'], text: string) => void;

export interface AffectedDetails {
  readonly advisory: Advisory;
  readonly pkg: AffectedPackage;
}

/**
 * What matching reads from the metadata, asked once per scan for all its names (never per dependency), so a
 * scan of 50,000 dependencies makes a handful of queries whatever the size of the advisory data.
 */
export interface MetadataLookup {
  /** Keyed by packageKeyText; withdrawn advisories are left out. */
  affectedFor(keys: readonly PackageKey[]): Promise<ReadonlyMap<string, readonly StoredAffected[]>>;
  /**
   * Optional: the same rows as `affectedFor`, each handed to `visit` with the place of its key in `keys` (keys are
   * distinct), a few thousand names at a time. The matcher tests each row as it comes and keeps only the few
   * that match: a scan of 50,000 names never holds all its candidates, and builds no map keyed by text. A store
   * without it is asked `affectedFor`, with the same findings.
   */
  affectedEach?(keys: readonly PackageKey[], visit: AffectedVisitor): Promise<void>;
  /**
   * Optional: a test in memory that rules a name out before it is keyed, placed or asked for (false: the type has
   * no affected row for this key; true: it may have). In a large lock file most packages never had an advisory:
   * matching then builds its key index and chains for the few that may have (match.ts). Never false for a name
   * with rows at the time it was read; a sync that lands between it and the rows' read may add advisories the
   * scan does not see, as if it had run a moment earlier (the next scan or `depindex rescan` sees them).
   */
  candidateFilter?(): Promise<(type: string, key: string) => boolean>;
  /** The packages and advisories of the rows that matched, by `ref`, in one go. */
  details(refs: readonly number[]): Promise<ReadonlyMap<number, AffectedDetails>>;
  /** Keyed by packageKeyText. */
  licensesFor(keys: readonly PackageKey[]): Promise<ReadonlyMap<string, LicenseRecord>>;
  /**
   * Optional: which of these package types have any licence data, when the store can say so cheaply. A scan of
   * types none was synced for then skips the keys and the lookup (many sync advisories only).
   */
  licensedTypes?(types: readonly string[]): Promise<ReadonlySet<string>>;
  /** Keyed by upper-case CVE id. */
  enrichmentFor(cveIds: readonly string[]): Promise<ReadonlyMap<string, CveEnrichment>>;
}

/** What one file (or one batch of OSV records) brings; written with its checkpoint in one transaction. */
export interface IngestBatch {
  readonly advisories: readonly AdvisoryRecord[];
  readonly licenses: readonly LicenseRecord[];
  readonly enrichment: readonly CveEnrichment[];
  readonly checkpoint: Checkpoint | null;
}

export interface MetadataCounts {
  readonly advisories: number;
  readonly affectedPackages: number;
  readonly licenses: number;
  readonly cveEnrichment: number;
}

export interface MetadataStatus {
  readonly checkpoints: readonly Checkpoint[];
  readonly counts: MetadataCounts;
}

export interface MetadataStore extends MetadataLookup {
  readonly location: string;
  checkpoints(): Promise<Result<Checkpoint[]>>;
  ingest(batch: IngestBatch): Promise<Result<void>>;
  status(): Promise<Result<MetadataStatus>>;
  /** Advisories whose id or alias is this (case-insensitive), with their affected packages. */
  advisoriesById(idOrAlias: string): Promise<Result<AdvisoryRecord[]>>;
  /** A counter raised by every ingest; advisories remember the one that last wrote them (rescan). */
  revision(): Promise<Result<number>>;
  /** Packages of advisories written after `revision` (rescan: what changed since a set was last evaluated). */
  changedSince(revision: number): Promise<Result<PackageKey[]>>;
  close(): Promise<void>;
}

/** How a `--store` value's metadata side is opened (store/open.ts; the Elasticsearch side takes the same). */
export interface OpenMetadataOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Readers pass false: a missing SQLite file is an error, not a new empty store. */
  readonly create?: boolean;
}
