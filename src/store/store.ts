import type { Dependency } from '../model/dependency.js';
import type { DependencyGraph, DependencySet } from '../model/dependency-set.js';
import type { Finding, FindingKind, Severity } from '../model/finding.js';
import type { Result } from '../model/result.js';

/** Where a scan comes from (DESIGN.md 4): the project by full path, and the ref. */
export interface ScanContext {
  /** Full path: "group/subgroup/project" (GitLab) or "owner/repo" (GitHub). */
  readonly project: string;
  readonly ref: string;
  readonly refType: 'branch' | 'tag';
  readonly defaultBranch: boolean;
  readonly commitSha: string | null;
  readonly pipelineUrl: string | null;
  readonly scannedAt: Date;
}

/** One dependency set to write: keyed by (project, ref, file). */
export interface SetToWrite {
  readonly file: string;
  readonly packageManager: string | null;
  readonly format: string;
  readonly dependencies: readonly Dependency[];
  /** Its edges, stored with it (issue 15) so `why` and `introducedBy` answer from the index; none when absent. */
  readonly graph?: DependencyGraph;
}

export interface StoredDependency extends Dependency {
  /** First time this version was seen in this set; kept on upsert (DESIGN.md 6). ISO 8601. */
  readonly createdAt: string;
  readonly firstCommitSha: string | null;
  readonly lastSeenAt: string;
}

export interface StoredSet {
  readonly project: string;
  readonly ref: string;
  readonly file: string;
  readonly packageManager: string | null;
  readonly format: string;
  readonly commitSha: string | null;
  readonly scannedAt: string;
  readonly dependencies: readonly StoredDependency[];
}

/** A stored set as a scan would build it (dependencies sorted by purl, with its graph), and when it was scanned. */
export interface SetWithGraph extends DependencySet {
  readonly scannedAt: string;
}

export interface WriteSummary {
  readonly sets: number;
  readonly added: number;
  readonly kept: number;
  readonly removed: number;
  /** Files whose sets a complete write retired (sorted); absent for a partial write, which retires nothing. */
  readonly retired?: readonly string[];
  /** When the scan's findings were written with it (WriteOptions.findings). */
  readonly findings?: FindingsWriteSummary;
}

/** How a scan's sets relate to what the ref held before. */
export interface WriteOptions {
  /**
   * The scan is the whole picture of its ref (issue #15): sets of the ref whose file is not among these are
   * retired in the same write. Off, other files' sets are left as they are (`depindex scan --partial`).
   */
  readonly complete?: boolean;
  /**
   * The scan's findings, replacing the ref's (all of them on a complete write, those of this scan's files on a
   * partial one) in the same write: SQLite in the same transaction; Elasticsearch, on a complete write, published
   * by the same flip as the last set (elasticsearch/upsert.ts), so no reader and no crash sees the new sets with
   * the old findings or the other way round. A partial write on Elasticsearch writes them after the sets, as the
   * flip would hide the findings of the files it did not read.
   * A promise when the findings are still being made (vulnerabilities matched in another thread): SQLite writes the
   * sets meanwhile and the findings when they come, still in the one transaction; a rejection rolls all back.
   */
  readonly findings?: readonly Finding[] | Promise<readonly Finding[]>;
}

/** What `depindex prune` removes: one ref, or the refs not scanned since a time. */
export interface PruneRequest {
  readonly project?: string;
  readonly ref?: string;
  /** Refs whose latest scan of any file is before this. */
  readonly olderThan?: Date;
  readonly keepDefaultBranch?: boolean;
  readonly keepTags?: boolean;
  /** Only say what would be removed. */
  readonly dryRun?: boolean;
}

/** A ref that was (or, on a dry run, would be) removed, with what it held. */
export interface PrunedRef {
  readonly project: string;
  readonly ref: string;
  readonly refType: 'branch' | 'tag';
  readonly defaultBranch: boolean;
  readonly lastScannedAt: string;
  /** The dependency files of its sets, sorted. */
  readonly files: readonly string[];
}

