import type { ParsedDependency, Parser } from '../parser.js';
import type { Problem } from '../../model/problem.js';
import { printable } from '../describe-unknown.js';
import { isDevelopmentScope, mavenPurl } from '../maven-coordinates/maven-purl.js';
import { readTreeLine, stripLogPrefix } from './tree-line.js';

const DETECT_LINES = 5000;

export const parser = {
  id: 'maven-tree-text',
  description: 'Maven dependency:tree text output (plain or a captured [INFO] log)',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: false, sources: false, licenses: false },
  detect: ({ text, json }) => {
    if (json !== undefined) return false;
    // A module line directly followed by a first-level branch whose coordinates read.
    let previousWasRoot = false;
    let start = 0;
    for (let n = 0; n < DETECT_LINES && start < text.length; n++) {
      const end = text.indexOf('\n', start);
      const line = stripLogPrefix(text.slice(start, end === -1 ? text.length : end));
      start = end === -1 ? text.length : end + 1;
      const read = readTreeLine(line);
      if (previousWasRoot && read.kind === 'node' && read.depth === 1) return true;
      previousWasRoot = read.kind === 'root';
    }
    return false;
  },
  parse: ({ text, path }) => {
    const problems: Problem[] = [];
    const byRef = new Map<string, ParsedDependency & { direct: boolean; development: boolean }>();
    const edges: [string, string][] = [];
    // parents[d] is the ref at depth d on the current branch (null when that line was unusable); parents[0] is
    // the module. Each tree in a multi-module log starts again at its module line.
    let parents: (string | null)[] = [];
    let tested: boolean[] = [];
    let inTree = false;
    text.split('\n').forEach((raw, index) => {
      const line = stripLogPrefix(raw);
      const read = readTreeLine(line);
      const place = `line ${index + 1}`;
      if (read.kind === 'root') {
        parents = [null];
        tested = [false];
        inTree = true;
        return;
      }
      if (read.kind === 'other') {
        // Inside a tree, a line drawn like a branch ("|", "+", "\\", indentation) that does not read is damage;
        // anything else (a log line, a blank) ends the tree.
        if (inTree && /^[|+\\ ]/.test(line) && line.trim().length > 0) problems.push({ place, message: `"${printable(raw.trim(), 120)}" is not a dependency:tree line` });
        else inTree = false;
        return;
      }
      if (!inTree) return;
      if (read.depth > parents.length) {
        problems.push({ place, message: 'the line is indented deeper than the line before allows; its branch is read without a parent' });
      }
      parents.length = read.depth;
      tested.length = read.depth;
      if (read.kind === 'omitted') {
        parents[read.depth] = null;
        tested[read.depth] = true;
        return;
      }
      if (read.kind === 'bad') {
        problems.push({ place, message: `"${printable(raw.trim(), 120)}" ${read.reason}` });
        parents[read.depth] = null;
        tested[read.depth] = tested[read.depth - 1] ?? false;
        return;
      }
      const purl = mavenPurl(read.artifact);
      const underTest = (tested[read.depth - 1] ?? false) || isDevelopmentScope(read.scope);
      tested[read.depth] = underTest;
      if (!purl.ok) {
        problems.push({ place, message: purl.error });
        parents[read.depth] = null;
        return;
      }
      const ref = purl.value;
      parents[read.depth] = ref;
      const known = byRef.get(ref);
      if (known) {
        known.direct ||= read.depth === 1;
        known.development &&= underTest;
      } else {
        byRef.set(ref, { ref, purl: ref, direct: read.depth === 1, development: underTest, licenses: null, checksums: null, source: null });
      }
      const parent = parents[read.depth - 1];
      if (read.depth > 1 && parent) edges.push([parent, ref]);
    });
    return { ok: true, value: { sets: [{ file: path, packageManager: 'maven', dependencies: [...byRef.values()], edges }], problems } };
  },
} satisfies Parser;
