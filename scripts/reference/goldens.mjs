// Builds the golden files of one ecosystem from its REAL reference implementation (an "oracle" script in
// scripts/reference/<type>/), so the vitest suites compare our answers with the reference without needing it.
//
//   node scripts/reference/goldens.mjs <type> <oracle command...>   (GOLDENS_DIR=<dir> to write elsewhere)
//
// Inputs: ../shared/versions-corpus/<type>.txt, ../shared/versions-corpus/ranges/<type>.txt, and the hand-written
// edge cases scripts/reference/<type>/hand-versions.txt and hand-ranges.txt (one per line, JSON string lines
// allowed for whitespace cases; a hand-ranges line may be a JSON array ["range", ["versions to ask about"]]).
// Outputs in fixtures/ecosystems/<type>/ (JSON lines, deterministic):
//   order.jsonl      [relation to previous line ("<", "=" or "" first), version] in the reference's order
//   compare.jsonl    [a, b, -1|0|1] pseudo-random pairs
//   rejected.jsonl   [version] inputs the reference rejects
//   satisfies.jsonl  [range, version, true|false] the reference's answer
//   rejected-ranges.jsonl [range]
// Oracle protocol: one JSON request per stdin line, one JSON answer per stdout line:
//   {"op":"parse","v":s} -> true|false      {"op":"range","r":s} -> true|false
//   {"op":"sort","vs":[...]} -> [[rel, v]...] {"op":"cmp","a":s,"b":s} -> -1|0|1
//   {"op":"sat","r":s,"vs":[...]} -> [bool...]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [type, ...oracle] = process.argv.slice(2);
if (!type || oracle.length === 0) {
  console.error('usage: node scripts/reference/goldens.mjs <type> <oracle command...>');
  process.exit(2);
}
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(repo, '../shared/versions-corpus');
const here = resolve(repo, 'scripts/reference', type);
// GOLDENS_DIR writes elsewhere (a second reference of the same type, e.g. Maven 4 beside Maven 3.9).
const out = process.env.GOLDENS_DIR ? resolve(repo, process.env.GOLDENS_DIR) : resolve(repo, 'fixtures/ecosystems', type);

// Variants appended to each version named in a range, to probe the edges around it (per ecosystem).
const VARIANTS = {
  pypi: ['', 'a1', '.dev0', '.post1', '+local.1', '.0', '.1', 'rc1'],
  gem: ['', '.a', '.pre.1', '.0', '.1', '.0.1', 'a'],
  composer: ['', '-dev', '-alpha1', '-beta', '-RC1', '-patch1', '.0', '.1', '.0.0-dev'],
  nuget: ['', '-beta', '-alpha.1', '.0', '.1', '+meta'],
}[type] ?? [''];
const RANDOM_PER_RANGE = 8;

function lines(path) {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => (l.startsWith('"') || l.startsWith('["') ? JSON.parse(l) : l));
}

function ask(requests) {
  const input = requests.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const run = spawnSync(oracle[0], oracle.slice(1), { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`oracle failed (${run.status}): ${run.stderr}`);
  const answers = run.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  if (answers.length !== requests.length) throw new Error(`oracle gave ${answers.length}/${requests.length} answers`);
  return answers;
}

// mulberry32: a fixed seed keeps the goldens stable between runs.
let seed = 0x5eed;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const unique = (list) => [...new Set(list)];
const corpusVersions = lines(resolve(corpus, `${type}.txt`));
const handVersions = lines(resolve(here, 'hand-versions.txt'));
const handRanges = lines(resolve(here, 'hand-ranges.txt'));
const askedFor = new Map();
for (const entry of handRanges.filter(Array.isArray)) askedFor.set(entry[0], [...(askedFor.get(entry[0]) ?? []), ...entry[1]]);
const ranges = unique([
  ...lines(resolve(corpus, 'ranges', `${type}.txt`)),
  ...handRanges.map((entry) => (Array.isArray(entry) ? entry[0] : entry)),
]);

// Versions named in ranges and their variants: the values a range's edges are about.
const named = new Map();
for (const range of ranges) {
  const tokens = unique(range.match(/[0-9][0-9A-Za-z.+_-]*/g) ?? []).map((t) => t.replace(/[.,_-]+$/, ''));
  named.set(range, unique([...(askedFor.get(range) ?? []), ...tokens.flatMap((t) => VARIANTS.map((v) => t + v))]));
}
const candidates = unique([...corpusVersions, ...handVersions, ...[...named.values()].flat()]);

const validity = ask(candidates.map((v) => ({ op: 'parse', v })));
const valid = new Set(candidates.filter((_, i) => validity[i] === true));
const ownVersions = unique([...corpusVersions, ...handVersions]);
const rejected = ownVersions.filter((v) => !valid.has(v));
const validOwn = ownVersions.filter((v) => valid.has(v));

const rangeValidity = ask(ranges.map((r) => ({ op: 'range', r })));
const validRanges = ranges.filter((_, i) => rangeValidity[i] === true);
const rejectedRanges = ranges.filter((_, i) => rangeValidity[i] !== true);

const pairs = [];
for (let i = 0; i < 4000; i++) pairs.push([pick(validOwn), pick(validOwn)]);
for (const v of handVersions.filter((h) => valid.has(h))) pairs.push([v, pick(validOwn)], [pick(handVersions.filter((h) => valid.has(h))), v]);

const satRequests = validRanges.map((r) => {
  const vs = (named.get(r) ?? []).filter((v) => valid.has(v));
  for (let i = 0; i < RANDOM_PER_RANGE; i++) vs.push(pick(validOwn));
  return { op: 'sat', r, vs: unique(vs) };
});

const [order, ...rest] = ask([
  { op: 'sort', vs: validOwn },
  ...pairs.map(([a, b]) => ({ op: 'cmp', a, b })),
  ...satRequests,
]);
const compares = rest.slice(0, pairs.length);
const sats = rest.slice(pairs.length);

mkdirSync(out, { recursive: true });
const jsonl = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(resolve(out, 'order.jsonl'), jsonl(order));
writeFileSync(resolve(out, 'compare.jsonl'), jsonl(pairs.map(([a, b], i) => [a, b, compares[i]])));
writeFileSync(resolve(out, 'rejected.jsonl'), jsonl(rejected.map((v) => [v])));
writeFileSync(resolve(out, 'rejected-ranges.jsonl'), jsonl(rejectedRanges.map((r) => [r])));
writeFileSync(
  resolve(out, 'satisfies.jsonl'),
  jsonl(satRequests.flatMap((req, i) => req.vs.map((v, j) => [req.r, v, sats[i][j]]))),
);
console.log(
  `${type}: ${order.length} ordered, ${rejected.length} rejected, ${pairs.length} pairs, ` +
    `${validRanges.length} ranges (${rejectedRanges.length} rejected), ${sats.flat().length} satisfies answers`,
);
