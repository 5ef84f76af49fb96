import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { recordPackageKey } from '../../src/metadata/match/package-key.js';
import type { AdvisoryRecord } from '../../src/metadata/records/types.js';
import { METADATA_SCHEMA_VERSION } from '../../src/metadata/store/sqlite-schema.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import { advisoryIdsOf, tempDir } from './support.js';

const record: AdvisoryRecord = {
  advisory: {
    id: 'GHSA-jfh8-c2jp-5v3q', source: 'osv', title: 'Log4Shell', description: null, cvssV2: null, cvssV3: null, cvssV4: null, severity: 'critical',
    publishedDate: '2021-12-10', urls: [], identifiers: [{ type: 'cve', name: 'CVE-2021-44228', value: 'CVE-2021-44228', url: null }], withdrawn: false,
  },
  packages: [{
    type: 'maven', name: 'org.apache.logging.log4j/log4j-core', versions: { kind: 'pmdb', range: '[2.0-beta9,2.15.0)' }, fixedVersions: ['2.15.0'],
    solution: null, distro: null, severity: null, overrides: null,
  }],
};

const indexes = (db: DatabaseSync): string[] =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'md_affected' AND sql IS NOT NULL ORDER BY name").all().map((r) => String(r.name));

describe('metadata schema 3: the covering index matching reads', () => {
  it('is built over the rows a file of schema 2 already holds, and matching finds them', async () => {
    const path = join(tempDir(), 'index.db');
    const first = openSqliteMetadata(path);
    if (!first.ok) throw new Error(first.error);
    expect((await first.value.ingest({ advisories: [record], licenses: [], enrichment: [], checkpoint: null })).ok).toBe(true);
    await first.value.close();

    // Back to the layout of schema 2, as a file synced by the previous depindex has it.
    const db = new DatabaseSync(path);
    db.exec('DROP INDEX md_affected_match; CREATE INDEX md_affected_by_name ON md_affected (type, name_key); UPDATE md_schema SET version = 2');
    db.close();

    const reopened = openSqliteMetadata(path);
    if (!reopened.ok) throw new Error(reopened.error);
    const found = [...(await reopened.value.affectedFor([recordPackageKey('maven', 'org.apache.logging.log4j/log4j-core')])).values()].flat();
    const ids = await advisoryIdsOf(reopened.value, found);
    await reopened.value.close();
    expect(found.map((r, i) => [ids[i], r.versions.text])).toEqual([['GHSA-jfh8-c2jp-5v3q', '[2.0-beta9,2.15.0)']]);

    const after = new DatabaseSync(path);
    expect(indexes(after)).toEqual(['md_affected_by_advisory', 'md_affected_match']);
    expect(Number((after.prepare('SELECT version FROM md_schema').get() as { version: number }).version)).toBe(METADATA_SCHEMA_VERSION);
    after.close();
  });
});

describe('metadata schema 5: the packages rewritten advisories dropped (md_removed)', () => {
  it('a file of schema 4 gets the table, and the next rewrite that drops a package names it in changedSince', async () => {
    const path = join(tempDir(), 'index.db');
    const two: AdvisoryRecord = { ...record, packages: [...record.packages, { ...record.packages[0]!, name: 'org.apache.logging.log4j/log4j-api' }] };
    const first = openSqliteMetadata(path);
    if (!first.ok) throw new Error(first.error);
    expect((await first.value.ingest({ advisories: [two], licenses: [], enrichment: [], checkpoint: null })).ok).toBe(true);
    await first.value.close();

    // Back to the layout of schema 4, as a file synced by the previous depindex has it.
    const db = new DatabaseSync(path);
    db.exec('DROP TABLE md_removed; UPDATE md_schema SET version = 4');
    db.close();

    const reopened = openSqliteMetadata(path);
    if (!reopened.ok) throw new Error(reopened.error);
    const store = reopened.value;
    try {
      const keys = (r: Awaited<ReturnType<typeof store.changedSince>>) => (r.ok ? r.value.map((k) => `${k.type} ${k.key}`).sort() : r.error);
      const log4j = (name: string) => `maven ${recordPackageKey('maven', `org.apache.logging.log4j/${name}`).key}`;
      expect(keys(await store.changedSince(0))).toEqual([log4j('log4j-api'), log4j('log4j-core')]);
      expect((await store.ingest({ advisories: [record], licenses: [], enrichment: [], checkpoint: null })).ok).toBe(true);
      // log4j-core is still listed; log4j-api is no more, and is named too.
      expect(keys(await store.changedSince(1))).toEqual([log4j('log4j-api'), log4j('log4j-core')]);
      expect(await store.changedSince(2)).toEqual({ ok: true, value: [] });
    } finally {
      await store.close();
    }
    const after = new DatabaseSync(path);
    expect(Number((after.prepare('SELECT version FROM md_schema').get() as { version: number }).version)).toBe(METADATA_SCHEMA_VERSION);
    expect(after.prepare('SELECT type, name_key, revision FROM md_removed').all().map((r) => ({ ...r }))).toEqual([{ type: 'maven', name_key: recordPackageKey('maven', 'org.apache.logging.log4j/log4j-api').key, revision: 2 }]);
    after.close();
  });
});
