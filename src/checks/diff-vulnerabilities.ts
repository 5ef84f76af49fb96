import type { Dependency } from '../model/dependency.js';
import type { ReportedVulnerability } from '../model/vulnerability.js';
import type { DependencyDiff, DiffDependency, FileDiff, RowAdvisory, RowVulnerabilities } from './diff-model.js';
import { advisoryOf } from './vulnerability.js';

/** The vulnerabilities each side's inputs report; `base` null when that side has no report (a base from the index). */
export interface DiffReports {
  readonly head: readonly ReportedVulnerability[];
  readonly base: readonly ReportedVulnerability[] | null;
}

type Lookup = (d: Dependency) => readonly RowAdvisory[];

/**
 * A side's reported vulnerabilities by dependency: by purl where the report links one, else by name and version
 * (a GitLab DS report names the package and version it found in a file), ids as the vulnerability check gives
 * them (the CVE when there is one), each once.
 */
function lookup(reported: readonly ReportedVulnerability[]): Lookup {
  const byKey = new Map<string, RowAdvisory[]>();
  const add = (key: string, advisory: RowAdvisory): void => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [advisory]);
    else if (!list.some((a) => a.id === advisory.id)) list.push(advisory);
  };
  for (const v of reported) {
    const advisory = { id: advisoryOf(v).id, severity: v.severity };
    if (v.purl) add(`purl\u0000${v.purl}`, advisory);
    if (v.packageName && v.version) add(`name\u0000${v.packageName.toLowerCase()}\u0000${v.version}`, advisory);
  }
  return (d) => {
    const found = [...(byKey.get(`purl\u0000${d.purl}`) ?? []), ...(byKey.get(`name\u0000${d.name.toLowerCase()}\u0000${d.version}`) ?? [])];
    const unique = found.filter((a, i) => found.findIndex((b) => b.id === a.id) === i);
    return unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };
}

const minus = (a: readonly RowAdvisory[], b: readonly RowAdvisory[]): RowAdvisory[] => a.filter((x) => !b.some((y) => y.id === x.id));

/**
 * Carries the reports' vulnerabilities into the diff rows (issue #15): for a row, what affects the dependency
 * now, and — when the base side's report is known — what is new with the change and what it fixes. Rows the
 * reports say nothing about stay as they are. Pure.
 */
export function withReportedVulnerabilities(diff: DependencyDiff, reports: DiffReports): DependencyDiff {
  if (reports.head.length === 0 && (reports.base ?? []).length === 0) return diff;
  const now = lookup(reports.head);
  const before = reports.base ? lookup(reports.base) : null;
  const mark = (d: DiffDependency, v: RowVulnerabilities): DiffDependency =>
    v.now.length > 0 || (v.new?.length ?? 0) > 0 || (v.fixed?.length ?? 0) > 0 ? { ...d, vulnerabilities: v } : d;
  // `was`: the dependency as the base side had it (another version for a change, none for an addition); a
  // changed row's old purl is not kept, so the old version is looked up by name and version only.
  const row = (d: DiffDependency, was: Dependency | null, present: boolean): DiffDependency => {
    const after = present ? now(d) : [];
    if (!before) return mark(d, { now: after, new: was === null ? after : null, fixed: was === null ? [] : null });
    const prior = was === null ? [] : before(was);
    return mark(d, { now: after, new: minus(after, prior), fixed: minus(prior, after) });
  };
  const file = (f: FileDiff): FileDiff => ({
    ...f,
    added: f.added.map((d) => row(d, null, true)),
    removed: f.removed.map((d) => row(d, d, false)),
    changed: f.changed.map((c) => ({ ...c, dependency: row(c.dependency, { ...c.dependency, purl: '', version: c.from }, true) })),
    modified: f.modified.map((m) => ({ ...m, dependency: row(m.dependency, m.dependency, true) })),
  });
  return { ...diff, files: diff.files.map(file) };
}
