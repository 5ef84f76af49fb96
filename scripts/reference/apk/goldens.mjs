// Writes fixtures/ecosystems/apk/<tag>/ from one apk-tools build (generate.sh builds it; driver.c is the protocol).
//   node scripts/reference/apk/goldens.mjs <tag> <commit> <oracle binary>
// Inputs: ../shared/versions-corpus/apk.txt and wolfi.txt (real Alpine secdb and Wolfi versions), the versions of
// the pkg:apk purls in the shared SBOM fixtures (SBOM_FIXTURES below), the versions of apk-tools' own
// test/version.data (fixtures/ecosystems/apk/apk-tools-version.data) and hand-versions.txt.
// Outputs (JSON lines, deterministic):
//   valid.jsonl      [version, true|false]             apk_version_validate
//   compare.jsonl    [a, b, "<"|"="|">"|"!"]           `apk version -t a b` ("!": refused, 3.x only)
//   satisfies.jsonl  [version, op, bound, true|false]  does `version` satisfy `name<op><bound>`
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [tag, commit, oracle] = process.argv.slice(2);
if (!tag || !commit || !oracle) {
  console.error('usage: node scripts/reference/apk/goldens.mjs <tag> <commit> <oracle>');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const out = resolve(repo, 'fixtures/ecosystems/apk', tag);

const lines = (path) =>
  existsSync(path)
    ? readFileSync(path, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => (l.startsWith('"') ? JSON.parse(l) : l))
    : [];
// Real apk versions as SBOM generators write them (a Wolfi image scanned by syft, in protobom's conformance data).
const SBOM_FIXTURES = ['external/protobom/test/conformance/testdata/spdx/2.3/json/curl.spdx.json'];
function sbomVersions() {
  const found = [];
  for (const file of SBOM_FIXTURES) {
    const text = readFileSync(resolve(repo, '../shared/fixtures', file), 'utf8');
    for (const m of text.matchAll(/pkg:apk\/[^"@\s]+@([^"?#\s]+)/g)) found.push(decodeURIComponent(m[1]));
  }
  return found;
}

const vectors = lines(resolve(repo, 'fixtures/ecosystems/apk/apk-tools-version.data')).map((l) => l.trim().split(/\s+/));
const inputs = [
  ...new Set([
    ...lines(resolve(repo, '../shared/versions-corpus/apk.txt')),
    ...lines(resolve(repo, '../shared/versions-corpus/wolfi.txt')),
    ...sbomVersions(),
    ...vectors.flatMap(([a, , b]) => [a, b]),
    ...lines(resolve(here, 'hand-versions.txt')),
  ]),
].filter((v) => !/[\t\n]/.test(v));
const hand = lines(resolve(here, 'hand-versions.txt'));


function ask(requestLines) {
  const run = spawnSync(oracle, [], { input: requestLines.join('\n') + '\n', maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`oracle failed (${run.status}): ${run.stderr}`);
  return run.stdout.split('\n').slice(0, -1);
}

// mulberry32: a fixed seed keeps the goldens stable between runs.
let seed = 0xa9c;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const validity = ask(inputs.map((v) => `v\t${v}`)).map((a) => a === '1');
const valid = inputs.filter((_, i) => validity[i]);
const sorted = ask([`s\t${inputs.length}`, ...inputs]).slice(0, -1);

const pairs = [];
for (let i = 1; i < sorted.length; i++) pairs.push([sorted[i - 1], sorted[i]]);
for (let i = 0; i < 6000; i++) pairs.push([pick(inputs), pick(inputs)]);
for (const h of hand) for (let i = 0; i < 30; i++) pairs.push([h, pick(inputs)], [pick(hand), h]);
for (const [a, , b] of vectors) pairs.push([a, b], [b, a]);
const compares = ask(pairs.map(([a, b]) => `t\t${a}\t${b}`));

const OPS = ['<', '<=', '<~', '=', '~', '>~', '>=', '>'];
const position = new Map(sorted.map((v, i) => [v, i]));
const bounds = [...new Set([...hand.filter((h) => valid.includes(h)), ...Array.from({ length: 80 }, () => pick(valid)), '1.2', '1.2.3', '1.2.3-r1'])];
const sats = [];
for (const bound of bounds) {
  const at = position.get(bound) ?? 0;
  const near = sorted.slice(Math.max(0, at - 3), at + 4);
  const shapes = [bound, `${bound}.1`, `${bound}-r1`, `${bound}_rc1`, `${bound}a`, bound.replace(/[.-][^.-]*$/, '')];
  const versions = [...new Set([...near, ...shapes, ...Array.from({ length: 8 }, () => pick(inputs))])];
  for (const op of OPS) for (const v of versions) sats.push([v, op, bound]);
}
const satisfied = ask(sats.map(([v, op, bound]) => `m\t${v}\t${op}\t${bound}`));

mkdirSync(out, { recursive: true });
const jsonl = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(resolve(out, 'REFERENCE.txt'), `alpinelinux/apk-tools ${tag} (${commit}): src/version.c, built by scripts/reference/apk/generate.sh\n`);
writeFileSync(resolve(out, 'valid.jsonl'), jsonl(inputs.map((v, i) => [v, validity[i]])));
writeFileSync(resolve(out, 'compare.jsonl'), jsonl(pairs.map(([a, b], i) => [a, b, compares[i]])));
writeFileSync(resolve(out, 'satisfies.jsonl'), jsonl(sats.map(([v, op, b], i) => [v, op, b, satisfied[i]]).filter((r) => r[3] !== '!').map(([v, op, b, s]) => [v, op, b, s === '1'])));
console.log(`apk ${tag}: ${inputs.length} versions (${valid.length} valid), ${pairs.length} pairs, ${sats.length} satisfies answers`);
