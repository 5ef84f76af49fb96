import { randomUUID } from 'node:crypto';
import { buildSet } from '../graph/build.js';
import { loadInput } from '../ingest/load.js';
import type { ParsedSet, Parser } from '../ingest/parser.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { ReportedVulnerability } from '../model/vulnerability.js';
import type { InputError, InputWarning } from '../model/input-problem.js';
import { expandInputs } from './inputs.js';
import { fileIdentity } from './repository-root.js';

export interface ScanRequest {
  readonly patterns: readonly string[];
  readonly cwd: string;
  readonly maxInputBytes: number;
  /** The repository root set names are relative to (repository-root.ts); `cwd` when not given. */
  readonly root?: string;
}

export interface InputSummary {
  readonly path: string;
  readonly format: string;
  readonly sets: number;
}

/** What reading the inputs gave: the sets and everything the person reading the log should know. */
export interface ScanResult {
  readonly inputs: readonly InputSummary[];
  readonly sets: readonly DependencySet[];
  readonly errors: readonly InputError[];
  readonly warnings: readonly InputWarning[];
  readonly notes: readonly { readonly file: string; readonly message: string }[];
  readonly vulnerabilities: readonly ReportedVulnerability[];
}

/** Formats that describe what scanners saw, not what a package manager resolved. */
const REPORT_FORMATS = new Set(['cyclonedx', 'spdx', 'gitlab-ds']);

interface Claim {
  readonly input: string;
  readonly parser: Parser;
  readonly parsed: ParsedSet;
}

/**
 * Reads every input; one that fails is recorded and the others go on (DESIGN.md 5). Inputs are read one at a
 * time so that no more than one input's text is held at once (DESIGN.md 10).
 *
 * The store keys sets by dependency file, so one file gets one set. When a lock file and a report (an SBOM, a
 * GitLab report) both describe it, the lock file is used: it is the package manager's own record, while a
 * report may be stale — depindex's own SBOM from an earlier run in the same workspace matched the README's
 * GitLab glob and hid a version bump. Otherwise the first input (in pattern order) is used. Either way the log
 * says which was used. An SBOM depindex wrote itself is never read when a glob found it (name it to read it).
 */
export async function readInputs(request: ScanRequest): Promise<ScanResult> {
  const { files, errors, named } = await expandInputs(request.patterns, request.cwd);
  const warnings: InputWarning[] = [];
  const notes: { file: string; message: string }[] = [];
  const vulnerabilities: ReportedVulnerability[] = [];
  const read: { path: string; format: string }[] = [];
  const claims = new Map<string, Claim[]>();

  for (const file of files) {
    const loaded = await loadInput(file, { maxInputBytes: request.maxInputBytes, cwd: request.cwd });
    if (!loaded.ok) {
      errors.push({ file, message: loaded.message });
      continue;
    }
    const { parser, result } = loaded;
    if (loaded.writtenByDepindex && !named.has(file)) {
      notes.push({ file, message: 'an SBOM depindex wrote itself (its tool metadata says so); not read as an input (name it without a glob to read it)' });
      continue;
    }
    for (const problem of result.problems) warnings.push({ file, place: problem.place, message: problem.message });
    for (const message of result.notes ?? []) notes.push({ file, message });
    vulnerabilities.push(...(result.vulnerabilities ?? []));
    read.push({ path: file, format: parser.id });
    for (const parsed of result.sets) {
      // A set named by the input's own path (a lock file, an SBOM without dependency-file information) is named
      // from the repository root; a file a report names is already written from the project's root.
      const setFile = parsed.file === file ? fileIdentity(file, request.cwd, request.root ?? request.cwd) : parsed.file;
      const claim = { input: file, parser, parsed: setFile === parsed.file ? parsed : { ...parsed, file: setFile } };
      const list = claims.get(setFile);
      if (list) list.push(claim);
      else claims.set(setFile, [claim]);
    }
  }

  const kept = new Map<string, number>();
  const sets: DependencySet[] = [];
  for (const [setFile, list] of claims) {
    const chosen = list.find((c) => !REPORT_FORMATS.has(c.parser.id)) ?? (list[0] as Claim);
    for (const other of list) {
      if (other === chosen) continue;
      const why = REPORT_FORMATS.has(chosen.parser.id) || REPORT_FORMATS.has(other.parser.id) === false ? 'read first' : 'the lock file is preferred over a report';
      warnings.push({ file: other.input, place: setFile, message: `${setFile} is taken from ${chosen.input} (${why}); this input's set for it is left out` });
    }
    const { set, problems } = buildSet({ ...chosen.parsed, file: setFile }, chosen.parser.id);
    for (const problem of problems) warnings.push({ file: chosen.input, place: problem.place, message: problem.message });
    sets.push(set);
    kept.set(chosen.input, (kept.get(chosen.input) ?? 0) + 1);
  }
  const inputs = read.map(({ path, format }) => ({ path, format, sets: kept.get(path) ?? 0 }));
  return { inputs, sets, errors, warnings, notes, vulnerabilities };
}

export function newSbomStamp(): { serialNumber: string; timestamp: Date } {
  return { serialNumber: `urn:uuid:${randomUUID()}`, timestamp: new Date() };
}
