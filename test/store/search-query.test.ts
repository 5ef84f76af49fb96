import { describe, expect, it } from 'vitest';
import { buildSearchQuery, parseAddedSince, rangeMatcher, resolveType } from '../../src/store/search-query.js';

const NOW = new Date('2026-11-22T12:00:00Z');

describe('parseAddedSince', () => {
  it.each([
    ['12h', '2026-11-22T00:00:00.000Z'],
    ['7d', '2026-11-15T12:00:00.000Z'],
    ['2w', '2026-11-08T12:00:00.000Z'],
    ['0d', '2026-11-22T12:00:00.000Z'],
    ['2026-11-01', '2026-11-01T00:00:00.000Z'],
    ['2026-11-01T08:30:00Z', '2026-11-01T08:30:00.000Z'],
    ['2026-11-01T08:30:00+02:00', '2026-11-01T06:30:00.000Z'],
    ['2026-11-01T08:30Z', '2026-11-01T08:30:00.000Z'],
  ])('%s -> %s', (text, iso) => {
    const parsed = parseAddedSince(text, NOW);
    expect(parsed.ok && parsed.value.toISOString()).toBe(iso);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-11-01T08:30:00', '7 days', '7m', '-7d', 'yesterday', ''])('refuses %j', (text) => {
    const parsed = parseAddedSince(text, NOW);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('is neither a date');
  });
});

describe('resolveType', () => {
  it.each([
    ['npm', 'npm'],
    ['PyPI', 'pypi'],
    ['go', 'golang'],
    ['packagist', 'composer'],
    ['rubygem', 'gem'],
    ['generic', 'generic'],
  ])('%s -> %s', (text, type) => {
    expect(resolveType(text)).toEqual({ ok: true, value: type });
  });

  it('names the known types when it refuses one', () => {
    const resolved = resolveType('npmm');
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) expect(resolved.error).toMatch(/^unknown purl type "npmm"; known types: npm, pypi, maven/);
  });
});

describe('buildSearchQuery', () => {
  it('defaults to the first 50 hits and trims values', () => {
    expect(buildSearchQuery({ name: ' lodash ', group: 'acme/web/' }, NOW)).toEqual({
      ok: true,
      value: { name: 'lodash', group: 'acme/web', limit: 50, offset: 0 },
    });
  });

  it('maps every filter', () => {
    const built = buildSearchQuery(
      {
        type: 'go', version: 'v1.2.3', license: 'MIT', addedSince: '1w', excludeDevelopment: true, project: 'a/b',
        ref: 'main', defaultBranch: true, limit: '10', offset: '20',
      },
      NOW,
    );
    expect(built).toEqual({
      ok: true,
      value: {
        type: 'golang', version: 'v1.2.3', license: 'MIT', addedSince: new Date('2026-11-15T12:00:00Z'), excludeDevelopment: true,
        project: 'a/b', ref: 'main', defaultBranchOnly: true, limit: 10, offset: 20,
      },
    });
  });

  it('keeps an advisory with the scope flags: the search by advisory reads the metadata (advisory-search.ts)', () => {
    expect(buildSearchQuery({ advisory: ' cve-2021-44228 ', type: 'maven', group: 'acme/', excludeDevelopment: true, limit: '5' }, NOW)).toEqual({
      ok: true,
      value: { advisory: 'cve-2021-44228', type: 'maven', group: 'acme', excludeDevelopment: true, limit: 5, offset: 0 },
    });
  });

  it.each([
    [{ advisory: 'CVE-2021-44228', name: 'log4j-core' }, '--name cannot be given with --advisory'],
    [{ advisory: 'CVE-2021-44228', type: 'maven', version: '2.14.1' }, '--version cannot be given with --advisory'],
    [{ advisory: 'CVE-2021-44228', type: 'maven', range: '[2.0,2.17.1)' }, '--range cannot be given with --advisory'],
    [{ advisory: ' ' }, '--advisory is empty'],
    [{ advisory: 'X'.repeat(257) }, '--advisory is longer than 256 characters'],
    [{ range: '^1.0.0' }, '--range needs --type'],
    [{ type: 'npm', range: '^1', version: '1.0.0' }, 'give either --version or --range, not both'],
    [{ limit: '1001' }, '--limit must be a whole number from 1 to 1000, got "1001"'],
    [{ limit: '1.5' }, '--limit must be a whole number'],
    [{ offset: '-1' }, '--offset must be a whole number from 0 to 10000'],
    [{ offset: '9990', limit: '50' }, '--offset plus --limit may reach at most 10000'],
    [{ project: '  ' }, '--project is empty'],
    [{ type: 'generic', range: '>1' }, '--range: version ranges need an ecosystem that depindex supports'],
  ])('refuses %j', (filters, message) => {
    const built = buildSearchQuery(filters, NOW);
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.error).toContain(message);
  });
});

describe('rangeMatcher with npm', () => {
  it('tests versions with the ecosystem\'s semantics, unparseable ones never matching', () => {
    const matcher = rangeMatcher('npm', '^4.17.0');
    if (!matcher.ok) throw new Error(matcher.error);
    expect(['4.17.0', '4.17.21', '4.99.0', '5.0.0', '4.16.9', '5.0.0-rc.1', 'not-a-version'].filter(matcher.value)).toEqual(['4.17.0', '4.17.21', '4.99.0']);
  });

  it('refuses a range the ecosystem rejects, naming it', () => {
    const matcher = rangeMatcher('npm', '>>>nope');
    expect(matcher.ok).toBe(false);
    if (!matcher.ok) expect(matcher.error).toMatch(/^invalid npm version range ">>>nope": /);
  });
});
