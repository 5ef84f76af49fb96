import { describe, expect, it } from 'vitest';
import { cargo } from '../../src/ecosystems/cargo/index.js';
import {
  corpus,
  dataLines,
  expectOrder,
  mustParse,
  orderCases,
  rangeCases,
  rangeContains,
  repoPath,
  sharedPath,
} from './support.js';
import { checkAgainstGolden, goldenOrder, isNonDecreasing } from './goldens.js';

const fixtures = (file: string): string => repoPath(`fixtures/ecosystems/cargo/${file}`);
// Both golden files are written by the Rust semver crate: bash scripts/reference/cargo/generate.sh
const golden = goldenOrder(fixtures('golden-order.txt'));

describe('cargo: against the Rust semver crate (golden-order.txt)', () => {
  it('covers the whole real corpus', () => {
    const listed = new Set([...golden.invalid, ...golden.ranked.map((r) => r.version)]);
    expect(corpus('cargo').filter((v) => !listed.has(v))).toEqual([]);
  });

  it('accepts and rejects exactly what Version::parse does', () => {
    expect(golden.ranked.filter((r) => !cargo.versioning.parse(r.version).ok).map((r) => r.version)).toEqual([]);
    expect(golden.invalid.filter((v) => cargo.versioning.parse(v).ok)).toEqual([]);
    // The corpus has Debian-derived two-part versions like "0.16" that Cargo refuses.
    expect(golden.invalid).toContain('0.16');
  });

  it('sorts as Ord for Version does, ties included', () => {
    const { sortedRanks, tieErrors } = checkAgainstGolden(cargo, golden);
    expect(tieErrors).toEqual([]);
    expect(isNonDecreasing(sortedRanks)).toBe(true);
  });
});

describe('cargo: requirements against VersionReq::matches (golden-matches.txt)', () => {
  const probes = dataLines(fixtures('probe-versions.txt'));
  const rows = dataLines(fixtures('golden-matches.txt')).map((line) => {
    const tab = line.indexOf('\t');
    return { bits: line.slice(0, tab), req: line.slice(tab + 1) };
  });

  it('covers every real requirement of the corpus', () => {
    const reqs = new Set(rows.map((r) => r.req));
    const real = dataLines(sharedPath('versions-corpus/ranges/cargo.txt'));
    expect(real.filter((r) => !reqs.has(r))).toEqual([]);
    expect(rows.length).toBeGreaterThan(700);
  });

  it('parses and matches every requirement as the crate does', () => {
    const wrong: string[] = [];
    for (const { bits, req } of rows) {
      const range = cargo.versioning.parseRange(req, 'native');
      if (bits === 'invalid') {
        if (range.ok) wrong.push(`accepted invalid ${JSON.stringify(req)}`);
        continue;
      }
      if (!range.ok) {
        wrong.push(`rejected ${JSON.stringify(req)}: ${range.error}`);
        continue;
      }
      const ours = probes.map((p) => (range.value.contains(mustParse(cargo, p)) ? '1' : '0')).join('');
      if (ours !== bits) wrong.push(`${JSON.stringify(req)}: crate ${bits}, ours ${ours}`);
    }
    expect(wrong).toEqual([]);
    expect(rows.filter((r) => r.bits === 'invalid').map((r) => r.req)).toContain('1.2.3 2.0.0');
  });
});

describe('cargo: every real requirement against every real version (golden-corpus-matches.txt)', () => {
  it('matches exactly where the crate matches', () => {
    // The generator's probes are the corpus lines the crate parses, in file order (Version::parse agreement is
    // proven above); bits are packed as hex, first probe in the high bit.
    const probes = corpus('cargo')
      .filter((l) => !l.startsWith('#'))
      .flatMap((l) => {
        const v = cargo.versioning.parse(l);
        return v.ok ? [v.value] : [];
      });
    const toHex = (bits: string): string =>
      (bits.padEnd(Math.ceil(bits.length / 4) * 4, '0').match(/.{4}/g) ?? []).map((b) => parseInt(b, 2).toString(16)).join('');
    const wrong: string[] = [];
    let rows = 0;
    for (const line of dataLines(fixtures('golden-corpus-matches.txt'))) {
      const tab = line.indexOf('\t');
      const [want, req] = [line.slice(0, tab), line.slice(tab + 1)];
      rows++;
      const range = cargo.versioning.parseRange(req, 'native');
      if (want === 'invalid' || !range.ok) {
        if ((want === 'invalid') !== !range.ok) wrong.push(`${req}: crate ${want}, ours ${range.ok ? 'valid' : 'invalid'}`);
        continue;
      }
      const ours = toHex(probes.map((p) => (range.value.contains(p) ? '1' : '0')).join(''));
      if (ours !== want) wrong.push(req);
    }
    expect(rows).toBeGreaterThan(700);
    expect(wrong).toEqual([]);
  });
});

describe('cargo: order cases', () => {
  it.each(orderCases(fixtures('order.txt')))('$line', (c) => expectOrder(cargo, c));
});

describe('cargo: invalid versions', () => {
  it.each(dataLines(fixtures('invalid.txt')))('rejects %j', (v) => expect(cargo.versioning.parse(v).ok).toBe(false));
});

describe('cargo: advisory and native ranges', () => {
  it.each(rangeCases(fixtures('ranges.txt')))('$line', (c) => expect(rangeContains(cargo, c)).toBe(c.expected));

  it.each(['>= 0.13.0, < 0.14.0', '', '||', '>=0.1 ||'])('advisory syntax refuses %j', (text) => {
    expect(cargo.versioning.parseRange(text, 'advisory').ok).toBe(false);
  });
});

describe('cargo: names', () => {
  it.each([
    ['Serde_JSON', 'serde_json'],
    ['serde-json', 'serde_json'],
    ['tokio', 'tokio'],
  ])('%j is canonically %j (crates.io folds case and - / _)', (name, want) => expect(cargo.canonicalName(null, name)).toBe(want));
});