export interface SearchQuery {
  /** Package name, matched on the ecosystem's canonical name, case-insensitive. */
  readonly name?: string;
  readonly type?: string;
  /** An exact version. */
  readonly version?: string;
  /** A range in the ecosystem's native syntax; needs `type`. */
  readonly versionRange?: string;
  readonly license?: string;
  /**
   * An advisory id or alias (CVE-..., GHSA-...): the dependencies it affects. Answered by searchByAdvisory
   * (metadata/search/advisory-search.ts) from the synced package metadata; `store.search` itself refuses it.
   */
  readonly advisory?: string;
  readonly addedSince?: Date;
  readonly excludeDevelopment?: boolean;
  readonly project?: string;
  /** Any namespace above a project: "group" or "group/subgroup". */
  readonly group?: string;
  readonly ref?: string;
  readonly defaultBranchOnly?: boolean;
  /**
   * Dependency files, by path in the project or glob ("web/yarn.lock", "**\/package.json"); a manifest also
   * finds its lock files (file-filter.ts).
   */
  readonly file?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface SearchHit {
  readonly project: string;
  readonly ref: string;
  readonly file: string;
  readonly purl: string;
  readonly type: string;
  /** As the dependency file writes it ("Django"), for display. */
  readonly name: string;
  /** The ecosystem's canonical name, lower-cased: what a name search matches ("django"). */
  readonly canonicalName: string;
  readonly version: string;
  readonly licenses: readonly string[] | null;
  readonly development: boolean | null;
  readonly introduced: boolean | null;
  readonly createdAt: string;
  readonly firstCommitSha: string | null;
  /**
   * The introduced dependencies that bring this one in, from the stored graph (graph/introduced-by.ts); only
   * when asked for (store/introduced-by.ts), as it reads each hit's set.
   */
  readonly introducedBy?: readonly string[] | null;
  /** The commit, pipeline and time of the scan that last wrote the hit's set. */
  readonly commit: string | null;
  readonly pipelineUrl: string | null;
  readonly scannedAt: string;
}

export interface SearchResult {
  readonly total: number;
  readonly hits: readonly SearchHit[];
  /** Sorted by count, highest first, then by project. */
  readonly byProject: readonly { readonly project: string; readonly count: number }[];
}

/** A finding as stored with its project and ref; `firstSeenAt` is kept across scans (DESIGN.md 6, 7). */
export interface StoredFinding extends Finding {
  readonly project: string;
  readonly ref: string;
  readonly firstSeenAt: string;
  readonly firstCommitSha: string | null;
  readonly lastSeenAt: string;
}

/** One ref's findings for Store.writeFindingsBatch: the arguments of writeFindings. */
export interface FindingsWrite {
  readonly context: ScanContext;
  readonly findings: readonly Finding[];
  readonly onlyFiles?: readonly string[];
}

export interface FindingsWriteSummary {
  readonly written: number;
  /** Findings not stored for this ref before. */
  readonly added: number;
  readonly removed: number;
}

/** `depindex findings`: the scope filters of SearchQuery, plus kind and severity. */
export interface FindingsQuery {
  readonly project?: string;
  readonly group?: string;
  readonly ref?: string;
  readonly defaultBranchOnly?: boolean;
  readonly kind?: FindingKind;
  readonly severity?: Severity;
  /** Suppressed findings are left out unless asked for. */
  readonly includeSuppressed?: boolean;
  readonly limit: number;
  readonly offset: number;
}

export interface FindingsResult {
  readonly total: number;
  /** Sorted by project, ref, severity (most severe first), kind, file, purl, id. */
  readonly hits: readonly StoredFinding[];
}

/**
 * The one store interface (DESIGN.md 6), implemented by sqlite/ and elasticsearch/.
 * Writing a scan replaces each given set with memory, whole or not at all from a reader's point of view.
 * Sets of the same project and ref that are not in the scan are retired by a complete write (WriteOptions), in
 * the same transaction, and left alone otherwise.
 */
export interface Store {
  /** A readable name for messages: "sqlite:.depindex/index.db", "https://es.example:9200". */
  readonly location: string;
  writeScan(context: ScanContext, sets: readonly SetToWrite[], options?: WriteOptions): Promise<Result<WriteSummary>>;
  /** Removes refs (their sets, dependencies and findings); sorted by project, then ref. Nothing to remove is ok([]). */
  prune(request: PruneRequest): Promise<Result<readonly PrunedRef[]>>;
  /** Every set of a project at a ref (for diffs and checks); empty when never scanned. */
  loadSets(project: string, ref: string): Promise<Result<readonly StoredSet[]>>;
  /**
   * Replaces the findings of a project and ref with these, keeping `firstSeenAt` of those stored before. A scan is
   * the complete picture of its ref, so findings not given are removed; `onlyFiles` (a partial scan) limits that
   * to findings of those dependency files, keeping the others.
   */
  writeFindings(context: ScanContext, findings: readonly Finding[], onlyFiles?: readonly string[]): Promise<Result<FindingsWriteSummary>>;
  /**
   * Several writeFindings, each as it alone would do, in one write where the store allows (SQLite: one
   * transaction; Elasticsearch: one after the other): a rescan's, where a commit per ref took most of its writing.
   */
  writeFindingsBatch(writes: readonly FindingsWrite[]): Promise<Result<FindingsWriteSummary[]>>;
  loadFindings(project: string, ref: string): Promise<Result<readonly StoredFinding[]>>;
  searchFindings(query: FindingsQuery): Promise<Result<FindingsResult>>;
  /**
   * The sets of a project at a ref with their stored graphs (one file when given), sorted by file; what `why`
   * and `introducedBy` walk. Empty when never scanned. A set written without edges has a graph with none.
   */
  loadGraphs(project: string, ref: string, file?: string): Promise<Result<readonly DependencySet[]>>;
  /**
   * One set of a project at a ref with its graph (as loadGraphs with `file`) and the time of the scan that wrote
   * it, read together; null when there is no such set. What a rescan evaluates, without reading the ref's other sets.
   */
  loadSet(project: string, ref: string, file: string): Promise<Result<SetWithGraph | null>>;
  /** The refs a project has sets at, sorted (the checks' history is every ref of the project). */
  listRefs(project: string): Promise<Result<readonly string[]>>;
  /** Hits sorted by project, ref, file, canonical name, version (as text); totals exact whatever the page. */
  search(query: SearchQuery): Promise<Result<SearchResult>>;
  close(): Promise<void>;
  /** Projects sorted by path, each with its refs and last scan (the index API's listing); totals exact. */
  listProjects(query: ProjectsQuery): Promise<Result<ProjectPage>>;
  /** The sets of a project at a ref without their dependencies, sorted by file; empty when never scanned. */
  listSets(project: string, ref: string): Promise<Result<readonly SetSummary[]>>;
}

/** A page of projects for `listProjects`; `group` keeps those under a namespace ("acme", "acme/web"). */
export interface ProjectsQuery {
  readonly group?: string;
  readonly limit: number;
  readonly offset: number;
}

/** One ref of a project as its sets say: the latest scan of any of its files, and what they hold. */
export interface RefSummary {
  readonly ref: string;
  readonly refType: 'branch' | 'tag';
  readonly defaultBranch: boolean;
  /** The commit of the latest scanned set. */
  readonly commitSha: string | null;
  readonly lastScannedAt: string;
  readonly sets: number;
  readonly dependencies: number;
}

export interface ProjectSummary {
  readonly project: string;
  readonly lastScannedAt: string;
  /** Sorted by ref. */
  readonly refs: readonly RefSummary[];
}

export interface ProjectPage {
  /** Every project the query matches, whatever the page. */
  readonly total: number;
  /** Sorted by project path. */
  readonly projects: readonly ProjectSummary[];
}

/** A set without its dependencies (what a listing shows); `dependencies` is their number. */
export interface SetSummary {
  readonly project: string;
  readonly ref: string;
  readonly file: string;
  readonly packageManager: string | null;
  readonly format: string;
  readonly refType: 'branch' | 'tag';
  readonly defaultBranch: boolean;
  readonly commitSha: string | null;
  readonly pipelineUrl: string | null;
  readonly scannedAt: string;
  readonly dependencies: number;
}
