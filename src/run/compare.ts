import type { BaseSet } from '../checks/diff.js';
import type { PreviousSet } from '../checks/context.js';
import type { Finding } from '../model/finding.js';
import type { InputError } from '../model/input-problem.js';
import type { ReportedVulnerability } from '../model/vulnerability.js';
import type { ScanContext, Store } from '../store/store.js';
import { readInputs } from './scan.js';

export interface Comparison {
  /** What the change is compared with: undefined when nothing is, null for a target ref never scanned. */
  readonly base: readonly BaseSet[] | null | undefined;
  /** "main", "the base reports". */
  readonly target: string;
  /** Everything stored before for the project (every ref), or the base reports: the history checks' input. */
  readonly previous: readonly PreviousSet[] | null;
  /** Findings stored for this project and ref before. */
  readonly standing: readonly Finding[];
  readonly errors: readonly InputError[];
  readonly storeErrors: readonly string[];
  /** What the base reports say is vulnerable (GitLab DS); null when the base is not reports (the index keeps none). */
  readonly baseVulnerabilities: readonly ReportedVulnerability[] | null;
}

export interface CompareOptions {
  readonly basePatterns: readonly string[] | null;
  readonly targetRef: string | null;
  readonly cwd: string;
  readonly root: string;
  readonly maxInputBytes: number;
  readonly store: Store | null;
  readonly context: ScanContext | null;
  /** Skip loading the project's history when no check reads it. */
  readonly needsHistory: boolean;
}

/**
 * The compare stage (DESIGN.md 2): loads the target (base reports or the target ref) and what the store held for
 * the project before this scan. Runs before the write, so a scan of the target ref itself compares with what was
 * there before.
 */
export async function compare(options: CompareOptions): Promise<Comparison> {
  const errors: InputError[] = [];
  const storeErrors: string[] = [];
  let base: readonly BaseSet[] | null | undefined = undefined;
  let baseVulnerabilities: readonly ReportedVulnerability[] | null = null;
  const fromBaseReports = options.basePatterns !== null && options.basePatterns.length > 0;
  const target = fromBaseReports ? 'the base reports' : (options.targetRef ?? '');
  if (fromBaseReports) {
    const read = await readInputs({ patterns: options.basePatterns ?? [], cwd: options.cwd, maxInputBytes: options.maxInputBytes, root: options.root });
    errors.push(...read.errors.map((e) => ({ file: e.file, message: `(base) ${e.message}` })));
    base = read.sets;
    baseVulnerabilities = read.vulnerabilities;
  } else if (options.targetRef && options.store && options.context) {
    const loaded = await options.store.loadSets(options.context.project, options.targetRef);
    if (loaded.ok) base = loaded.value.length > 0 ? loaded.value : null;
    else storeErrors.push(`cannot read the target ref ${options.targetRef} from ${options.store.location}: ${loaded.error}`);
  }

  let previous: PreviousSet[] | null = base ? base.map((s) => ({ ref: fromBaseReports ? null : options.targetRef, file: s.file, dependencies: s.dependencies })) : null;
  if (options.needsHistory && options.store && options.context) {
    const { project } = options.context;
    const refs = await options.store.listRefs(project);
    if (!refs.ok) storeErrors.push(`cannot read the history of ${project} from ${options.store.location}: ${refs.error}`);
    for (const ref of refs.ok ? refs.value : []) {
      if (ref === options.targetRef && !fromBaseReports && base) continue; // loaded above
      const loaded = await options.store.loadSets(project, ref);
      if (!loaded.ok) {
        storeErrors.push(`cannot read ${project} at ${ref} from ${options.store.location}: ${loaded.error}`);
        continue;
      }
      previous ??= [];
      for (const s of loaded.value) previous.push({ ref, file: s.file, dependencies: s.dependencies });
    }
  }
  let standing: readonly Finding[] = [];
  if (options.store && options.context) {
    const loaded = await options.store.loadFindings(options.context.project, options.context.ref);
    if (loaded.ok) standing = loaded.value;
    else storeErrors.push(`cannot read the findings of ${options.context.project} at ${options.context.ref} from ${options.store.location}: ${loaded.error}`);
  }
  return { base, target, previous, standing, errors, storeErrors, baseVulnerabilities };
}
