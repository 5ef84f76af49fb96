import { parse } from 'csv-parse/sync';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../src/model/dependency.js';
import type { DependencySet } from '../../../src/model/dependency-set.js';
import { CSV_COLUMNS, dependencyCsvChunks } from '../../../src/report/csv/dependency-list.js';
import { readInputs } from '../../../src/run/scan.js';

const external = fileURLToPath(new URL('../../../../shared/fixtures/external/', import.meta.url));

function csvOf(sets: readonly DependencySet[]): string[][] {
  // A spreadsheet-grade reader of RFC 4180 (csv-parse), not our own writer, reads it back.
  return parse([...dependencyCsvChunks(sets)].join(''), { record_delimiter: '\r\n' }) as string[][];
}

/** What a spreadsheet user sees: a formula-like start is neutralised with an apostrophe (OWASP). */
const shown = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

function dep(name: string, extra: Partial<Dependency> = {}): Dependency {
  return { purl: `pkg:npm/${encodeURIComponent(name)}@1.0.0`, type: 'npm', namespace: null, name, version: '1.0.0', introduced: null, development: null, licenses: null, checksums: null, source: null, ...extra };
}

describe('--csv dependency list', () => {
  it('has one row per dependency of a real lock file, every field read back as written', async () => {
    const { sets } = await readInputs({ patterns: ['create-react-app/package-lock.json', 'composer/composer.lock'], cwd: external, maxInputBytes: 1 << 28 });
    const rows = csvOf(sets);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const all = sets.flatMap((s) => s.dependencies.map((d) => ({ file: s.file, d })));
    expect(rows).toHaveLength(all.length + 1);
    for (const [i, { file, d }] of all.entries()) {
      const r = rows[i + 1] as string[];
      expect(r.slice(0, 5)).toEqual([file, d.name, d.version, d.type, d.purl].map(shown));
      expect(r[5]).toBe(d.introduced === true ? 'direct' : d.introduced === false ? 'transitive' : '');
      expect(r[7]).toBe((d.licenses ?? []).join(', '));
      expect(r[8]).toBe(d.source ?? '');
    }
    expect(rows.some((r) => r[9]?.startsWith('sha512:'))).toBe(true);
  });

  it('keeps commas, quotes and line breaks inside cells, and never starts a cell with a formula', () => {
    const rows = csvOf([{ file: 'x.json', packageManager: null, format: 'cyclonedx', graph: { edges: new Map() }, dependencies: [dep('a,"b"\nc'), dep('=HYPERLINK("https://evil.example")'), dep('@scope/pkg'), dep('+1'), dep('-x')] }]);
    expect(rows.map((r) => r[1])).toEqual(['name', 'a,"b"\nc', `'=HYPERLINK("https://evil.example")`, `'@scope/pkg`, `'+1`, `'-x`]);
  });
});
