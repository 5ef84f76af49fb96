import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli.js';
import { configDefaults } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load.js';
import { parseConfig } from '../../src/config/parse.js';
import { configSchema } from '../../src/config/schema.js';
import { memoryIO } from '../cli/io.js';

/** The configuration the issue documents as the contract (issue 13, "Configuration: .depindex.yml"). */
const ISSUE_EXAMPLE = `fail-on: high            # lowest severity that fails the verdict; never = report only
mode: enforce            # or warn: findings reported, verdict never fails
only-new: true           # on a merge/pull request only findings new in the change decide the verdict
registries:
  private: [https://npm.acme.internal/]        # source prefixes or hosts
  private-packages: ["pkg:npm/%40acme/*"]      # purl patterns that must come from a private registry
dependencies:
  deny:
    - purl: pkg:maven/org.apache.logging.log4j/log4j-core
      range: "[2.0,2.17.1)"                      # optional, the ecosystem's syntax
      scope: runtime                             # runtime | development | all (default all)
      severity: critical
      reason: Log4Shell
licenses:
  allow: [MIT, Apache-2.0, BSD-3-Clause, ISC]    # or deny: [...]
  unknown: warn                                  # fail | warn | ignore
exceptions:                                      # suppress matching findings, never silently
  - purl: pkg:npm/left-pad
    kinds: [license-policy]
    until: 2027-03-31
    reason: legal approved, ticket LEGAL-12
`;

