import { describe, expect, it } from 'vitest';
import { brokenPromises, observe } from './support/contract.js';
import { readOwnFixture, readSeed } from './support/seeds.js';
import { timeBudget } from '../time-budget.js';

const CPU_BUDGET_MS = timeBudget(2000);

const jsonSeed = (id: string): Record<string, unknown> => JSON.parse(readSeed(id)) as Record<string, unknown>;
const withField = (id: string, field: string, value: unknown): string => JSON.stringify({ ...jsonSeed(id), [field]: value });
const replaceLine = (id: string, line: RegExp, replacement: string): string => {
  const text = readSeed(id);
  if (!line.test(text)) throw new Error(`the ${id} seed has no line ${String(line)}`);
  return text.replace(line, replacement);
};

/**
 * An input from a schema newer than the reader knows. [case, input, what the message or note must name].
 * Reading it as if it were the old schema would be silent garbage; it must be refused with a clear error
 * naming the version, or read with a note that names it.
 */
const NEWER: readonly (readonly [string, () => string, string])[] = [
  ['GitLab DS report version 16.0.0', () => withField('gitlab-ds', 'version', '16.0.0'), '16.0.0'],
  ['CycloneDX specVersion 2.0', () => withField('cyclonedx', 'specVersion', '2.0'), '2.0'],
  ['SPDX 2.x-shaped document saying SPDX-3.0', () => readOwnFixture('spdx/spdx-version-3.0.json'), 'SPDX-3.0'],
  ['SPDX 3.0 JSON-LD document', () => readOwnFixture('spdx/jsonld.spdx-3.0.json'), 'SPDX 3'],
  ['npm lockfileVersion 4', () => withField('npm-lock', 'lockfileVersion', 4), '4'],
  ['pnpm lockfileVersion 10.0', () => replaceLine('pnpm-lock', /^lockfileVersion: .*$/m, "lockfileVersion: '10.0'"), '10.0'],
  ['Cargo.lock version 5', () => replaceLine('cargo-lock', /^version = \d+$/m, 'version = 5'), '5'],
  ['poetry.lock lock-version 3.0', () => replaceLine('poetry-lock', /^lock-version = .*$/m, 'lock-version = "3.0"'), '3.0'],
  ['Pipfile.lock pipfile-spec 7', () => JSON.stringify({ ...jsonSeed('pipfile-lock'), _meta: { ...(jsonSeed('pipfile-lock')['_meta'] as object), 'pipfile-spec': 7 } }), '7'],
  ['packages.lock.json version 3', () => withField('nuget-lock', 'version', 3), '3'],
];

describe('inputs from a newer schema get a clear error or a note, never silent garbage', () => {
  it.each(NEWER)('%s', (_case, make, version) => {
    const seen = observe(make());
    expect(brokenPromises(seen, CPU_BUDGET_MS)).toEqual([]);
    const said = seen.outcome.ok ? (seen.outcome.result.notes ?? []) : [seen.outcome.message];
    const naming = said.filter((m) => m.includes(version) && /version|schema|spec|SPDX|lockfile/i.test(m));
    expect(naming, `nothing says that ${version} is newer than depindex knows; said: ${JSON.stringify(said)}`).not.toEqual([]);
  });
});
