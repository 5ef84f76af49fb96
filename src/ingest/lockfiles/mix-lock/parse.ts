import type { ParsedDependency, Parser } from '../../parser.js';
import type { Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { isPlausibleDigest } from '../../../model/checksum.js';
import type { Result } from '../../../model/result.js';
import { printable } from '../../describe-unknown.js';
import { TermError, TermReader, type Term } from './terms.js';

const str = (t: Term | undefined): string | null => (t?.t === 'string' ? t.v : null);
const atom = (t: Term | undefined): string | null => (t?.t === 'atom' ? t.v : null);
/** `optional: true` in a dependency's options: mix does not lock it unless something else needs it. */
function isOptional(options: Term | undefined): boolean {
  if (options?.t !== 'list') return false;
  return options.items.some((i) => i.t === 'tuple' && i.items.length === 2 && atom(i.items[0]) === 'optional' && atom(i.items[1]) === 'true');
}

interface Locked {
  readonly app: string;
  readonly line: number;
  readonly purl: Result<string>;
  readonly checksum: string | null;
  readonly source: string | null;
  /** App names of its dependencies. */
  readonly needs: readonly { readonly app: string; readonly optional: boolean }[];
}

/** {:hex, :pkg, "1.0.0", inner, managers, deps, "hexpm", outer} or {:git, "url", "sha", opts}. */
function readEntry(app: string, value: Term, line: number): Locked | string {
  if (value.t !== 'tuple') return 'is not a tuple';
  const [kind, ...rest] = value.items;
  if (atom(kind) === 'hex') {
    const [pkg, version, , , deps, repo, outer] = rest;
    const name = atom(pkg);
    const v = str(version);
    if (name === null || v === null) return 'is not {:hex, :name, "version", …}';
    const repository = str(repo) ?? 'hexpm';
    // A private organisation's packages are in "hexpm:org": the purl spec puts the organisation in the namespace.
    const org = /^hexpm:(.+)$/.exec(repository)?.[1] ?? null;
    const needs = deps?.t === 'list' ? deps.items.flatMap((d) => (d.t === 'tuple' && atom(d.items[0]) !== null ? [{ app: atom(d.items[0]) as string, optional: isOptional(d.items[2]) }] : [])) : [];
    const checksum = str(outer)?.toLowerCase() ?? null;
    return { app, line, purl: buildPurl('hex', org, name, v), checksum, source: repository === 'hexpm' ? 'https://repo.hex.pm' : repository, needs };
  }
  if (atom(kind) === 'git') {
    const [url, sha] = rest;
    const u = str(url);
    const commit = str(sha);
    if (u === null || commit === null) return 'is not {:git, "url", "commit", …}';
    const github = /github\.com[/:]([^/]+)\/([^/]+?)(?:\.git)?$/.exec(u);
    const purl = github ? buildPurl('github', github[1], github[2] as string, commit) : buildPurl('generic', null, app, commit, { vcs_url: `git+${u}@${commit}` });
    return { app, line, purl, checksum: null, source: `git+${u}#${commit}`, needs: [] };
  }
  return `has an unknown source ${kind?.t === 'atom' ? ':' + kind.v : ''}`;
}

export const parser = {
  id: 'mix-lock',
  description: 'Elixir mix.lock',
  capabilities: { edges: 'complete', direct: false, development: false, checksums: true, sources: true, licenses: false },
  detect: ({ text, json }) => json === undefined && /^%\{\s*"[\w.-]+"\s*(:|=>)\s*\{:(hex|git|path),/.test(text.slice(0, 1024)),
  parse: ({ text, path }) => {
    const problems: Problem[] = [];
    const locked = new Map<string, Locked>();
    text.split('\n').forEach((raw, index) => {
      // mix writes one entry per line: `%{"a": {…},`, `  "b": {…},`, …, `  "z": {…}}`
      let line = raw.trim();
      if (index === 0 && line.startsWith('%{')) line = line.slice(2).trim();
      if (line.length === 0 || line === '}') return;
      const place = `line ${index + 1}`;
      try {
        const reader = new TermReader(line);
        const [key, value] = reader.mapEntry();
        const rest = line.slice(reader.position).trim();
        if (rest !== '' && rest !== ',' && rest !== '}' && rest !== ',}') throw new TermError(`unexpected "${printable(rest, 20)}" after the entry`);
        const app = str(key) ?? '';
        const entry = readEntry(app, value, index + 1);
        if (typeof entry === 'string') problems.push({ place, message: `"${printable(app, 60)}" ${entry}` });
        else locked.set(app, entry);
      } catch (e) {
        if (!(e instanceof TermError)) throw e;
        problems.push({ place, message: `not a mix.lock entry: ${e.message}` });
      }
    });
    const dependencies: ParsedDependency[] = [];
    const edges: [string, string][] = [];
    for (const entry of locked.values()) {
      if (!entry.purl.ok) {
        problems.push({ place: `line ${entry.line}`, message: entry.purl.error });
        continue;
      }
      let checksums: Record<string, string> | null = null;
      if (entry.checksum !== null) {
        if (isPlausibleDigest('sha256', entry.checksum)) checksums = { sha256: entry.checksum };
        else problems.push({ place: `line ${entry.line}`, message: `"${entry.app}" has an outer checksum that is not a SHA-256 digest` });
      }
      dependencies.push({ ref: entry.app, purl: entry.purl.value, direct: null, development: null, licenses: null, checksums, source: entry.source });
      for (const need of entry.needs) {
        if (locked.has(need.app)) edges.push([entry.app, need.app]);
        else if (!need.optional) problems.push({ place: `line ${entry.line}`, message: `"${entry.app}" depends on "${need.app}", which is not in the lock file` });
      }
    }
    return { ok: true, value: { sets: [{ file: path, packageManager: 'mix', dependencies, edges }], problems } };
  },
} satisfies Parser;
