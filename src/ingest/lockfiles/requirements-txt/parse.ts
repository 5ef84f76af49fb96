import type { ParsedDependency, Parser } from '../../parser.js';
import type { Problem } from '../../../model/problem.js';
import { buildPurl } from '../../../ecosystems/shared/purl.js';
import { printable } from '../../describe-unknown.js';
import { canonicalPypiName, requirementName } from '../../../ecosystems/pypi/name.js';
import { artifactChecksums, PYPI_SIMPLE } from '../../manifests/pyproject/artifact-digests.js';
import { logicalLines, type LogicalLine } from './logical-lines.js';
import { readRequirementLine } from './requirement-line.js';
import { looksLikeRequirements } from './detect.js';

interface Pinned {
  readonly line: number;
  readonly name: string;
  readonly version: string;
  readonly hashes: readonly string[];
  /** pip-compile's "# via" parents: package names, and "-r file" entries for direct requirements. */
  readonly via: string[];
}

export const parser = {
  id: 'requirements-txt',
  description: 'pip requirements.txt (pinned; pip-compile "# via" annotations)',
  capabilities: { edges: 'partial', direct: true, development: false, checksums: true, sources: true, licenses: false },
  detect: ({ text, json }) => json === undefined && looksLikeRequirements(text),
  parse: ({ text, path }) => {
    const problems: Problem[] = [];
    const notes: string[] = [];
    const pinned: Pinned[] = [];
    let indexUrl: string | null = null;
    const extraIndexes: string[] = [];
    let noIndex = false;
    let viaTarget: Pinned | null = null;
    let collectingVia = false;

    for (const logical of logicalLines(text)) {
      if (logical.comment !== null) {
        collectingVia = readVia(logical, viaTarget, collectingVia);
        continue;
      }
      collectingVia = false;
      viaTarget = null;
      if (logical.text.length === 0) continue;
      const place = `line ${logical.line}`;
      const shown = printable(logical.text, 120);
      const read = readRequirementLine(logical.text);
      switch (read.kind) {
        case 'invalid':
          problems.push({ place, message: `"${shown}" is not a requirement pip understands` });
          break;
        case 'reference':
          problems.push({ place, message: `"${shown}" is ${read.what}, not a pinned version; it is left out` });
          break;
        case 'option':
          if (read.option === '-i' || read.option === '--index-url') indexUrl = read.value;
          else if (read.option === '--extra-index-url' && read.value) extraIndexes.push(read.value);
          else if (read.option === '--no-index') noIndex = true;
          else if (read.option === '-r' || read.option === '--requirement' || read.option === '-c' || read.option === '--constraint') {
            notes.push(`${place}: "${shown}" names another file, which is not read from here; scan it as an input of its own`);
          } else if (read.option === '-e' || read.option === '--editable') {
            problems.push({ place, message: `"${shown}" is an editable install, not a pinned version; it is left out` });
          }
          break;
        case 'requirement':
          if (read.pinned === null) {
            const how = read.specifier.length > 0 ? `"${printable(read.specifier, 60)}"` : 'no version';
            problems.push({ place, message: `"${read.name}" has ${how}, not one pinned version (==): no resolved version to record; it is left out` });
          } else {
            viaTarget = { line: logical.line, name: read.name, version: read.pinned, hashes: read.hashes, via: [] };
            pinned.push(viaTarget);
          }
          break;
      }
    }

    const source = noIndex ? null : extraIndexes.length > 0 ? null : (indexUrl ?? PYPI_SIMPLE);
    if (extraIndexes.length > 0 && !noIndex) notes.push('the file adds --extra-index-url: pip may take any package from any of the indexes, so sources are unknown');
    return { ok: true, value: { sets: [toSet(path, pinned, source, problems)], problems, notes } };
  },
} satisfies Parser;

/** pip-compile writes "# via a, b" (older) or "# via" followed by "#   a" lines under each requirement. */
function readVia(logical: LogicalLine, target: Pinned | null, collecting: boolean): boolean {
  const comment = logical.comment ?? '';
  const trimmed = comment.trim();
  if (target === null) return false;
  if (trimmed === 'via') return true;
  if (trimmed.startsWith('via ')) {
    for (const parent of trimmed.slice(4).split(',')) if (parent.trim()) target.via.push(parent.trim());
    return false;
  }
  if (collecting && comment.startsWith('  ') && trimmed.length > 0) {
    target.via.push(trimmed);
    return true;
  }
  return false;
}

function toSet(path: string, pinned: readonly Pinned[], source: string | null, problems: Problem[]) {
  const dependencies: ParsedDependency[] = [];
  const refByName = new Map<string, string>();
  const kept: Pinned[] = [];
  for (const entry of pinned) {
    const place = `line ${entry.line}`;
    const key = canonicalPypiName(entry.name);
    const ref = `${key}@${entry.version}`;
    if (refByName.has(key)) {
      problems.push({ place, message: `"${entry.name}" is pinned again; the first pin is kept` });
      continue;
    }
    const purl = buildPurl('pypi', null, entry.name, entry.version);
    if (!purl.ok) {
      problems.push({ place, message: purl.error });
      continue;
    }
    const { checksums, invalid } = artifactChecksums(entry.hashes);
    for (const bad of invalid) problems.push({ place, message: `"${printable(bad, 80)}" is not a usable --hash; the others are kept` });
    refByName.set(key, ref);
    kept.push(entry);
    // Without annotations every line is a requirement someone wrote, so direct; pip-compile says which are.
    const direct = entry.via.length === 0 || entry.via.some((v) => v.startsWith('-r ') || v.startsWith('--requirement'));
    dependencies.push({ ref, purl: purl.value, writtenName: entry.name, direct, development: null, licenses: null, checksums, source });
  }
  const edges: [string, string][] = [];
  for (const entry of kept) {
    const to = refByName.get(canonicalPypiName(entry.name)) as string;
    for (const parent of entry.via) {
      const parentName = parent.startsWith('-') ? null : requirementName(parent);
      const from = parentName ? refByName.get(canonicalPypiName(parentName)) : undefined;
      if (from && from !== to) edges.push([from, to]);
    }
  }
  return { file: path, packageManager: 'pip', dependencies, edges };
}
