import type { MavenArtifact } from '../maven-coordinates/maven-purl.js';

/** A line of `mvn dependency:tree` text output, taken apart. */
export type TreeLine =
  | { readonly kind: 'root' }
  | { readonly kind: 'node'; readonly depth: number; readonly artifact: MavenArtifact; readonly scope: string }
  /** verbose mode's "(g:a:jar:1.0:compile - omitted for duplicate)": a node Maven did not keep. */
  | { readonly kind: 'omitted'; readonly depth: number }
  | { readonly kind: 'bad'; readonly depth: number; readonly reason: string }
  | { readonly kind: 'other' };

/** "[INFO] " (console capture) and Windows line ends are not part of the tree. */
export function stripLogPrefix(raw: string): string {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  return line.startsWith('[INFO] ') ? line.slice(7) : line === '[INFO]' ? '' : line;
}

/** Four to six colon-separated parts, then the end or a space; one regular expression pass, no backtracking across parts. */
const COORDINATES = /^([^\s:()]+):([^\s:()]+):([^\s:()]+):([^\s:()]+)(?::([^\s:()]+))?(?::([^\s:()]+))?(?: |$)/;

/**
 * Coordinates as the plugin prints them: groupId:artifactId:type[:classifier]:version:scope for a dependency,
 * groupId:artifactId:type[:classifier]:version for the module itself. Anything after the first space is an
 * annotation ("(optional)", "(version managed from 1.0)") and is dropped.
 */
function readCoordinates(text: string, withScope: boolean): { artifact: MavenArtifact; scope: string } | null {
  const m = COORDINATES.exec(text);
  if (!m) return null;
  const parts = m.slice(1).filter((p): p is string => p !== undefined);
  if (withScope ? parts.length < 5 : parts.length > 5) return null;
  const scope = withScope ? (parts.pop() as string) : '';
  const [groupId, artifactId, type] = parts as [string, string, string];
  const version = parts[parts.length - 1] as string;
  const classifier = parts.length === 5 ? (parts[3] as string) : '';
  return { artifact: { groupId, artifactId, type, classifier, version }, scope };
}

/** Reads one line; `depth` counts from 1 for the module's own dependencies. Linear in the line's length. */
export function readTreeLine(line: string): TreeLine {
  // The branch is preceded by 3-character columns, "|  " or "   ".
  let i = 0;
  while (line.startsWith('|  ', i) || line.startsWith('   ', i)) i += 3;
  if (line.startsWith('+- ', i) || line.startsWith('\\- ', i)) {
    const depth = i / 3 + 1;
    const rest = line.slice(i + 3);
    if (rest.startsWith('(')) return { kind: 'omitted', depth };
    const read = readCoordinates(rest, true);
    return read ? { kind: 'node', depth, ...read } : { kind: 'bad', depth, reason: 'is not "groupId:artifactId:type[:classifier]:version:scope"' };
  }
  if (i === 0 && readCoordinates(line, false) !== null) return { kind: 'root' };
  return { kind: 'other' };
}
