import type { Dependency } from '../model/dependency.js';

/** A dependency of the head side, with the path that brings it in when it is transient and the graph says. */
export interface DiffDependency extends Dependency {
  /** Names from an introduced dependency down to this one's parent ("express > body-parser"), when known. */
  readonly via: readonly string[] | null;
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
}

export interface DependencyDiff {
  /** The target's name, for messages ("main", or "base reports"). */
  readonly target: string;
  /** False when the target was never scanned: nothing is compared, rather than everything reported as added. */
  readonly targetKnown: boolean;
  readonly summary: { readonly added: number; readonly removed: number; readonly upgraded: number; readonly downgraded: number };
  readonly files: readonly FileDiff[];
  /**
   * Inputs of either side that could not be read. Such a side is never compared: a head file without the base
   * it would pair with is left out (not "all added"), and a base file without its head is left out (not "all
   * removed"). Empty or absent: the comparison is complete.
   */
  readonly unread?: readonly UnreadInput[];
}

export interface UnreadInput {
  readonly side: 'base' | 'head';
  readonly file: string;
  readonly message: string;
}

export function isEmptyDiff(diff: DependencyDiff): boolean {
  return diff.files.every((f) => f.added.length === 0 && f.removed.length === 0 && f.changed.length === 0);
}
