import type { Dependency } from '../../../src/model/dependency.js';
import type { Finding } from '../../../src/model/finding.js';
import type { ScanContext, SetToWrite } from '../../../src/store/store.js';

/** The large scan the crash test's child writes, built the same way in the child and in the test. */
export const CRASH_PROJECT = 'crash/project';

/** One finding per 10 dependencies, naming the version it was found on: sets and findings must agree on it. */
export const FINDING_EVERY = 10;

export function largeScan(size: number, version: string, file = 'package-lock.json'): { context: ScanContext; sets: SetToWrite[]; findings: Finding[] } {
  const dependencies: Dependency[] = [];
  for (let i = 0; i < size; i++) {
    dependencies.push({
      purl: `pkg:npm/package-${i}@${version}`,
      type: 'npm',
      namespace: null,
      name: `package-${i}`,
      version,
      introduced: i % 10 === 0,
      development: false,
      licenses: ['MIT'],
      checksums: null,
      source: null,
    });
  }
  // Edges (issue 15), shaped by version so that the kill test can tell whose edges it reads: 1.x chains each
  // block of ten from its introduced package, other versions link every package of a block to its first.
  const edges = new Map<string, string[]>();
  const purl = (i: number): string => `pkg:npm/package-${i}@${version}`;
  for (let i = 0; i < size; i++) {
    if (i % 10 === 0) continue;
    const from = version.startsWith('1.') ? i - 1 : i - (i % 10);
    edges.set(purl(from), [...(edges.get(purl(from)) ?? []), purl(i)]);
  }
  return {
    context: {
      project: CRASH_PROJECT,
      ref: 'main',
      refType: 'branch',
      defaultBranch: true,
      commitSha: `commit-${version}`,
      pipelineUrl: null,
      scannedAt: new Date(version === '1.0.0' ? '2026-11-01T00:00:00Z' : '2026-11-02T00:00:00Z'),
    },
    sets: [{ file, packageManager: 'npm', format: 'test', dependencies, graph: { edges } }],
    findings: dependencies
      .filter((_, i) => i % FINDING_EVERY === 0)
      .map((d) => ({
        id: `${d.name}-${version}`,
        kind: 'dependency-policy',
        severity: 'high',
        new: true,
        suppressed: false,
        suppressedBy: null,
        file,
        purl: d.purl,
        name: d.name,
        version: d.version,
        message: `${d.name} ${d.version} is denied`,
        rule: 'dependencies.deny[0]',
        advisory: null,
        fixedVersions: [],
        introducedBy: [d.purl],
      })),
  };
}
