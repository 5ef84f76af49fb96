import { describe, expect, it } from 'vitest';
import { toLicenses } from '../../../src/report/cyclonedx/licenses.js';

// Expressions as SPDX 2.3 Annex D defines them; the ids of the SPDX license list.
describe('toLicenses', () => {
  it.each([
    ['MIT OR Apache-2.0', [{ expression: 'MIT OR Apache-2.0' }]],
    ['(MIT OR ISC) AND BSD-3-Clause', [{ expression: '(MIT OR ISC) AND BSD-3-Clause' }]],
    ['GPL-2.0-only WITH Classpath-exception-2.0', [{ expression: 'GPL-2.0-only WITH Classpath-exception-2.0' }]],
    ['LicenseRef-Custom AND MIT', [{ expression: 'LicenseRef-Custom AND MIT' }]],
    ['MIT', [{ license: { id: 'MIT' } }]],
    ['apache-2.0', [{ license: { id: 'Apache-2.0' } }]],
    // Not an expression, only shaped like one: "Custom" is no license id, "License (2.0)" no syntax of Annex D.
    ['MIT OR Custom', [{ license: { name: 'MIT OR Custom' } }]],
    ['Apache License (2.0)', [{ license: { name: 'Apache License (2.0)' } }]],
  ])('%s', (text, expected) => {
    expect(toLicenses([text])).toEqual(expected);
  });

  it('writes a list as single licenses, ids where the SPDX list has them', () => {
    expect(toLicenses(['MIT', 'Some custom license'])).toEqual([{ license: { id: 'MIT' } }, { license: { name: 'Some custom license' } }]);
  });
});
