import { buildBom } from '../report/cyclonedx/build.js';
import { serializeBom } from '../report/cyclonedx/serialize.js';
import { scanJson } from '../report/scan-json.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { EXIT } from './exit-codes.js';
import { newSbomStamp, readInputs, writeOutput, type ScanResult } from './scan.js';

/** Typed options of one scan, whether they came from CLI flags or action inputs. */
export interface ScanJobOptions {
  readonly patterns: readonly string[];
  readonly cwd: string;
  readonly maxInputBytes: number;
  readonly sbomPath: string | null;
  readonly jsonPath: string | null;
  readonly project: string;
  readonly ref: string | null;
}

export interface ScanJobOutcome {
  readonly result: ScanResult;
  readonly exitCode: number;
  /** Outputs that could not be written, as messages naming the file. */
  readonly outputErrors: readonly string[];
}

/** The scan flow of DESIGN.md 2 as far as it goes today: read, build sets, emit. The exit code is decided here, once. */
export async function runScanJob(options: ScanJobOptions): Promise<ScanJobOutcome> {
  const result = await readInputs({ patterns: options.patterns, cwd: options.cwd, maxInputBytes: options.maxInputBytes });
  const outputErrors: string[] = [];
  if (options.sbomPath) {
    const bom = buildBom(result.sets, { name: options.project, version: options.ref }, { name: TOOL_NAME, version: VERSION }, newSbomStamp());
    const written = await writeOutput(options.sbomPath, serializeBom(bom));
    if (!written.ok) outputErrors.push(written.message);
  }
  if (options.jsonPath) {
    const written = await writeOutput(options.jsonPath, scanJson(result.inputs, result.sets, result.errors, result.warnings, result.notes));
    if (!written.ok) outputErrors.push(written.message);
  }
  const exitCode = outputErrors.length > 0 ? EXIT.output : result.errors.length > 0 ? EXIT.input : EXIT.ok;
  return { result, exitCode, outputErrors };
}
