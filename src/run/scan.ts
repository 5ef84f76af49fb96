import { randomUUID } from 'node:crypto';
import { buildSet } from '../graph/build.js';
import { loadInput } from '../ingest/load.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { ReportedVulnerability } from '../model/vulnerability.js';
import type { InputError, InputWarning } from '../report/scan-json.js';
import { expandInputs } from './inputs.js';

export interface ScanRequest {
  readonly patterns: readonly string[];
  readonly cwd: string;
  readonly maxInputBytes: number;
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

/**
 * Reads every input; one that fails is recorded and the others go on (DESIGN.md 5). Inputs are read one at a
 * time so that no more than one input's text is held at once (DESIGN.md 10).
 */
export async function readInputs(request: ScanRequest): Promise<ScanResult> {
  const { files, errors } = await expandInputs(request.patterns, request.cwd);
  const inputs: InputSummary[] = [];
  const sets: DependencySet[] = [];
  const warnings: InputWarning[] = [];
  const notes: { file: string; message: string }[] = [];
  const vulnerabilities: ReportedVulnerability[] = [];
  const setOwner = new Map<string, string>();

  for (const file of files) {
    const loaded = await loadInput(file, { maxInputBytes: request.maxInputBytes, cwd: request.cwd });
    if (!loaded.ok) {
      errors.push({ file, message: loaded.message });
      continue;
    }
    const { parser, result } = loaded;
    for (const problem of result.problems) warnings.push({ file, place: problem.place, message: problem.message });
    for (const message of result.notes ?? []) notes.push({ file, message });
    vulnerabilities.push(...(result.vulnerabilities ?? []));
    let kept = 0;
    for (const parsed of result.sets) {
      const setFile = parsed.file;
      const owner = setOwner.get(setFile);
      if (owner !== undefined) {
        // The store keys sets by dependency file, so two inputs describing one file cannot both be kept.
        warnings.push({ file, place: setFile, message: `${owner} already describes ${setFile}; this input's set for it is left out` });
        continue;
      }
      setOwner.set(setFile, file);
      const { set, problems } = buildSet({ ...parsed, file: setFile }, parser.id);
      for (const problem of problems) warnings.push({ file, place: problem.place, message: problem.message });
      sets.push(set);
      kept++;
    }
    inputs.push({ path: file, format: parser.id, sets: kept });
  }
  return { inputs, sets, errors, warnings, notes, vulnerabilities };
}

export function newSbomStamp(): { serialNumber: string; timestamp: Date } {
  return { serialNumber: `urn:uuid:${randomUUID()}`, timestamp: new Date() };
}
