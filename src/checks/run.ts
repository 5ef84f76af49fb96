import { introducedByFinder } from '../graph/introduced-by.js';
import type { Dependency } from '../model/dependency.js';
import { compareStrings } from '../model/compare-strings.js';
import { SEVERITIES, type Finding } from '../model/finding.js';
import { carryForward } from './carry-forward.js';
import { checksumChanged } from './checksum.js';
import type { CheckContext, DraftFinding, FindingProducer, PreviousSet } from './context.js';
import { dependencyPolicy } from './dependency-policy.js';
import { applyExceptions } from './exceptions.js';
import { fingerprint } from './fingerprint.js';
import { borrowFixedVersions } from './fixed-versions.js';
import { licensePolicy } from './license-policy.js';
import { registryOf } from './registry.js';
import { sourceChanged } from './source.js';
import { reportedVulnerabilities } from './vulnerability.js';

/** The built-in checks, in report order. Each is a pure function of the context. */
export const builtInChecks: readonly ((context: CheckContext) => DraftFinding[])[] = [
  reportedVulnerabilities,
  checksumChanged,
  sourceChanged,
  dependencyPolicy,
  licensePolicy,
];

/**
 * The check stage of DESIGN.md 2: runs the built-in checks and any extra producers (advisory matching plugs in
 * here), gives each finding its id and the introduced dependencies that bring it in, marks what is new against
 * the base (target ref or --base; everything is new without one), applies exceptions, and orders the result
 * so that it does not depend on input order. Pure.
 */
export function runChecks(context: CheckContext, base: readonly PreviousSet[] | null, extra: readonly FindingProducer[] = []): Finding[] {
  const finders = new Map(context.sets.map((s) => [s.file, introducedByFinder(s)]));
  const drafts = builtInChecks.flatMap((check) => check(context));
  const completed: Finding[] = drafts.map(({ key, ...draft }) => ({
    ...draft,
    id: fingerprint(draft.kind, draft.file, draft.purl, key),
    new: true,
    suppressed: false,
    suppressedBy: null,
    introducedBy: finders.get(draft.file)?.(draft.purl) ?? [],
  }));
  for (const produce of [carryForward, ...extra]) {
    for (const f of produce(context)) completed.push(f.introducedBy.length > 0 ? f : { ...f, introducedBy: finders.get(f.file)?.(f.purl) ?? [] });
  }
  const unique = new Map<string, Finding>();
  for (const f of borrowFixedVersions(completed)) if (!unique.has(f.id)) unique.set(f.id, f);
  const marked = markNew([...unique.values()], context, base);
  return applyExceptions(marked, context.config.exceptions, context.now).sort(byImportance);
}

function markNew(findings: Finding[], context: CheckContext, base: readonly PreviousSet[] | null): Finding[] {
  if (base === null) return findings;
  const before = new Map<string, Dependency>();
  for (const set of base) for (const d of set.dependencies) before.set(`${set.file}\u0000${d.purl}`, d);
  const now = new Map<string, Dependency>();
  for (const set of context.sets) for (const d of set.dependencies) now.set(`${set.file}\u0000${d.purl}`, d);
  return findings.map((f) => {
    const key = `${f.file}\u0000${f.purl}`;
    const was = before.get(key);
    const is = now.get(key);
    let isNew = was === undefined;
    if (!isNew && was && is && f.kind === 'checksum-changed') isNew = JSON.stringify(was.checksums) !== JSON.stringify(is.checksums);
    if (!isNew && was && is && f.kind === 'source-changed') isNew = registryOf(was) !== registryOf(is);
    return isNew === f.new ? f : { ...f, new: isNew };
  });
}

/** New first, then by severity, kind, file, purl and id: a total order, so outputs are the same whatever the input order. */
export function byImportance(a: Finding, b: Finding): number {
  if (a.new !== b.new) return a.new ? -1 : 1;
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.file, b.file) ||
    compareStrings(a.purl, b.purl) ||
    compareStrings(a.id, b.id)
  );
}
