import type { Finding } from '../../model/finding.js';
import type { Result } from '../../model/result.js';

export interface SetKey {
  readonly project: string;
  readonly ref: string;
  readonly file: string;
}

export interface RefKey {
  readonly project: string;
  readonly ref: string;
}

/** What a rescan tells people: one line of `--notify-jsonl`, one element of a webhook's list. */
export interface Notification {
  readonly kind: 'new' | 'updated' | 'fixed-available';
  readonly project: string;
  readonly ref: string;
  readonly file: string;
  readonly purl: string;
  readonly advisory: string;
  readonly severity: string;
}

/**
 * Where a rescan keeps its findings and how far each set was evaluated: store-sink.ts, over the index's findings
 * store and a RescanProgress.
 */
export interface FindingSink {
  /** How far the set was evaluated (as `previous`, without reading its findings): most sets are up to date. */
  evaluated(set: SetKey): Promise<Result<{ revision: number; scannedAt: string | null }>>;
  /**
   * The metadata revision the set was last evaluated at (0: never), the scan of the set it evaluated
   * (`scannedAt`), and its vulnerability findings then.
   */
  previous(set: SetKey): Promise<Result<{ revision: number; scannedAt: string | null; findings: Finding[] }>>;
  /**
   * Replaces the set's vulnerability findings, revision and scan time; the writes may wait for a later `record`
   * or `flush`, the findings always written before the revision that says they were evaluated.
   */
  record(set: SetKey, revision: number, scannedAt: string, findings: readonly Finding[]): Promise<Result<void>>;
  /** The set was evaluated and its findings stay as they are: only how far it was evaluated changes. */
  unchanged(set: SetKey, revision: number, scannedAt: string): Promise<Result<void>>;
  /** Makes every write `record` left waiting; a rescan's last call. */
  flush(): Promise<Result<void>>;
}

export interface ProgressEntry {
  readonly set: SetKey;
  readonly revision: number;
  readonly scannedAt: string;
}

/** How far each set was evaluated: the metadata revision and the scan of the set it evaluated (null: never). */
export interface RescanProgress {
  evaluated(set: SetKey): Promise<Result<{ revision: number; scannedAt: string | null }>>;
  save(set: SetKey, revision: number, scannedAt: string): Promise<Result<void>>;
  /** As `save` for each, in one write where the store allows (absent: `save` one by one). */
  saveMany?(entries: readonly ProgressEntry[]): Promise<Result<void>>;
}

/** The stored (project, ref) pairs in a scope. */
export interface RefLister {
  list(scope: RescanScope): Promise<Result<RefKey[]>>;
  /**
   * Every stored set holding a dependency of these packages, when the lister can tell without loading the sets
   * (SQLite: from the index's name keys); absent, a rescan loads each set to see.
   */
  setsHolding?(packages: readonly PackageNames[]): Promise<Result<SetKey[]>>;
}

/** Packages of a type by their stored name keys (store/keys.ts canonicalKey); null: any package of the type. */
export interface PackageNames {
  readonly type: string;
  readonly nameKeys: readonly string[] | null;
}

export interface RescanScope {
  readonly project?: string;
  readonly group?: string;
  readonly ref?: string;
  readonly defaultBranchOnly?: boolean;
}
