import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { dependencyKey, recordPackageKey } from '../../src/metadata/match/package-key.js';
import type { AdvisoryRecord } from '../../src/metadata/records/types.js';
import { NameFilter } from '../../src/metadata/store/name-filter.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import type { MetadataStore, PackageKey } from '../../src/metadata/store/types.js';
import { advisoryIdsOf, rowsByPlace, tempDir } from './support.js';

function advisory(id: string, type: string, names: readonly string[], withdrawn = false): AdvisoryRecord {
  return {
    advisory: {
      id, source: 'glad', title: id, description: null, cvssV2: null, cvssV3: null, cvssV4: null, severity: 'high',
      publishedDate: '2024-01-01', urls: [], identifiers: [], withdrawn,
    },
    packages: names.map((name) => ({
      type, name, versions: { kind: 'pmdb' as const, range: '<2.0.0' }, fixedVersions: ['2.0.0'], solution: null, distro: null, severity: null, overrides: null,
    })),
  };
}

async function opened(path: string): Promise<MetadataStore> {
  const store = openSqliteMetadata(path);
  if (!store.ok) throw new Error(store.error);
  return store.value;
}

async function ingest(store: MetadataStore, advisories: AdvisoryRecord[]): Promise<void> {
  const done = await store.ingest({ advisories, licenses: [], enrichment: [], checkpoint: null });
  if (!done.ok) throw new Error(done.error);
}

/** The advisory ids each key gets, by place, through the filtered lookup. */
async function idsAt(store: MetadataStore, keys: PackageKey[]): Promise<string[][]> {
  const rows = await rowsByPlace(store, keys);
  return Promise.all(rows.map(async (r) => (await advisoryIdsOf(store, r ?? [])).sort()));
}

function storedFilter(path: string, type: string): NameFilter | null {
  const db = new DatabaseSync(path, { readOnly: true });
  const row = db.prepare('SELECT capacity, added, bits FROM md_name_filter WHERE type = ?').get(type) as { capacity: number; added: number; bits: Uint8Array } | undefined;
  db.close();
  return row ? NameFilter.stored(row.bits, Number(row.capacity), Number(row.added)) : null;
}

const npm = (name: string): PackageKey => recordPackageKey('npm', name);

describe('NameFilter', () => {
  it('never misses a name it was given, and lets few others through when full', () => {
    const filter = NameFilter.sizedFor(5_000);
    for (let i = 0; i < 10_000; i++) filter.add(`present-${i}`);
    expect(filter.fits(1)).toBe(false);
    for (let i = 0; i < 10_000; i++) expect(filter.mayHave(`present-${i}`)).toBe(true);
    let through = 0;
    for (let i = 0; i < 100_000; i++) if (filter.mayHave(`absent-${i}`)) through++;
    // 10 bits and 7 probes per name: about 0.8% in theory.
    expect(through).toBeGreaterThan(0);
    expect(through / 100_000).toBeLessThan(0.02);
  });

  it('refuses stored bytes that do not fit their capacity', () => {
    expect(NameFilter.stored(new Uint8Array(10), 1024, 0)).toBeNull();
    expect(NameFilter.stored(NameFilter.sizedFor(10).bits, NameFilter.sizedFor(10).capacity, 3)).not.toBeNull();
  });
});

