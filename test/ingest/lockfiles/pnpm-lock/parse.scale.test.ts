// Scale test, run by `npm run test:scale` (and .ci/run), kept out of `npm test` for its time.
import { describe, expect, it } from 'vitest';
import { parser } from '../../../../src/ingest/lockfiles/pnpm-lock/parse.js';
import { run } from '../helpers.js';
import { timeBudget } from '../../../time-budget.js';

describe('pnpm-lock on small cases', () => {
  it('reads a 50,000-package 9.0 lock quickly', () => {
    const lines = ["lockfileVersion: '9.0'", '', 'importers:', '  .:', '    dependencies:', '      p0:', '        specifier: ^1.0.0', '        version: 1.0.0', '', 'packages:', ''];
    for (let i = 0; i < 50_000; i++) lines.push(`  p${i}@1.0.0:`, `    resolution: {integrity: sha512-${Buffer.alloc(64, i % 256).toString('base64')}}`, '');
    lines.push('snapshots:', '');
    for (let i = 0; i < 50_000; i++) lines.push(`  p${i}@1.0.0:`, '    dependencies:', `      p${(i + 1) % 50_000}: 1.0.0`, '');
    const text = lines.join('\n');
    const started = performance.now();
    const { set } = run(parser, text);
    const elapsed = performance.now() - started;
    expect(set.dependencies.length).toBe(50_000);
    expect(set.dependencies.every((d) => d.development === false)).toBe(true);
    // 10 MB of YAML. The `yaml` package alone needs ~0.6 ms per KB (6 s here); the line reader is linear and
    // several times faster. The machine is shared, so the bound is loose; a quadratic step would blow it.
    expect(text.length).toBeGreaterThan(9_000_000);
    expect(elapsed).toBeLessThan(timeBudget(6000));
  });
});
