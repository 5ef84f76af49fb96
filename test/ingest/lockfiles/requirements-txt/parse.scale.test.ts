// Scale and timed tests, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/requirements-txt/parse.js';
import { run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('scale', () => {
  it('reads 50,000 hashed pins well under a second', () => {
    const lines: string[] = [];
    for (let i = 0; i < 50_000; i++) lines.push(`pkg-${i}==1.0.${i} \\\n    --hash=sha256:${'c'.repeat(64)}\n    # via pkg-${i + 1}`);
    const started = performance.now();
    const { set } = run(parser, lines.join('\n') + '\n');
    const elapsed = performance.now() - started;
    expect(set.dependencies).toHaveLength(50_000);
    expect(set.edges).toHaveLength(49_999);
    expect(elapsed).toBeLessThan(timeBudget(3000));
  });
});

describe('hostile input', () => {
  it.each([
    ['a long name-like run', 'a'.repeat(200_000) + '==1 ' + '-'.repeat(50_000)],
    ['many separators', 'x' + '._-'.repeat(100_000) + '!'],
    ['an endless specifier list', 'pkg' + '>=1,'.repeat(100_000) + '!'],
    ['many hashes', 'pkg==1 ' + '--hash=sha256:zz '.repeat(50_000)],
  ])('%s is read in linear time', (_name, line) => {
    const started = performance.now();
    const outcome = parser.parse({ text: `${line}\nok==1\n`, json: undefined, path: 'r.txt', companions: new Map() });
    parser.detect({ text: line, json: undefined });
    expect(performance.now() - started).toBeLessThan(timeBudget(2000));
    expect(outcome.ok && outcome.value.sets[0]?.dependencies.some((d) => d.ref === 'ok@1')).toBe(true);
  });
});
