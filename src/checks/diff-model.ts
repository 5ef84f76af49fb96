import type { Dependency } from '../model/dependency.js';
import type { ContentChange } from './diff-content.js';

/** A dependency of the head side, with the path that brings it in when it is transient and the graph says. */
export interface DiffDependency extends Dependency {
  /** Names from an introduced dependency down to this one's parent ("express > body-parser"), when known. */
  readonly via: readonly string[] | null;
  /** What the GitLab DS reports of the two sides say about this row; absent when they report nothing for it. */
  readonly vulnerabilities?: RowVulnerabilities;
}

/** An advisory as a diff row shows it: its id (the CVE when it has one) and the report's severity. */
export interface RowAdvisory {
  readonly id: string;
  readonly severity: string | null;
}

/**
 * Reported vulnerabilities of a diff row (issue #15). `now`: reported for the dependency as it is after the change.
 * `new` / `fixed`: reported after and not before, before and not after; null when the base side's report is not
 * known (a base from the index keeps no report), so nothing is claimed to be new or fixed.
 */
export interface RowVulnerabilities {
  readonly now: readonly RowAdvisory[];
  readonly new: readonly RowAdvisory[] | null;
  readonly fixed: readonly RowAdvisory[] | null;
}

/** The same version on both sides whose checksum, source, licences or scope changed. */
export interface ContentChangeRow {
  readonly name: string;
  readonly type: string;
  readonly version: string;
  readonly changes: readonly ContentChange[];
  /** The dependency as it is now. */
  readonly dependency: DiffDependency;
}

export type Direction = 'upgrade' | 'downgrade' | 'changed';

export interface VersionChange {
  readonly name: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  /** `changed` only where the ecosystem's version order is not supported, so no direction can be told. */
  readonly direction: Direction;
  /** The dependency as it is now. */
  readonly dependency: DiffDependency;
}

export interface FileDiff {
  readonly file: string;
  readonly added: readonly DiffDependency[];
  readonly removed: readonly DiffDependency[];
  readonly changed: readonly VersionChange[];
  /** Same version, other content (diff-content.ts); the diff JSON lists them under `changed` with `what`. */
  readonly modified: readonly ContentChangeRow[];
}

export interface DependencyDiff {
  /** The target's name, for messages ("main", or "base reports"). */
  readonly target: string;
  /** False when the target was never scanned: nothing is compared, rather than everything reported as added. */
  readonly targetKnown: boolean;
  /** `changed`: same-version content changes (`modified` rows); version changes count as up- or downgrades. */
  readonly summary: DiffSummary;
  readonly files: readonly FileDiff[];
  /**
   * Inputs of either side that could not be read. Such a side is never compared: a head file without the base
   * it would pair with is left out (not "all added"), and a base file without its head is left out (not "all
   * removed"). Empty or absent: the comparison is complete.
   */
  readonly unread?: readonly UnreadInput[];
}

export interface DiffSummary {
  readonly added: number;
  readonly removed: number;
  readonly upgraded: number;
  readonly downgraded: number;
  readonly changed: number;
}

export interface UnreadInput {
  readonly side: 'base' | 'head';
  readonly file: string;
  readonly message: string;
}

export function isEmptyDiff(diff: DependencyDiff): boolean {
  return diff.files.every((f) => f.added.length === 0 && f.removed.length === 0 && f.changed.length === 0 && f.modified.length === 0);
}
