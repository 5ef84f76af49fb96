import type { ParsedDependency, Parser } from '../parser.js';
import type { Problem } from '../../model/problem.js';
import { buildPurl } from '../../ecosystems/shared/purl.js';
import { printable } from '../describe-unknown.js';
import { isDevelopmentConfiguration } from '../lockfiles/gradle-lockfile/configurations.js';
import { VERIFICATION_COMPANIONS, verifiedChecksums } from '../gradle-verification/by-coordinate.js';
import { readGradleLine } from './tree-line.js';

const DETECT_LINES = 5000;

interface Entry {
  dependency: ParsedDependency;
  direct: boolean;
  /** Every configuration it appears in is a test, annotation-processing or build-tool one. */
  development: boolean;
}

export const parser = {
  id: 'gradle-dependencies',
  description: 'Gradle `dependencies` task console output (per configuration)',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: false, licenses: false },
  companions: VERIFICATION_COMPANIONS,
  detect: ({ text, json }) => {
    if (json !== undefined) return false;
    // The report's project header: a 60-dash rule, then "Root project 'x'" or "Project ':x'".
    if (/^-{60}\r?\n(Root project|Project) ['(:]/m.test(text.slice(0, 100_000))) return true;
    // A configuration header directly followed by a first-level branch or "No dependencies".
    let previous: ReturnType<typeof readGradleLine> | null = null;
    let start = 0;
    for (let n = 0; n < DETECT_LINES && start < text.length; n++) {
      const end = text.indexOf('\n', start);
      const raw = text.slice(start, end === -1 ? text.length : end);
      start = end === -1 ? text.length : end + 1;
      const read = readGradleLine(raw);
      if (previous?.kind === 'configuration' && read.kind !== 'configuration' && read.kind !== 'other' && read.depth === 1) return true;
      previous = read;
    }
    return false;
  },
  parse: ({ text, path, companions }) => {
    const problems: Problem[] = [];
    const { sums, notes } = verifiedChecksums(companions);
    const entries = new Map<string, Entry>();
    const edges: [string, string][] = [];
    let development = false;
    let inTree = false;
    // Per depth on the current branch: the ref there (null for a project or an unusable line) and whether
    // only project nodes lie above it (then it is declared by this build: direct).
    let parents: (string | null)[] = [null];
    let projectsOnly: boolean[] = [true];
    text.split('\n').forEach((raw, index) => {
      const read = readGradleLine(raw);
      if (read.kind === 'configuration') {
        // "(n)": a declaration bucket (implementation, api …) that Gradle does not resolve; its resolved
        // counterparts (compileClasspath, runtimeClasspath) say which versions are used.
        inTree = !read.unresolvable;
        development = isDevelopmentConfiguration(read.name);
        parents = [null];
        projectsOnly = [true];
        return;
      }
      if (read.kind === 'other') return;
      if (!inTree) return;
      const { depth } = read;
      parents.length = depth;
      projectsOnly.length = depth;
      const above = projectsOnly[depth - 1] ?? false;
      if (read.kind === 'project') {
        parents[depth] = null;
        projectsOnly[depth] = above;
        return;
      }
      projectsOnly[depth] = false;
      parents[depth] = null;
      if (read.kind === 'skip') return;
      if (read.kind === 'bad') {
        problems.push({ place: `line ${index + 1}`, message: `"${printable(raw.trim(), 120)}" ${read.reason}` });
        return;
      }
      const { group, name, version } = read.node;
      const ref = `${group}:${name}@${version}`;
      let entry = entries.get(ref);
      if (!entry) {
        const purl = buildPurl('maven', group, name, version);
        if (!purl.ok) {
          problems.push({ place: `line ${index + 1}`, message: purl.error });
          return;
        }
        const checksums = sums.get(`${group}:${name}:${version}`) ?? null;
        entry = { dependency: { ref, purl: purl.value, direct: false, development: false, licenses: null, checksums, source: null }, direct: above, development };
        entries.set(ref, entry);
      } else {
        entry.direct ||= above;
        entry.development &&= development;
      }
      parents[depth] = ref;
      const parent = parents[depth - 1];
      if (parent) edges.push([parent, ref]);
    });
    const dependencies = [...entries.values()].map((e) => ({ ...e.dependency, direct: e.direct, development: e.development }));
    return { ok: true, value: { sets: [{ file: path, packageManager: 'gradle', dependencies, edges }], problems, notes } };
  },
} satisfies Parser;
