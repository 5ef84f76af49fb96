// A goldens.mjs oracle for references that cannot read JSON (Elixir 1.14 and base R have no JSON parser): turns
// each JSON request into one TAB-separated line of hex-encoded text for the reference process given as arguments,
// and its answers back into JSON. Hex keeps every byte of hostile inputs (spaces, quotes, non-ASCII) intact.
//   node scripts/reference/hex/bridge.mjs <reference command...>   (used by hex/ and cran/ generate.sh)
// Lines to the reference:  parse\tHEX | range\tHEX | cmp\tHEX\tHEX | sort\tHEX,HEX... | sat\tHEX\tHEX,HEX...
// Answers:                 1|0       | 1|0       | -1|0|1        | REL:HEX,...   (REL "", "<" or "=") | 1,0,...
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const hex = (s) => Buffer.from(s, 'utf8').toString('hex');
const unhex = (h) => Buffer.from(h, 'hex').toString('utf8');

const requests = readFileSync(0, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
const lines = requests.map((r) => {
  switch (r.op) {
    case 'parse':
      return `parse\t${hex(r.v)}`;
    case 'range':
      return `range\t${hex(r.r)}`;
    case 'cmp':
      return `cmp\t${hex(r.a)}\t${hex(r.b)}`;
    case 'sort':
      return `sort\t${r.vs.map(hex).join(',')}`;
    case 'sat':
      return `sat\t${hex(r.r)}\t${r.vs.map(hex).join(',')}`;
    default:
      throw new Error(`unknown op ${r.op}`);
  }
});
const run = spawnSync(command, args, { input: lines.join('\n') + '\n', maxBuffer: 1 << 30, encoding: 'utf8' });
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(1);
}
const answers = run.stdout.split('\n').filter((l) => l !== '');
if (answers.length !== requests.length) throw new Error(`reference gave ${answers.length}/${requests.length} answers: ${run.stderr}`);
const out = requests.map((r, i) => {
  const a = answers[i];
  switch (r.op) {
    case 'parse':
    case 'range':
      return a === '1';
    case 'cmp':
      return Number(a);
    case 'sort':
      return a.split(',').map((item) => {
        const colon = item.indexOf(':');
        return [item.slice(0, colon), unhex(item.slice(colon + 1))];
      });
    case 'sat':
      return a.split(',').map((b) => b === '1');
  }
});
process.stdout.write(out.map((o) => JSON.stringify(o)).join('\n') + '\n');
