import type { Problem } from '../../../model/problem.js';

export interface Spec {
  readonly kind: 'GEM' | 'GIT' | 'PATH' | 'PLUGIN SOURCE';
  readonly name: string;
  readonly version: string;
  /** "x86_64-linux" for "nokogiri (1.15.0-x86_64-linux)"; null for the plain ruby platform. */
  readonly platform: string | null;
  /** The section's remote: a gem server, a git repository, or a local path for PATH. */
  readonly remote: string | null;
  readonly line: number;
  /** Names of the gems this one depends on. */
  readonly needs: string[];
}

export interface Lockfile {
  readonly specs: Spec[];
  /** Names under DEPENDENCIES: what the Gemfile declares; null when the file has no DEPENDENCIES section. */
  readonly direct: string[] | null;
  /** "name version[-platform]" -> checksums, from the CHECKSUMS section of Bundler 2.5+. */
  readonly checksums: Map<string, Record<string, string>>;
  readonly problems: Problem[];
}

const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);

/** Bundler's lock is indentation-based: sections at column 0, "  key: value", "    spec (v)", "      dep (req)". */
export function readLockfile(text: string): Lockfile {
  const specs: Spec[] = [];
  const direct: string[] = [];
  let sawDependencies = false;
  const checksums = new Map<string, Record<string, string>>();
  const problems: Problem[] = [];
  let section = '';
  let remote: string | null = null;
  let current: Spec | null = null;
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim().length === 0) continue;
    const indent = line.length - line.trimStart().length;
    const content = line.slice(indent);
    if (indent === 0) {
      section = content;
      if (section === 'DEPENDENCIES') sawDependencies = true;
      remote = null;
      current = null;
      continue;
    }
    if (SOURCE_SECTIONS.has(section)) {
      if (indent === 2) {
        if (content.startsWith('remote: ')) remote = content.slice(8).trim();
        continue;
      }
      const parsed = nameAndParens(content);
      if (!parsed) {
        problems.push({ place: `line ${lineNo}`, message: `cannot read "${clip(content)}" as "name (version)"` });
        continue;
      }
      if (indent === 4) {
        if (parsed.inside === null) {
          problems.push({ place: `line ${lineNo}`, message: `${parsed.name} has no version` });
          current = null;
          continue;
        }
        // Bundler's own rule: the version ends at the first "-"; what follows is the platform.
        const dash = parsed.inside.indexOf('-');
        current = {
          kind: section as Spec['kind'],
          name: parsed.name,
          version: dash < 0 ? parsed.inside : parsed.inside.slice(0, dash),
          platform: dash < 0 ? null : parsed.inside.slice(dash + 1),
          remote,
          line: lineNo,
          needs: [],
        };
        specs.push(current);
      } else if (indent === 6 && current) {
        current.needs.push(parsed.name);
      }
    } else if (section === 'DEPENDENCIES' && indent === 2) {
      const parsed = nameAndParens(content.endsWith('!') ? content.slice(0, -1) : content);
      if (parsed) direct.push(parsed.name);
      else problems.push({ place: `line ${lineNo}`, message: `cannot read "${clip(content)}" as a dependency` });
    } else if (section === 'CHECKSUMS' && indent === 2) {
      const close = content.indexOf(') ');
      const parsed = close > 0 ? nameAndParens(content.slice(0, close + 1)) : null;
      if (!parsed?.inside) continue; // path and git gems are listed without a checksum
      const sums: Record<string, string> = {};
      for (const pair of content.slice(close + 2).split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0) sums[pair.slice(0, eq).trim().toLowerCase()] = pair.slice(eq + 1).trim().toLowerCase();
      }
      if (Object.keys(sums).length > 0) checksums.set(`${parsed.name} ${parsed.inside}`, sums);
    }
  }
  return { specs, direct: sawDependencies ? direct : null, checksums, problems };
}

/** "name (inside)" or "name"; null when the line is neither. Linear: no regex over the line. */
function nameAndParens(content: string): { name: string; inside: string | null } | null {
  const open = content.indexOf(' (');
  if (open < 0) return /\s/.test(content) || content.length === 0 ? null : { name: content, inside: null };
  if (!content.endsWith(')')) return null;
  const name = content.slice(0, open);
  if (name.length === 0 || /\s/.test(name)) return null;
  return { name, inside: content.slice(open + 2, -1).trim() };
}

function clip(text: string): string {
  return text.length > 80 ? text.slice(0, 80) + '…' : text;
}
