import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scanOptionSpecs, type OptionSpec } from '../../src/run/options.js';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required: boolean; default?: unknown }>;
  outputs: Record<string, { description: string }>;
};

describe('action.yml', () => {
  it('runs dist/index.js on the node24 runtime', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('has exactly the inputs of the option schema, each documented, with no defaults of its own', () => {
    const specs = scanOptionSpecs as readonly OptionSpec[];
    expect(Object.keys(action.inputs).sort()).toEqual(specs.filter((o) => !o.cliOnly).map((o) => o.name).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      // The token expression is the one default only the runner can evaluate.
      if (name === 'github-token') expect(input.default).toBe('${{ github.token }}');
      else expect(input, name).not.toHaveProperty('default');
    }
  });

  it('documents every output the action sets', () => {
    const source = readFileSync(new URL('../../src/main.ts', import.meta.url), 'utf8');
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]).sort();
    expect(Object.keys(action.outputs).sort()).toEqual(set);
  });
});
