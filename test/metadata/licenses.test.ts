import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { AffectedRanges } from '../../src/metadata/match/affected.js';
import { fillLicenses, licensedFromMetadata, licensesOf } from '../../src/metadata/match/licenses.js';
import type { LicenseRecord } from '../../src/metadata/records/types.js';
import { openSqliteMetadata } from '../../src/metadata/store/sqlite-store.js';
import type { MetadataStore } from '../../src/metadata/store/types.js';
import { memoryIO } from '../cli/io.js';
import { externalSets } from './inputs.js';
import { mirrorPath, tempDir } from './support.js';

describe('licensesOf: the compressed format of DESIGN.md 8.1', () => {
  const record: LicenseRecord = {
    type: 'maven',
    name: 'xml-apis/xml-apis',
    lowestVersion: '2.0.0',
    highestVersion: '2.0.2',
    defaultLicenses: ['unknown'],
    otherLicenses: [
      { licenses: ['Apache-2.0'], versions: ['1.3.04', '1.0.b2'] },
      { licenses: ['Apache-2.0', 'SAX-PD', 'W3C-20150513'], versions: ['1.4.01'] },
    ],
  };
  const ranges = new AffectedRanges();
  it.each([
    ['1.4.01', ['Apache-2.0', 'SAX-PD', 'W3C-20150513']],
    ['1.0.b2', ['Apache-2.0']],
    ['2.0.1', null], // in the span, but the default is "unknown"
    ['3.0', null], // outside the span
  ])('%s -> %j', (version, expected) => expect(licensesOf(record, version, ranges)).toEqual(expected));

  it('the span is read in the ecosystem order (Maven 2.0 = 2.0.0), and lowest > highest is empty', () => {
    const npm: LicenseRecord = { type: 'maven', name: 'a/b', lowestVersion: '2.0', highestVersion: '2.1', defaultLicenses: ['mit'], otherLicenses: [] };
    expect(licensesOf(npm, '2.0.0', ranges)).toEqual(['MIT']);
    expect(licensesOf({ ...npm, lowestVersion: '3.0' }, '2.0.5', ranges)).toBeNull();
  });
});

describe('fillLicenses over real inputs', () => {
  let store: MetadataStore;
  beforeAll(async () => {
    const dir = tempDir();
    const io = memoryIO(dir);
    if ((await main(['sync', '--source', mirrorPath, '--store', `sqlite:${join(dir, 'index.db')}`], io)) !== 0) throw new Error(io.err());
    const opened = openSqliteMetadata(join(dir, 'index.db'));
    if (!opened.ok) throw new Error(opened.error);
    store = opened.value;
  });

  it('fills lodash in a package-lock.json from v2 data, marked as metadata; leaves licences the input has', async () => {
    const sets = await externalSets('create-react-app/package-lock.json');
    const filled = await fillLicenses(sets, store);
    const deps = filled.flatMap((s) => s.dependencies);
    const lodash = deps.filter((d) => d.name === 'lodash');
    expect(lodash.length).toBeGreaterThan(0);
    for (const d of lodash) {
      expect(d.licenses).toEqual(['MIT']);
      expect(licensedFromMetadata(d)).toBe(true);
    }
    // A licence the input carries is never replaced.
    const declared = sets.map((s) => ({ ...s, dependencies: s.dependencies.map((d) => (d.name === 'lodash' ? { ...d, licenses: ['Apache-2.0'] } : d)) }));
    const kept = (await fillLicenses(declared, store)).flatMap((s) => s.dependencies).filter((d) => d.name === 'lodash');
    expect(kept.map((d) => [d.licenses, licensedFromMetadata(d)])).toEqual(lodash.map(() => [['Apache-2.0'], false]));
  });

  it('fills requests 2.32.2 in a poetry.lock from v1 CSV rows, with the SPDX spelling', async () => {
    const sets = await externalSets('inesctec-tsg-client/poetry.lock');
    const requests = (await fillLicenses(sets, store)).flatMap((s) => s.dependencies).find((d) => d.name === 'requests');
    expect(requests?.version).toBe('2.32.2');
    expect(requests?.licenses).toEqual(['Apache-2.0']);
    expect(requests && licensedFromMetadata(requests)).toBe(true);
  });
});