describe('the stored name filter, as matching reads it', () => {
  it('a name the filter lets through without rows (a false positive) gets none; names with rows get theirs', async () => {
    const path = join(tempDir(), 'index.db');
    const store = await opened(path);
    const names = Array.from({ length: 2_000 }, (_, i) => `pkg-${i}`);
    await ingest(store, [advisory('A-1', 'npm', names)]);
    const filter = storedFilter(path, 'npm');
    expect(filter).not.toBeNull();
    let falsePositive: string | undefined;
    for (let i = 0; falsePositive === undefined && i < 1_000_000; i++) if (filter!.mayHave(`other-${i}`)) falsePositive = `other-${i}`;
    expect(falsePositive).toBeDefined();
    const absentAndRuledOut = Array.from({ length: 1_000 }, (_, i) => `none-${i}`).find((n) => !filter!.mayHave(n)) as string;
    expect(await idsAt(store, [npm(falsePositive!), npm('pkg-7'), npm(absentAndRuledOut), npm('pkg-1999')])).toEqual([[], ['A-1'], [], ['A-1']]);
    await store.close();
  });

  it('a name added by a later ingest is found, also past the size the filter was built for', async () => {
    const path = join(tempDir(), 'index.db');
    const store = await opened(path);
    await ingest(store, [advisory('A-1', 'npm', ['lodash'])]);
    expect(await idsAt(store, [npm('express')])).toEqual([[]]);
    await ingest(store, [advisory('A-2', 'npm', ['express'])]);
    expect(await idsAt(store, [npm('express'), npm('lodash')])).toEqual([['A-2'], ['A-1']]);
    const first = storedFilter(path, 'npm')!;
    // More names than the first filter has room for: it is rebuilt, larger, from every row.
    const many = Array.from({ length: first.capacity + 10 }, (_, i) => `many-${i}`);
    await ingest(store, [advisory('A-3', 'npm', many)]);
    expect(storedFilter(path, 'npm')!.capacity).toBeGreaterThan(first.capacity);
    expect(await idsAt(store, [npm('lodash'), npm('express'), npm('many-0'), npm(`many-${many.length - 1}`)])).toEqual([['A-1'], ['A-2'], ['A-3'], ['A-3']]);
    await store.close();
    // A new connection (a later scan) reads the same filter.
    const again = await opened(path);
    expect(await idsAt(again, [npm('express'), npm('many-5')])).toEqual([['A-2'], ['A-3']]);
    await again.close();
  });

  it('an advisory replaced by a later line names its new package only; withdrawn rows stay unmatched', async () => {
    const store = await opened(join(tempDir(), 'index.db'));
    await ingest(store, [advisory('A-1', 'npm', ['left-pad'])]);
    await ingest(store, [advisory('A-1', 'npm', ['right-pad']), advisory('W-1', 'npm', ['withdrawn-pkg'], true)]);
    expect(await idsAt(store, [npm('left-pad'), npm('right-pad'), npm('withdrawn-pkg')])).toEqual([[], ['A-1'], []]);
    await store.close();
  });

  it('PEP 503 and Maven names: the filter holds the same keys the dependencies are asked by', async () => {
    const store = await opened(join(tempDir(), 'index.db'));
    await ingest(store, [advisory('P-1', 'pypi', ['Django_REST.framework']), advisory('M-1', 'maven', ['org.apache.logging.log4j/log4j-core'])]);
    const keys = [
      dependencyKey({ type: 'pypi', namespace: null, name: 'django-rest-framework' }),
      dependencyKey({ type: 'pypi', namespace: null, name: 'DJANGO__rest--Framework' }),
      dependencyKey({ type: 'maven', namespace: 'org.apache.logging.log4j', name: 'log4j-core' }),
      dependencyKey({ type: 'maven', namespace: 'org.apache.logging.log4j', name: 'log4j-api' }),
    ];
    expect(await idsAt(store, keys)).toEqual([['P-1'], ['P-1'], ['M-1'], []]);
    await store.close();
  });

  it('a file synced before filters is matched name by name, and the next ingest of the type builds its filter from all rows', async () => {
    const path = join(tempDir(), 'index.db');
    const store = await opened(path);
    await ingest(store, [advisory('A-1', 'npm', ['lodash'])]);
    await store.close();
    const db = new DatabaseSync(path);
    // Back to schema 3, as the previous depindex left the file: no filters.
    db.exec('DROP TABLE md_name_filter; UPDATE md_schema SET version = 3');
    db.close();
    const old = await opened(path);
    expect(await idsAt(old, [npm('lodash'), npm('express')])).toEqual([['A-1'], []]);
    await ingest(old, [advisory('A-2', 'npm', ['express'])]);
    expect(await idsAt(old, [npm('lodash'), npm('express')])).toEqual([['A-1'], ['A-2']]);
    await old.close();
    expect(storedFilter(path, 'npm')!.mayHave(recordPackageKey('npm', 'lodash').key)).toBe(true);
  });
});
