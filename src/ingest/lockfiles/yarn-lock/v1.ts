import { checksumsFromIntegrity, type Checksums } from '../../../model/checksum.js';
import type { Problem } from '../../../model/problem.js';
import { splitNameAt } from '../shared/npm-purl.js';
import type { YarnEntry } from './entry.js';

interface RawEntry {
  readonly line: number;
  readonly descriptors: string[];
  readonly fields: Map<string, string>;
  readonly maps: Map<string, Map<string, string>>;
}

/**
 * yarn.lock v1 is yarn's own line format, not YAML: a header of comma-separated descriptors ending in ":",
 * then "  key value" fields and "  dependencies:" blocks of "    name range" lines.
 */
export function readV1(text: string): { entries: YarnEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const raw: RawEntry[] = [];
  let current: RawEntry | null = null;
  let block: Map<string, string> | null = null;
  let lineNo = 0;
  for (const rawLine of text.split('\n')) {
    lineNo++;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const trimmed = line.trim();
    if (trimmed.length === 0 || trimmed.startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (indent === 0) {
      block = null;
      if (!trimmed.endsWith(':')) {
        current = null;
        problems.push({ place: `line ${lineNo}`, message: 'expected an entry header ending in ":"' });
        continue;
      }
      current = { line: lineNo, descriptors: splitDescriptors(trimmed.slice(0, -1)), fields: new Map(), maps: new Map() };
      raw.push(current);
      continue;
    }
    if (!current) continue; // inside an entry whose header was already reported
    const pair = keyAndValue(trimmed);
    if (!pair) {
      problems.push({ place: `line ${lineNo}`, message: 'cannot read this line (an unclosed quote?)' });
      continue;
    }
    if (indent <= 2) {
      block = null;
      if (pair.value === null) current.maps.set(pair.key, (block = new Map()));
      else current.fields.set(pair.key, pair.value);
    } else if (block && pair.value !== null) {
      block.set(pair.key, pair.value);
    }
  }
  const entries: YarnEntry[] = [];
  for (const r of raw) {
    const entry = toEntry(r);
    if (typeof entry === 'string') problems.push({ place: `line ${r.line}`, message: entry });
    else entries.push(entry);
  }
  return { entries, problems };
}

function toEntry(r: RawEntry): YarnEntry | string {
  const first = r.descriptors[0];
  const split = first === undefined ? null : splitNameAt(first);
  if (!split) return `"${first ?? ''}" is not a package descriptor (name@range)`;
  const version = r.fields.get('version');
  if (!version) return `${split.name} has no version`;
  // An alias descriptor ("string-width-cjs@npm:string-width@^4") installs the package named after "npm:".
  const alias = split.rest.startsWith('npm:') ? splitNameAt(split.rest.slice(4)) : null;
  const resolved = r.fields.get('resolved') ?? null;
  const hash = resolved?.lastIndexOf('#') ?? -1;
  const checksums: Record<string, string> = {};
  const integrity = r.fields.get('integrity');
  const fromIntegrity: Checksums | null = integrity ? checksumsFromIntegrity(integrity) : null;
  if (fromIntegrity) Object.assign(checksums, fromIntegrity);
  // The fragment of a registry URL is the tarball's sha1 (yarn v1 wrote it before "integrity" existed).
  const fragment = resolved && hash > 0 ? resolved.slice(hash + 1) : '';
  if (/^[0-9a-f]{40}$/.test(fragment) && !resolved?.startsWith('git')) checksums.sha1 ??= fragment;
  const optional = r.maps.get('optionalDependencies') ?? new Map<string, string>();
  return {
    descriptors: r.descriptors,
    place: `line ${r.line}`,
    name: alias ? alias.name : split.name,
    version,
    local: null,
    checksums: Object.keys(checksums).length > 0 ? checksums : null,
    source: resolved && hash > 0 && fragment.length === 40 ? resolved.slice(0, hash) : resolved,
    dependencies: [...(r.maps.get('dependencies') ?? new Map<string, string>()), ...optional],
    optional: new Set(optional.keys()),
  };
}

/** `"a@^1", a@^2` -> ["a@^1", "a@^2"]. */
function splitDescriptors(header: string): string[] {
  const out: string[] = [];
  let pos = 0;
  while (pos < header.length) {
    while (header[pos] === ' ' || header[pos] === ',') pos++;
    if (pos >= header.length) break;
    if (header[pos] === '"') {
      const close = closingQuote(header, pos);
      const token = close < 0 ? header.slice(pos + 1) : unquote(header.slice(pos, close + 1));
      out.push(token);
      pos = close < 0 ? header.length : close + 1;
    } else {
      const comma = header.indexOf(',', pos);
      const end = comma < 0 ? header.length : comma;
      out.push(header.slice(pos, end).trim());
      pos = end;
    }
  }
  return out;
}

/** `key value`, `"key" "value"`, `key:` (a block follows: value null). */
function keyAndValue(content: string): { key: string; value: string | null } | null {
  let key: string;
  let rest: string;
  if (content.startsWith('"')) {
    const close = closingQuote(content, 0);
    if (close < 0) return null;
    key = unquote(content.slice(0, close + 1));
    rest = content.slice(close + 1);
  } else {
    const space = content.indexOf(' ');
    key = space < 0 ? content : content.slice(0, space);
    rest = space < 0 ? '' : content.slice(space);
  }
  if (key.endsWith(':') && !content.startsWith('"')) key = key.slice(0, -1);
  rest = rest.trim();
  if (rest.startsWith(':')) rest = rest.slice(1).trim();
  if (rest.length === 0) return { key, value: null };
  if (rest.startsWith('"')) {
    const close = closingQuote(rest, 0);
    if (close < 0) return null;
    return { key, value: unquote(rest.slice(0, close + 1)) };
  }
  return { key, value: rest };
}

function closingQuote(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}

function unquote(quoted: string): string {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : quoted.slice(1, -1);
  } catch {
    return quoted.slice(1, -1);
  }
}
