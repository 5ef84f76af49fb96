import type { ProjectSummary, RefSummary, SetSummary } from './store.js';

/** Sets of one project, sorted by ref then file, folded into refs (both stores list projects so). */
export function summariseProject(project: string, sets: readonly SetSummary[]): ProjectSummary {
  const refs: RefSummary[] = [];
  let last = '';
  for (const s of sets) {
    const previous = refs[refs.length - 1];
    if (s.scannedAt > last) last = s.scannedAt;
    if (previous && previous.ref === s.ref) {
      const newer = s.scannedAt > previous.lastScannedAt;
      refs[refs.length - 1] = {
        ...previous,
        commitSha: newer ? s.commitSha : previous.commitSha,
        lastScannedAt: newer ? s.scannedAt : previous.lastScannedAt,
        sets: previous.sets + 1,
        dependencies: previous.dependencies + s.dependencies,
      };
    } else {
      refs.push({
        ref: s.ref,
        refType: s.refType,
        defaultBranch: s.defaultBranch,
        commitSha: s.commitSha,
        lastScannedAt: s.scannedAt,
        sets: 1,
        dependencies: s.dependencies,
      });
    }
  }
  return { project, lastScannedAt: last, refs };
}
