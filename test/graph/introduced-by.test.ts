import { describe, expect, it } from 'vitest';
import { introducedByFinder } from '../../src/graph/introduced-by.js';
import { pathsTo } from '../../src/graph/paths.js';
import { external, scanOf } from '../checks/support.js';

describe('introducedByFinder', () => {
  it.each(['create-react-app/package-lock.json', 'vite/pnpm-lock.yaml', 'ripgrep/Cargo.lock'])(
    'agrees with the starts of every path the path finder gives (%s)',
    async (input) => {
      const scan = await scanOf(external, input);
      let compared = 0;
      for (const set of scan.sets) {
        const find = introducedByFinder(set);
        // About 200 per set: the path finder enumerates paths, which is slow on dense graphs.
        const step = Math.max(1, Math.floor(set.dependencies.length / 200));
        for (const d of set.dependencies.filter((_, i) => i % step === 0)) {
          const { paths, countCapped } = pathsTo(set, d.purl, { maxPaths: 100_000, maxExpansions: 200_000 });
          if (countCapped) continue;
          const starts = [...new Set(paths.map((p) => p[0] as string))].sort().slice(0, 10);
          expect(find(d.purl), d.purl).toEqual(starts);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(10);
    },
  );
});
