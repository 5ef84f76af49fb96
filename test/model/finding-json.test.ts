import { describe, expect, it } from 'vitest';
import { findingFromJson, findingJson } from '../../src/model/finding-json.js';
import type { Finding } from '../../src/model/finding.js';

const finding: Finding = {
  id: '19f24a4f833ae5ef1670f3f537206148', kind: 'vulnerability', severity: 'critical', new: true, suppressed: false, suppressedBy: null,
  file: 'package-lock.json', purl: 'pkg:npm/lodash@4.17.20', name: 'lodash', version: '4.17.20',
  message: 'lodash 4.17.20 is affected by GHSA-35jh-r3h4-6jhm. Upgrade to 4.17.21 or later.', rule: null,
  advisory: {
    id: 'GHSA-35jh-r3h4-6jhm', identifiers: [{ type: 'cve', name: 'CVE-2021-23337', value: 'CVE-2021-23337', url: null }], title: 'Command Injection in lodash',
    cvss: [{ version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H', baseScore: 7.2 }], source: 'glad', epss: 0.012, knownExploited: false, url: null,
  },
  fixedVersions: ['4.17.21'],
  introducedBy: ['pkg:npm/lodash@4.17.20'],
};

describe('a finding and its JSON text', () => {
  it('reads a finding from its text and gives that very text back', () => {
    const text = JSON.stringify(finding);
    const read = findingFromJson(text);
    expect(read).toEqual(finding);
    expect(findingJson(read)).toBe(text);
  });

  it('gives a finding a check made anew its own text, never the text of the one it was made from', () => {
    const read = findingFromJson(JSON.stringify(finding));
    const changed: Finding = { ...read, new: false, suppressed: true, suppressedBy: 'exception 1' };
    expect(JSON.parse(findingJson(changed))).toEqual(changed);
    expect(findingJson(changed)).toBe(JSON.stringify(changed));
  });
});
