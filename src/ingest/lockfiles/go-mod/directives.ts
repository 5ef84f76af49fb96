import type { Problem } from '../../../model/problem.js';

export interface Require {
  readonly path: string;
  readonly version: string;
  readonly indirect: boolean;
  readonly line: number;
}

export interface Replace {
  readonly oldPath: string;
  /** null: every version of oldPath. */
  readonly oldVersion: string | null;
  readonly newPath: string;
  /** null: a local directory replaces the module. */
  readonly newVersion: string | null;
}

export interface GoMod {
  readonly module: string | null;
  readonly requires: Require[];
  readonly replaces: Replace[];
  /** "path version" pairs. */
  readonly excludes: Set<string>;
  readonly problems: Problem[];
}

/** The go.mod grammar: a verb and its arguments, or "verb (" ... ")" blocks of argument lines; "//" comments. */
export function readGoMod(text: string): GoMod {
  const result: GoMod = { module: null, requires: [], replaces: [], excludes: new Set(), problems: [] };
  let block: string | null = null;
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const { code, comment } = splitComment(raw);
    if (code.length === 0) continue;
    if (block !== null) {
      if (code === ')') block = null;
      else directive(block, code, comment, lineNo, result);
      continue;
    }
    const space = code.search(/\s/);
    const verb = space < 0 ? code : code.slice(0, space);
    const rest = space < 0 ? '' : code.slice(space).trim();
    if (rest === '(') block = verb;
    else directive(verb, rest, comment, lineNo, result);
  }
  return result;
}

function directive(verb: string, args: string, comment: string, line: number, into: GoMod): void {
  const tokens = args.split(/\s+/).filter((t) => t.length > 0).map(unquote);
  const bad = (what: string) => into.problems.push({ place: `line ${line}`, message: `cannot read this ${verb} line: ${what}` });
  switch (verb) {
    case 'module':
      (into as { module: string | null }).module = tokens[0] ?? null;
      return;
    case 'require': {
      const [path, version] = tokens;
      if (tokens.length !== 2 || !path || !version) return void bad('expected "<module> <version>"');
      // "// indirect" marks a module no package of this module imports; "indirect; other text" counts too.
      into.requires.push({ path, version, indirect: /^indirect(?:;|$)/.test(comment), line });
      return;
    }
    case 'exclude': {
      const [path, version] = tokens;
      if (tokens.length !== 2 || !path || !version) return void bad('expected "<module> <version>"');
      into.excludes.add(`${path} ${version}`);
      return;
    }
    case 'replace': {
      const arrow = tokens.indexOf('=>');
      const left = tokens.slice(0, arrow);
      const right = tokens.slice(arrow + 1);
      const [oldPath, oldVersion] = left;
      const [newPath, newVersion] = right;
      if (arrow < 0 || !oldPath || left.length > 2 || !newPath || right.length > 2) return void bad('expected "<module> [version] => <module> <version>" or "=> <directory>"');
      into.replaces.push({ oldPath, oldVersion: oldVersion ?? null, newPath, newVersion: newVersion ?? null });
      return;
    }
    default:
      // go, toolchain, retract, godebug, tool, ignore: nothing to do with which modules are built.
      return;
  }
}

function splitComment(raw: string): { code: string; comment: string } {
  const at = raw.indexOf('//');
  if (at < 0) return { code: raw.trim(), comment: '' };
  return { code: raw.slice(0, at).trim(), comment: raw.slice(at + 2).trim() };
}

function unquote(token: string): string {
  if (token.length >= 2 && ((token.startsWith('"') && token.endsWith('"')) || (token.startsWith('`') && token.endsWith('`')))) return token.slice(1, -1);
  return token;
}
