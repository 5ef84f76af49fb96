/** A line of `gradle dependencies` output, taken apart. */
export type GradleLine =
  | { readonly kind: 'configuration'; readonly name: string; readonly unresolvable: boolean }
  | { readonly kind: 'node'; readonly depth: number; readonly node: GradleNode }
  | { readonly kind: 'project'; readonly depth: number }
  /** `(c)` constraints and `(n)` declarations: not resolved dependencies. */
  | { readonly kind: 'skip'; readonly depth: number }
  | { readonly kind: 'bad'; readonly depth: number; readonly reason: string }
  | { readonly kind: 'other' };

export interface GradleNode {
  readonly group: string;
  readonly name: string;
  /** The version Gradle selected: after `->` when conflict resolution or a substitution changed it. */
  readonly version: string;
  /** `(*)`: listed before; its subtree is not repeated. */
  readonly repeated: boolean;
}

const MODULE = /^([^\s:]+):([^\s:]+)(?::([^\s]+))?$/;

/**
 * The text after the branch: `group:name:version`, `group:name:requested -> selected`, `group:name -> selected`,
 * `group:name:version -> other.group:other-name:version` (substitution), `{strictly 1.0}` requests, then markers
 * `(*)`, `(c)`, `(n)`, ` FAILED`.
 */
function readNode(text: string): GradleNode | 'skip' | string {
  let body = text.trimEnd();
  let repeated = false;
  for (;;) {
    if (body.endsWith(' (*)')) {
      repeated = true;
      body = body.slice(0, -4);
    } else if (body.endsWith(' (c)') || body.endsWith(' (n)')) {
      return 'skip';
    } else if (body.endsWith(' FAILED')) {
      return 'could not be resolved (FAILED)';
    } else if (/ \([a-z ]+\)$/.test(body)) {
      body = body.slice(0, body.lastIndexOf(' ('));
    } else break;
  }
  const arrow = body.indexOf(' -> ');
  const requested = arrow === -1 ? body : body.slice(0, arrow);
  const selected = arrow === -1 ? null : body.slice(arrow + 4).trim();
  const first = /^([^\s:]+):([^\s:]+)(?::(.+))?$/.exec(requested);
  if (!first) return 'is not "group:name:version"';
  let [group, name, version] = [first[1] as string, first[2] as string, first[3] ?? ''];
  if (selected !== null) {
    const substituted = MODULE.exec(selected);
    if (selected.includes(':') && substituted) {
      [group, name, version] = [substituted[1] as string, substituted[2] as string, substituted[3] ?? ''];
    } else version = selected;
  }
  if (version.length === 0 || /[\s{}[\]()]/.test(version) || version.includes('+')) return 'has no resolved version';
  return { group, name, version, repeated };
}

/** Reads one line; `depth` counts from 1 for a configuration's own dependencies. */
export function readGradleLine(raw: string): GradleLine {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  // The branch is preceded by 5-character columns, "|    " or "     ".
  let i = 0;
  while (line.startsWith('|    ', i) || line.startsWith('     ', i)) i += 5;
  if (line.startsWith('+--- ', i) || line.startsWith('\\--- ', i)) {
    const depth = i / 5 + 1;
    const rest = line.slice(i + 5);
    if (rest.startsWith('project ')) return { kind: 'project', depth };
    const node = readNode(rest);
    if (node === 'skip') return { kind: 'skip', depth };
    return typeof node === 'string' ? { kind: 'bad', depth, reason: node } : { kind: 'node', depth, node };
  }
  // "runtimeClasspath - Runtime classpath of source set 'main'." or a bare name ("interlokRuntime").
  const header = /^([A-Za-z_][\w-]*)(?: - .*)?$/.exec(line);
  if (header) return { kind: 'configuration', name: header[1] as string, unresolvable: line.endsWith(' (n)') };
  return { kind: 'other' };
}
