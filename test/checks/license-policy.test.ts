import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { licensePolicy } from '../../src/checks/license-policy.js';
import { normaliseSpdxCase, parseLicenses } from '../../src/checks/spdx-eval.js';
import { runChecks } from '../../src/checks/run.js';
import { decideVerdict } from '../../src/checks/verdict.js';
import type { DependencySet } from '../../src/model/dependency-set.js';
import { configOf, external, scanOf } from './support.js';

const dep = (licenses: string[] | null, development: boolean | null = false) => ({
  purl: 'pkg:npm/x@1.0.0', type: 'npm', namespace: null, name: 'x', version: '1.0.0', introduced: true, development, licenses, checksums: null, source: null,
});
const setOf = (...deps: ReturnType<typeof dep>[]): DependencySet => ({ file: 'package-lock.json', packageManager: 'npm', format: 'npm-lock', dependencies: deps, graph: { edges: new Map() } });
const judge = (yaml: string, licenses: string[] | null, development = false) =>
  licensePolicy({ sets: [setOf(dep(licenses, development))], config: configOf(yaml), reported: [], previous: null, now: new Date() });

describe('license-policy: SPDX expressions evaluated, not split', () => {
  it.each([
    ['MIT OR GPL-3.0-only', 0],
    ['MIT AND GPL-3.0-only', 1],
    ['(MIT OR Apache-2.0) AND BSD-3-Clause', 1],
    ['(MIT OR Apache-2.0) AND ISC', 0],
    ['Apache-2.0 WITH LLVM-exception', 0],
    ['GPL-2.0-or-later', 1],
  ])('%s against allow [MIT, Apache-2.0, ISC] gives %i findings', (expression, count) => {
    expect(judge('licenses:\n  allow: [MIT, Apache-2.0, ISC]\n', [expression])).toHaveLength(count);
  });

  it('a deny list fires only when the expression cannot avoid the denied licence', () => {
    const yaml = 'licenses:\n  deny: [GPL-3.0-only]\n';
    expect(judge(yaml, ['MIT OR GPL-3.0-only'])).toHaveLength(0);
    expect(judge(yaml, ['MIT AND GPL-3.0-only'])[0]).toMatchObject({ rule: 'licenses.deny', severity: 'medium' });
    expect(judge(yaml, ['GPL-3.0-or-later'])).toHaveLength(1);
  });

  it('LicenseRef ids are allowed by name', () => {
    expect(judge('licenses:\n  allow: [LicenseRef-acme]\n', ['LicenseRef-acme'])).toHaveLength(0);
    expect(judge('licenses:\n  allow: [MIT]\n', ['LicenseRef-acme'])).toHaveLength(1);
  });

  it('an unknown licence says which string and why, per licenses.unknown', () => {
    const [warned] = judge('licenses:\n  allow: [MIT]\n', ['Apache 2']);
    expect(warned?.severity).toBe('unknown');
    expect(warned?.message).toContain('"Apache 2" is not an SPDX expression');
    expect(warned?.message).toContain('closest SPDX id: Apache-2.0');
    expect(judge('licenses:\n  allow: [MIT]\n  unknown: fail\n  severity: high\n', null)[0]?.severity).toBe('high');
    expect(judge('licenses:\n  allow: [MIT]\n  unknown: ignore\n', null)).toHaveLength(0);
  });

  it('a denied or-later licence denies every later version (spdx-satisfies ranges)', () => {
    for (const entry of ['GPL-2.0+', 'GPL-2.0-or-later']) {
      const yaml = `licenses:\n  deny: [${entry}]\n`;
      for (const denied of ['GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0-only', 'GPL-3.0-or-later', 'MIT AND GPL-3.0-only']) {
        expect(judge(yaml, [denied]).map((f) => f.rule), `${denied} with deny ${entry}`).toEqual(['licenses.deny']);
      }
      for (const passing of ['MIT', 'LGPL-3.0-only', 'GPL-1.0-only', 'MIT OR GPL-3.0-only']) expect(judge(yaml, [passing]), `${passing} with deny ${entry}`).toEqual([]);
    }
    // GPL-2.0-or-later can still be taken as GPL-2.0 when only 3.0 and later are denied.
    expect(judge('licenses:\n  deny: [GPL-3.0-or-later]\n', ['GPL-2.0-or-later'])).toEqual([]);
    expect(judge('licenses:\n  deny: [GPL-3.0-or-later]\n', ['GPL-3.0-only'])).toHaveLength(1);
  });

  it('licenses.unknown: warn never fails the verdict, even with fail-on: info', () => {
    const config = configOf('fail-on: info\nlicenses:\n  allow: [MIT]\n');
    const findings = runChecks({ sets: [setOf(dep(['Apache 2']))], config, reported: [], previous: null, now: new Date() }, null);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['licenses.unknown', 'unknown']]);
    expect(decideVerdict(findings, config, false)).toBe('warn');
    const failing = configOf('fail-on: info\nlicenses:\n  allow: [MIT]\n  unknown: fail\n');
    expect(decideVerdict(runChecks({ sets: [setOf(dep(['Apache 2']))], config: failing, reported: [], previous: null, now: new Date() }, null), failing, false)).toBe('fail');
  });

  it('licence ids match whatever their case, in inputs and in the config', () => {
    const allow = 'licenses:\n  allow: [MIT, BSD-3-Clause]\n';
    for (const text of ['mit', 'bsd-3-clause', 'Mit', 'mit or gpl-3.0-only', '(mit AND bsd-3-clause)']) expect(judge(allow, [text]), text).toEqual([]);
    expect(judge(allow, ['gpl-3.0-only']).map((f) => f.rule)).toEqual(['licenses.allow']);
    expect(judge('licenses:\n  allow: [mit, apache-2.0]\n', ['MIT'])).toEqual([]);
    expect(judge('licenses:\n  allow: [mit, apache-2.0]\n', ['Apache-2.0 WITH LLVM-exception'])).toEqual([]);
    expect(judge('licenses:\n  deny: [gpl-3.0-only]\n', ['GPL-3.0-only']).map((f) => f.rule)).toEqual(['licenses.deny']);
    expect(judge('licenses:\n  deny: [gpl-2.0+]\n', ['gpl-3.0-only']).map((f) => f.rule)).toEqual(['licenses.deny']);
  });

  it('exception names after WITH are respelt as the SPDX exceptions list has them, so case never makes them unknown', () => {
    const allow = 'licenses:\n  allow: [GPL-2.0-only, Apache-2.0]\n';
    // Spellings from spdx-exceptions (the list spdx-expression-parse checks against), written in other cases.
    for (const text of ['GPL-2.0-only WITH classpath-exception-2.0', 'gpl-2.0-only with CLASSPATH-EXCEPTION-2.0', 'apache-2.0 with llvm-exception']) {
      expect(judge(allow, [text]), text).toEqual([]);
    }
    expect(parseLicenses(['GPL-2.0-only with classpath-exception-2.0'])).toMatchObject({ ok: true, tree: { license: 'GPL-2.0-only', exception: 'Classpath-exception-2.0' } });
    expect(normaliseSpdxCase('mit or (gpl-2.0-only with gcc-exception-3.1)')).toBe('MIT OR (GPL-2.0-only WITH GCC-exception-3.1)');
    // An exception the list does not know stays unknown, named.
    expect(judge(allow, ['GPL-2.0-only WITH no-such-exception'])[0]?.message).toContain('"GPL-2.0-only WITH no-such-exception" is not an SPDX expression');
  });

  it('scope runtime leaves development dependencies out', () => {
    expect(judge('licenses:\n  allow: [MIT]\n  scope: runtime\n', ['GPL-3.0-only'], true)).toHaveLength(0);
    expect(judge('licenses:\n  allow: [MIT]\n', ['GPL-3.0-only'], true)).toHaveLength(1);
  });

  it('judges the real licence mix of the juice-shop SBOM as the SPDX list says', async () => {
    const path = 'cyclonedx-node-npm/demo/juice-shop/example-results/flat/bom.1.6.json';
    const scan = await scanOf(external, path);
    const allow = ['MIT', 'ISC', 'BSD-3-Clause', 'BSD-2-Clause', 'Apache-2.0', '0BSD', 'Unlicense'];
    const findings = licensePolicy({ sets: scan.sets, config: configOf(`licenses:\n  allow: [${allow.join(', ')}]\n`), reported: [], previous: null, now: new Date() });
    // Independently from the BOM: which components carry which licence texts.
    const bom = JSON.parse(readFileSync(external + path, 'utf8')) as { components: { name: string; group?: string; licenses?: { expression?: string; license?: { id?: string; name?: string } }[] }[] };
    const namesWith = (text: string) =>
      bom.components.filter((c) => (c.licenses ?? []).some((l) => (l.expression ?? l.license?.id ?? l.license?.name) === text)).map((c) => (c.group ? `${c.group}/${c.name}` : c.name)).sort();
    const flagged = (rule: string) => [...new Set(findings.filter((f) => f.rule === rule).map((f) => f.name))].sort();
    // "(MIT OR WTFPL)" and "(MIT OR Apache-2.0)" are satisfied by MIT; GPL-2.0 and WTFPL alone are not allowed.
    for (const name of namesWith('(MIT OR WTFPL)')) expect(flagged('licenses.allow')).not.toContain(name);
    for (const name of namesWith('(MIT OR Apache-2.0)')) expect(flagged('licenses.allow')).not.toContain(name);
    expect(namesWith('GPL-2.0').length).toBeGreaterThan(0);
    for (const name of namesWith('GPL-2.0')) expect(flagged('licenses.allow')).toContain(name);
    // "MIT/X11" and "Apache2" are not SPDX: unknown, naming the string.
    for (const text of ['MIT/X11', 'Apache2']) {
      for (const name of namesWith(text)) {
        const f = findings.find((x) => x.name === name && x.rule === 'licenses.unknown');
        expect(f?.message).toContain(`"${text}" is not an SPDX expression`);
      }
    }
    for (const name of namesWith('MIT')) if (!namesWith('MIT/X11').includes(name)) expect(flagged('licenses.allow')).not.toContain(name);
  });
});
