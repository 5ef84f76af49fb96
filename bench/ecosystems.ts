/**
 * Version semantics benchmark (issue "Version semantics for every ecosystem"): `npx tsx bench/ecosystems.ts`.
 * For every registered ecosystem with version semantics: comparisons per second between already parsed versions
 * of its real corpus (../shared/versions-corpus/<type>.txt), and satisfies per second against an already parsed
 * range. Budget: 200,000/s each. Prints a table; exits 1 when a budget is missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ecosystems } from '../src/ecosystems/registry.js';
import type { Ecosystem, RangeSyntax, VersionRange } from '../src/ecosystems/types.js';

const BUDGET = 200_000;
const SECONDS = 0.25;
const corpusDir = join(new URL('..', import.meta.url).pathname, '..', 'shared', 'versions-corpus');

function corpus(type: string): string[] {
  const file = join(corpusDir, `${type}.txt`);
  // pub has no corpus of its own; npm's versions are SemVer, which pub reads.
  const text = readFileSync(existsSync(file) ? file : join(corpusDir, 'npm.txt'), 'utf8');
  return text.split('\n').filter((l) => l !== '');
}

/** A range every ecosystem can read in one of its syntaxes: the first candidate that parses. */
const CANDIDATES: [string, RangeSyntax][] = [
  ['>=1.0.0 <2.0.0', 'advisory'],
  ['>=v1.0.0 <v2.0.0', 'advisory'],
  ['[1.0.0,2.0.0)', 'advisory'],
  ['>=1.0.0, <2.0.0', 'advisory'],
  ['<2.0.0', 'advisory'],
  ['<2.0', 'advisory'],
  ['>=1.0.0 <2.0.0', 'native'],
];

function rangeFor(ecosystem: Ecosystem): VersionRange<unknown> | null {
  for (const [text, syntax] of CANDIDATES) {
    const r = ecosystem.versioning.parseRange(text, syntax);
    if (r.ok) return r.value;
  }
  return null;
}

/** Runs `step` in rounds over the inputs until SECONDS have passed; returns operations per second. */
function rate(inputs: number, step: (i: number) => unknown): number {
  let ops = 0;
  let sink = 0;
  const start = process.hrtime.bigint();
  const limit = start + BigInt(Math.round(SECONDS * 1e9));
  let now = start;
  while (now < limit) {
    for (let i = 0; i < inputs; i++) if (step(i)) sink++;
    ops += inputs;
    now = process.hrtime.bigint();
  }
  if (sink < 0) console.log(sink);
  return ops / (Number(now - start) / 1e9);
}

const rows: string[][] = [];
let missed = 0;
for (const ecosystem of ecosystems) {
  const parsed = corpus(ecosystem.type).flatMap((text) => {
    const r = ecosystem.versioning.parse(text);
    return r.ok ? [r.value] : [];
  });
  const range = rangeFor(ecosystem);
  if (parsed.length < 2 || !range) {
    rows.push([ecosystem.type, String(parsed.length), '-', '-', 'no corpus or range']);
    missed++;
    continue;
  }
  const { compare } = ecosystem.versioning;
  const n = parsed.length;
  // Each version against its neighbour in the (unsorted) corpus file: realistic, varied pairs.
  const compares = rate(n, (i) => compare(parsed[i], parsed[(i + 1) % n]));
  const satisfies = rate(n, (i) => range.contains(parsed[i]));
  const ok = compares >= BUDGET && satisfies >= BUDGET;
  if (!ok) missed++;
  rows.push([ecosystem.type, String(n), Math.round(compares).toLocaleString('en'), Math.round(satisfies).toLocaleString('en'), ok ? 'ok' : `below ${BUDGET.toLocaleString('en')}/s`]);
}

const header = ['type', 'versions', 'compare/s', 'satisfies/s', 'budget'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
process.exit(missed > 0 ? 1 : 0);
