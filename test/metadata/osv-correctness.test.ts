import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AffectedRanges } from '../../src/metadata/match/affected.js';
import { parseOsvRecord } from '../../src/metadata/records/osv.js';
import type { AdvisoryRecord } from '../../src/metadata/records/types.js';
import { sharedPath } from './support.js';

interface RawAffected {
  package: { ecosystem: string; name: string };
  versions?: string[];
  ranges?: { type: string; events: Record<string, string>[] }[];
}

function records(): { file: string; raw: { affected?: RawAffected[] }; record: AdvisoryRecord }[] {
  const roots = ['fixtures/advisories/osv', 'fixtures/advisories/osvdev'];
  return roots.flatMap((root) =>
    readdirSync(sharedPath(root)).flatMap((eco) =>
      readdirSync(sharedPath(join(root, eco)))
        .filter((f) => f.endsWith('.json'))
        .map((f) => {
          const raw = JSON.parse(readFileSync(sharedPath(join(root, eco, f)), 'utf8'));
          const record = parseOsvRecord(raw);
          if (!record.ok) throw new Error(`${eco}/${f}: ${record.error}`);
          return { file: `${root}/${eco}/${f}`, raw, record: record.value };
        }),
    ),
  );
}

describe('OSV semantics over the real records of ../shared/fixtures/advisories', () => {
  const all = records();
  const ranges = new AffectedRanges();

  it('every version a record lists in `versions` is affected', () => {
    const withLists = all.filter(({ raw }) => (raw.affected ?? []).some((a) => (a.versions ?? []).length > 0));
    // PROVENANCE.md: 942 records carry explicit lists.
    expect(withLists.length).toBe(942);
    const failures: string[] = [];
    let checked = 0;
    for (const { file, record } of withLists) {
      for (const pkg of record.packages) {
        if (pkg.versions.kind !== 'osv') continue;
        const test = ranges.test(pkg);
        if (!test.ok) {
          failures.push(`${file} ${pkg.name}: ${test.error}`);
          continue;
        }
        for (const version of pkg.versions.affected.versions ?? []) {
          checked++;
          if (!test.value(version)) failures.push(`${file} ${pkg.name} ${version}`);
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('the ECOSYSTEM ranges alone cover every listed version (the list is generated from them: tests the version order)', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { file, record } of all) {
      for (const pkg of record.packages) {
        if (pkg.versions.kind !== 'osv') continue;
        const { ranges: list = [], versions = [] } = pkg.versions.affected;
        if (versions.length === 0 || !list.some((r) => r.type === 'ECOSYSTEM')) continue;
        const rangesOnly = ranges.test({ ...pkg, versions: { kind: 'osv', affected: { ranges: list.filter((r) => r.type === 'ECOSYSTEM') } } });
        if (!rangesOnly.ok) {
          failures.push(`${file} ${pkg.name}: ${rangesOnly.error}`);
          continue;
        }
        const tool = ranges.tool(pkg.type);
        for (const version of versions) {
          // Legacy versions outside the ecosystem's grammar (PyPI "0.9-eevee") have no place in an order; the list is how OSV names them.
          if (!tool?.compare(version, version).ok) continue;
          checked++;
          if (!rangesOnly.value(version)) failures.push(`${file} ${pkg.name} ${version}`);
        }
      }
    }
    // Lists that disagree with their own ranges (the list still makes them affected, see the first test):
    // wagtail's overlapping intervals [2.11, 2.11.7) and [0, 2.11.6) read by the schema's event walk leave 2.11.6
    // out; osv.dev listed tomcat 9.0.0.M1-M10 under "introduced 9.0.0-M11" and django's 3.2a1 under "introduced 3.2".
    const known = ['osv/PyPI/PYSEC-2021-114.json', 'osvdev/Maven/GHSA-f4qf-m5gf-8jm8.json', 'osvdev/PyPI/PYSEC-2023-61.json'];
    expect(failures.filter((f) => !known.some((k) => f.includes(k)))).toEqual([]);
    expect(failures.length).toBe(14);
    expect(checked).toBeGreaterThan(10_000);
  });

  it("a record's `fixed` versions are not affected, unless another entry of the package covers them", () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { file, raw, record } of all) {
      if (record.advisory.withdrawn) continue;
      for (const pkg of record.packages) {
        const test = ranges.test(pkg);
        if (!test.ok) continue;
        // Every affected entry of this package in the record (several entries split one package's ranges).
        const entries = record.packages.filter((p) => p.type === pkg.type && p.name === pkg.name);
        const listed = new Set((raw.affected ?? []).filter((a) => a.package.name === pkg.name).flatMap((a) => a.versions ?? []));
        for (const fixed of pkg.fixedVersions) {
          if (listed.has(fixed)) continue; // the record itself says the version is affected (re-introduced)
          const others = entries.filter((p) => p !== pkg).map((p) => ranges.test(p));
          if (others.some((o) => o.ok && o.value(fixed))) continue;
          const reintroduced = pkg.versions.kind === 'osv' && (pkg.versions.affected.ranges ?? []).some((r) => r.events.some((e) => e.introduced === fixed));
          if (reintroduced) continue;
          checked++;
          if (test.value(fixed)) failures.push(`${file} ${pkg.name} fixed ${fixed}`);
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(1_000);
  });
});
