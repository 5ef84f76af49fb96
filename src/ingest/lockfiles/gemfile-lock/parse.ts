import { buildPurl } from '../../../ecosystems/shared/purl.js';
import type { Problem } from '../../../model/problem.js';
import type { ParsedDependency, ParseInput, ParseOutcome, Parser } from '../../parser.js';
import { readLockfile, type Spec } from './sections.js';

export const parser = {
  id: 'gemfile-lock',
  description: 'Bundler Gemfile.lock',
  capabilities: { edges: 'complete', direct: true, development: false, checksums: true, sources: true, licenses: false },
  detect: ({ text, json }) => json === undefined && SOURCE_SECTION_START.test(text.trimStart()),
  parse,
} satisfies Parser;

/**
 * The first source section's shape: header, "  remote: ...", other "  key: value" lines (a GIT section's
 * revision, branch...), then "  specs:". DEPENDENCIES is not required: it comes after every source section, so
 * a lock cut short loses it first, and its specs are still worth reading. Each line of the repeated group is
 * matched one way only ([^\r\n]*), so a failed match cannot backtrack exponentially.
 */
const SOURCE_SECTION_START = /^(?:GEM|GIT|PATH|PLUGIN SOURCE)\r?\n {2}remote: [^\r\n]*\r?\n(?: {2}[a-z_]+:[^\r\n]*\r?\n)*? {2}specs:\r?\n/;

function parse({ text, path }: ParseInput): ParseOutcome {
  const lock = readLockfile(text);
  const problems: Problem[] = [...lock.problems];
  const byName = new Map<string, Spec[]>();
  for (const spec of lock.specs) {
    const list = byName.get(spec.name);
    if (list) list.push(spec);
    else byName.set(spec.name, [spec]);
  }
  // A PATH gem is the project's own code (usually its gemspec): not a dependency, but what it needs is direct.
  const directNames = new Set(lock.direct ?? []);
  for (const spec of lock.specs) if (spec.kind === 'PATH') for (const name of spec.needs) directNames.add(name);
  // Without DEPENDENCIES, "not listed" says nothing: the list was cut off, not empty.
  const directKnown = lock.direct !== null;

  const refs = new Map<Spec, string>();
  const taken = new Set<string>();
  const dependencies: ParsedDependency[] = [];
  for (const spec of lock.specs) {
    if (spec.kind === 'PATH') continue;
    const purl = buildPurl('gem', null, spec.name, spec.version, spec.platform ? { platform: spec.platform } : null);
    if (!purl.ok) {
      problems.push({ place: `line ${spec.line}`, message: purl.error });
      continue;
    }
    const full = spec.platform ? `${spec.version}-${spec.platform}` : spec.version;
    let ref = `${spec.name}@${full}`;
    if (taken.has(ref)) ref += ` (line ${spec.line})`; // the same gem from two sources
    taken.add(ref);
    refs.set(spec, ref);
    dependencies.push({
      ref,
      purl: purl.value,
      direct: directKnown ? directNames.has(spec.name) : null,
      // Gemfile groups (development, test) are not written to the lock.
      development: null,
      licenses: null,
      checksums: lock.checksums.get(`${spec.name} ${full}`) ?? null,
      source: spec.remote,
    });
  }
  // Bundler picks one platform variant at install time; the lock lists them all, so each is a possible target.
  const edges: [string, string][] = [];
  for (const [spec, from] of refs) {
    for (const name of spec.needs) {
      const targets = byName.get(name);
      if (!targets) {
        // Bundler itself runs the install and is never listed as a spec (rails depends on it).
        if (name === 'bundler') continue;
        problems.push({ place: `line ${spec.line}`, message: `${name}, a dependency of ${spec.name}, is not in the lock file` });
        continue;
      }
      for (const target of targets) {
        const to = refs.get(target);
        if (to !== undefined) edges.push([from, to]);
      }
    }
  }
  const notes = directKnown ? [] : ['the file has no DEPENDENCIES section, so it looks truncated: which gems are direct is unknown, and gems after the cut are missing'];
  return { ok: true, value: { sets: [{ file: path, packageManager: 'bundler', dependencies, edges }], problems, ...(notes.length > 0 ? { notes } : {}) } };
}
