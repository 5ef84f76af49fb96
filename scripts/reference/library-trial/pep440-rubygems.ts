/**
 * Issue 12's trial: could the well-kept libraries replace the hand-written PEP 440 and RubyGems modules?
 * Asks @renovatebot/pep440 and @renovatebot/ruby-semver every question of the reference goldens
 * (fixtures/ecosystems/pypi/, gem/: packaging and RubyGems themselves) and times them against depindex's modules.
 * The libraries are not dependencies of depindex; install them beside, then run:
 *   npm install --prefix /tmp/library-trial @renovatebot/pep440@5.0.1 @renovatebot/ruby-semver@5.0.0
 *   npx tsx scripts/reference/library-trial/pep440-rubygems.ts /tmp/library-trial/node_modules
 * Prints, per library: agreement on validity, order, pairs, range validity and satisfies; and compares/s and
 * satisfies/s of each side on the same golden rows.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gem } from '../../../src/ecosystems/gem/index.js';
import { pypi } from '../../../src/ecosystems/pypi/index.js';
import type { Ecosystem } from '../../../src/ecosystems/types.js';

const modules = process.argv[2];
if (!modules) throw new Error('usage: npx tsx scripts/reference/library-trial/pep440-rubygems.ts <node_modules with the libraries>');
const load = async (name: string, entry: string) => (await import(pathToFileURL(join(resolve(modules), name, entry)).href)) as Record<string, (...a: unknown[]) => unknown>;
const pep440 = await load('@renovatebot/pep440', 'index.js');
const rubySemver = await load('@renovatebot/ruby-semver', 'dist/index.js');

const rows = <T>(type: string, file: string): T[] =>
  readFileSync(new URL(`../../../fixtures/ecosystems/${type}/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);

interface Library {
  valid(v: string): boolean;
  compare(a: string, b: string): number;
  validRange(r: string): boolean;
  satisfies(v: string, r: string): boolean;
}

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);
const libraries: Record<string, Library> = {
  pypi: {
    valid: (v) => pep440.valid!(v) !== null,
    compare: (a, b) => sign(pep440.compare!(a, b) as number),
    validRange: (r) => pep440.validRange!(r) !== null && pep440.validRange!(r) !== false,
    // packaging's SpecifierSet.contains(v, prereleases=True), as the oracle asks.
    satisfies: (v, r) => pep440.satisfies!(v, r, { prereleases: true }) as boolean,
  },
  gem: {
    valid: (v) => rubySemver.valid!(v) !== null,
    compare: (a, b) => (rubySemver.eq!(a, b) ? 0 : rubySemver.lt!(a, b) ? -1 : 1),
    validRange: (r) => rubySemver.validRange ? rubySemver.validRange(r) !== null : true,
    satisfies: (v, r) => rubySemver.satisfies!(v, r) as boolean,
  },
};

function rate(count: number, step: (i: number) => unknown): number {
  const start = process.hrtime.bigint();
  let done = 0;
  while (process.hrtime.bigint() - start < 500_000_000n) {
    for (let i = 0; i < count; i++) step(i);
    done += count;
  }
  return done / (Number(process.hrtime.bigint() - start) / 1e9);
}

const percent = (wrong: number, total: number) => `${(100 * (1 - wrong / total)).toFixed(2)}% (${total - wrong}/${total})`;

for (const [type, ecosystem] of [['pypi', pypi], ['gem', gem]] as [string, Ecosystem][]) {
  const lib = libraries[type] as Library;
  const order = rows<[string, string]>(type, 'order.jsonl');
  const rejected = rows<[string]>(type, 'rejected.jsonl');
  const pairs = rows<[string, string, number]>(type, 'compare.jsonl');
  const sats = rows<[string, string, boolean]>(type, 'satisfies.jsonl');
  const badRanges = rows<[string]>(type, 'rejected-ranges.jsonl');
  const safe = <T>(f: () => T, fallback: T): T => {
    try {
      return f();
    } catch {
      return fallback;
    }
  };
  const validWrong = order.filter(([, v]) => !safe(() => lib.valid(v), false)).length + rejected.filter(([v]) => safe(() => lib.valid(v), true)).length;
  let orderWrong = 0;
  for (let i = 1; i < order.length; i++) {
    const [rel, v] = order[i] as [string, string];
    if (safe(() => lib.compare((order[i - 1] as [string, string])[1], v), 9) !== (rel === '=' ? 0 : -1)) orderWrong++;
  }
  const pairWrong = pairs.filter(([a, b, c]) => safe(() => lib.compare(a, b), 9) !== c);
  const satWrong = sats.filter(([r, v, yes]) => safe(() => lib.satisfies(v, r), !yes) !== yes);
  const rangeWrong = badRanges.filter(([r]) => safe(() => lib.validRange(r), false)).length;
  console.log(`${type}: library validity ${percent(validWrong, order.length + rejected.length)}, order ${percent(orderWrong, order.length - 1)}, ` +
    `pairs ${percent(pairWrong.length, pairs.length)}, satisfies ${percent(satWrong.length, sats.length)}, rejected ranges ${percent(rangeWrong, badRanges.length)}`);
  console.log(`  first pair differences: ${JSON.stringify(pairWrong.slice(0, 4))}`);
  console.log(`  first satisfies differences: ${JSON.stringify(satWrong.slice(0, 4))}`);

  const { versioning } = ecosystem;
  const parsed = pairs.map(([a, b]) => [versioning.parse(a), versioning.parse(b)] as const).filter(([x, y]) => x.ok && y.ok).map(([x, y]) => [x.ok ? x.value : null, y.ok ? y.value : null]);
  const ownCompare = rate(parsed.length, (i) => versioning.compare((parsed[i] as unknown[])[0], (parsed[i] as unknown[])[1]));
  const ownCompareText = rate(pairs.length, (i) => {
    const [a, b] = pairs[i] as [string, string, number];
    const x = versioning.parse(a);
    const y = versioning.parse(b);
    return x.ok && y.ok ? versioning.compare(x.value, y.value) : 0;
  });
  const libCompare = rate(pairs.length, (i) => safe(() => lib.compare((pairs[i] as [string, string, number])[0], (pairs[i] as [string, string, number])[1]), 0));
  const ownSat = rate(sats.length, (i) => {
    const [r, v] = sats[i] as [string, string, boolean];
    const range = versioning.parseRange(r, 'native');
    const version = versioning.parse(v);
    return range.ok && version.ok && range.value.contains(version.value);
  });
  const libSat = rate(sats.length, (i) => {
    const [r, v] = sats[i] as [string, string, boolean];
    return safe(() => lib.satisfies(v, r), false);
  });
  const k = (n: number) => `${Math.round(n / 1000)}k/s`;
  console.log(`  speed: compare parsed ${k(ownCompare)} (depindex), from text ${k(ownCompareText)} (depindex) vs ${k(libCompare)} (library); ` +
    `satisfies from text ${k(ownSat)} (depindex) vs ${k(libSat)} (library)`);
}