describe('.depindex.yml', () => {
  it('accepts the documented example and fills what it leaves out', () => {
    const { config, errors } = parseConfig(ISSUE_EXAMPLE, '.depindex.yml');
    expect(errors).toEqual([]);
    expect(config?.dependencies.deny[0]).toMatchObject({ purl: 'pkg:maven/org.apache.logging.log4j/log4j-core', range: '[2.0,2.17.1)', scope: 'runtime', severity: 'critical' });
    expect(config?.licenses.deny).toEqual([]);
    expect(config?.exceptions[0]?.until).toBe('2027-03-31');
  });

  it('has the documented defaults when empty', () => {
    const { config } = parseConfig('', '.depindex.yml');
    expect(config).toMatchObject({ 'fail-on': 'high', mode: 'enforce', 'only-new': true, licenses: { unknown: 'warn' }, dependencies: { deny: [] }, exceptions: [] });
  });

  it('gives without a file what the validator fills into an empty one, in the same order', async () => {
    const { config } = parseConfig('', '.depindex.yml');
    const loaded = await loadConfig(null, mkdtempSync(join(tmpdir(), 'depindex-noconfig-')));
    expect(loaded.ok && loaded.value.path).toBe(null);
    expect(JSON.stringify(loaded.ok && loaded.value.config)).toBe(JSON.stringify(config));
    // Fresh objects each time: a caller that changes its copy changes no one else's.
    expect(configDefaults().dependencies.deny).not.toBe(configDefaults().dependencies.deny);
  });

  it('names an unknown or misspelt key with its line', () => {
    const text = 'fail-on: high\nlicenses:\n  allow: [MIT]\n  unknwon: warn\nfial-on: low\n';
    expect(parseConfig(text, 'cfg.yml').errors.sort()).toEqual([
      'config: cfg.yml:4: licenses.unknwon: unknown key in licenses',
      'config: cfg.yml:5: fial-on: unknown key',
    ]);
  });

  it('names a wrong value with the allowed ones', () => {
    expect(parseConfig('mode: strict\n', 'c.yml').errors).toEqual(['config: c.yml:1: mode: must be equal to one of the allowed values: one of enforce, warn']);
  });

  it('suggests the closest SPDX id for an invalid one in the allow list', () => {
    const [error] = parseConfig('licenses:\n  allow:\n    - MIT\n    - Apache 2\n', 'c.yml').errors;
    expect(error).toBe('config: c.yml:4: licenses.allow[1]: "Apache 2" is not an SPDX licence id; did you mean "Apache-2.0"?');
  });

  it('refuses a range the ecosystem cannot parse, and a purl pattern that is none', () => {
    const text = 'dependencies:\n  deny:\n    - purl: pkg:npm/lodash\n      range: ">=4.0.0 <<4.17.21"\n    - purl: "pkg:"\n';
    const errors = parseConfig(text, 'c.yml').errors;
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^config: c\.yml:4: dependencies\.deny\[0\]\.range: ">=4\.0\.0 <<4\.17\.21" is not a npm range/);
    expect(errors[1]).toMatch(/^config: c\.yml:5: dependencies\.deny\[1\]\.purl: /);
  });

  it('refuses an exception without purl or id (it would suppress everything)', () => {
    expect(parseConfig('exceptions:\n  - reason: x\n', 'c.yml').errors[0]).toMatch(/^config: c\.yml:2: exceptions\[0\]: an exception needs purl or id/);
  });

  it('refuses an exception date that does not exist, naming the key and line', async () => {
    const yaml = (until: string) => `exceptions:\n  - purl: pkg:npm/left-pad\n    until: ${until}\n    reason: x\n`;
    for (const until of ['2026-02-31', '2026-02-29', '2027-04-31', '2027-13-01', '2027-00-10']) {
      expect(parseConfig(yaml(until), 'c.yml').errors, until).toEqual([`config: c.yml:3: exceptions[0].until: "${until}" is not a date (YYYY-MM-DD, a day that exists)`]);
    }
    for (const until of ['2028-02-29', '2027-12-31']) expect(parseConfig(yaml(until), 'c.yml').errors, until).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'depindex-config-'));
    writeFileSync(join(dir, 'bad.yml'), yaml('2026-02-31'));
    const io = memoryIO(dir);
    expect(await main(['config', 'check', '--config', 'bad.yml'], io)).toBe(64);
    expect(io.err()).toContain('config: bad.yml:3: exceptions[0].until: "2026-02-31" is not a date');
  });

  it('says where YAML itself is broken', () => {
    expect(parseConfig('fail-on: high\nlicenses: [MIT\n', 'c.yml').errors[0]).toMatch(/^config: c\.yml:\d+: /);
  });

  it('the config schema is a valid JSON Schema (the loader compiles it without checking that, for speed)', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    expect(ajv.validateSchema(configSchema)).toBe(true);
    expect(ajv.validateSchema({ type: 'object', properties: { a: { type: 'no-such-type' } } })).toBe(false);
  });

  it('config schema prints a JSON Schema that validates the documented example', async () => {
    const io = memoryIO(process.cwd());
    expect(await main(['config', 'schema'], io)).toBe(0);
    const validate = new Ajv({ strict: false }).compile(JSON.parse(io.out()) as object);
    expect(validate(parse(ISSUE_EXAMPLE))).toBe(true);
    expect(validate({ 'fail-on': 'high', extra: 1 })).toBe(false);
  });

  it('config check prints the effective configuration, and exits 64 on a bad file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-config-'));
    writeFileSync(join(dir, '.depindex.yml'), 'fail-on: medium\n');
    const io = memoryIO(dir);
    expect(await main(['config', 'check'], io)).toBe(0);
    expect(parse(io.out())).toMatchObject({ 'fail-on': 'medium', mode: 'enforce', 'only-new': true });
    writeFileSync(join(dir, 'bad.yml'), 'fail_on: medium\n');
    const bad = memoryIO(dir);
    expect(await main(['config', 'check', '--config', 'bad.yml'], bad)).toBe(64);
    expect(bad.err()).toBe('config: bad.yml:1: fail_on: unknown key\n');
  });

  it('a scan with a bad config exits 64 and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'depindex-config-'));
    writeFileSync(join(dir, '.depindex.yml'), 'licences:\n  allow: [MIT]\n');
    const lock = new URL('../../../shared/fixtures/external/create-react-app/package-lock.json', import.meta.url).pathname;
    const io = memoryIO(dir);
    const code = await main(['scan', lock, '--sbom', 'sbom.json', '--findings', 'f.json', '--store', 'sqlite:index.db', '--project', 'g/p', '--ref', 'main'], io);
    expect(code).toBe(64);
    expect(io.err()).toContain('config: .depindex.yml:1: licences: unknown key');
    expect(readdirSync(dir)).toEqual(['.depindex.yml']);
  });
});
