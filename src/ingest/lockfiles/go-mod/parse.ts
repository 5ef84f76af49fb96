import type { ParsedDependency, ParseInput, ParseOutcome, Parser } from '../../parser.js';
import { golangPurl } from '../shared/golang-purl.js';
import { readGoSum } from '../go-sum/lines.js';
import { readGoMod, type Replace, type Require } from './directives.js';

export const parser = {
  id: 'go-mod',
  description: 'Go go.mod (with go.sum beside it for checksums)',
  capabilities: { edges: 'none', direct: true, development: false, checksums: true, sources: false, licenses: false },
  companions: ['go.sum'],
  detect: ({ text, json }) => json === undefined && firstDirective(text) === 'module',
  parse,
} satisfies Parser;

/** go.mod starts with its module directive (comments and blank lines aside). */
function firstDirective(text: string): string | null {
  for (const raw of text.slice(0, 4000).split('\n')) {
    const line = raw.trim();
    if (line.length === 0 || line.startsWith('//')) continue;
    return /^module[\s"]/.test(line) ? 'module' : null;
  }
  return null;
}

function parse({ text, path, companions }: ParseInput): ParseOutcome {
  const mod = readGoMod(text);
  if (mod.module === null) return { ok: false, error: 'no module directive: not a go.mod' };
  const problems = [...mod.problems];
  const notes: string[] = [];
  const sumText = companions.get('go.sum');
  const sums = sumText === undefined ? null : readGoSum(sumText).entries;
  if (sums === null) notes.push('no go.sum beside go.mod: checksums are unknown');

  // "path version" for a replace of one version, "path" for one of every version.
  const replaces = new Map<string, Replace>();
  for (const r of mod.replaces) replaces.set(r.oldVersion === null ? r.oldPath : `${r.oldPath} ${r.oldVersion}`, r);

  const dependencies: ParsedDependency[] = [];
  for (const req of mod.requires) {
    if (mod.excludes.has(`${req.path} ${req.version}`)) {
      problems.push({ place: `line ${req.line}`, message: `${req.path} ${req.version} is also excluded: Go builds a later version it picks itself, which go.mod does not name` });
      continue;
    }
    const built = applyReplace(req, replaces);
    if (built.version === null) {
      notes.push(`${req.path} is replaced by the directory ${built.path}: the project's own code, not listed`);
      continue;
    }
    const purl = golangPurl(built.path, built.version);
    if (!purl.ok) {
      problems.push({ place: `line ${req.line}`, message: purl.error });
      continue;
    }
    // go.sum's h1 hash, kept as written (base64 of Go's dirhash): see the go-sum README.
    const zip = sums?.get(`${built.path} ${built.version}`)?.zip ?? null;
    dependencies.push({
      ref: `${req.path}@${req.version}`,
      purl: purl.value,
      direct: !req.indirect,
      development: null,
      licenses: null,
      checksums: zip ? { 'go-h1': zip } : null,
      source: null,
    });
  }
  return { ok: true, value: { sets: [{ file: path, packageManager: 'go', dependencies, edges: [] }], problems, notes } };
}

/** A replace of this exact version wins over one for every version (the go command's rule). */
function applyReplace(req: Require, replaces: ReadonlyMap<string, Replace>): { path: string; version: string | null } {
  const r = replaces.get(`${req.path} ${req.version}`) ?? replaces.get(req.path);
  return r ? { path: r.newPath, version: r.newVersion } : { path: req.path, version: req.version };
}
