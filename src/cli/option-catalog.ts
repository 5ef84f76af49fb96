import { DEFAULT_STORE } from '../store/open.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../store/search-query.js';
import { optionDefault } from '../run/options.js';
import type { ParseArgsConfig } from 'node:util';

/**
 * Flags of the commands other than scan (findings, search, version, es), each command's list built from this
 * spec so its parseArgs options and its help lines come from one place; the flags several commands share are
 * written once below. `scan` builds its flags from run/options.ts, whose defaults these reuse.
 */
export interface FlagSpec {
  readonly name: string;
  readonly kind: 'string' | 'boolean';
  /** One letter: -t for --type. */
  readonly short?: string;
  readonly value?: string;
  /** Help text; a "\n" continues it on the next line, under the first. */
  readonly description: string;
}

export const FLAGS = {
  project: { name: 'project', kind: 'string', value: 'PATH', description: 'one project, by full path (group/subgroup/project)' },
  group: { name: 'group', kind: 'string', value: 'NAMESPACE', description: 'projects under a group or subgroup (acme, acme/web)' },
  ref: { name: 'ref', kind: 'string', value: 'REF', description: 'one branch or tag' },
  'default-branch': { name: 'default-branch', kind: 'boolean', description: 'default branches only' },
  limit: { name: 'limit', kind: 'string', value: 'N', description: `hits per page (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})` },
  offset: { name: 'offset', kind: 'string', value: 'N', description: 'hits to skip, for the next pages' },
  json: { name: 'json', kind: 'boolean', description: 'JSON instead of the table' },
  store: {
    name: 'store',
    kind: 'string',
    value: 'STORE',
    description: `sqlite:PATH, an http(s):// Elasticsearch URL or an Elastic Cloud id\n(default $DEPINDEX_STORE, else ${DEFAULT_STORE})`,
  },
  'max-input-size': {
    name: 'max-input-size',
    kind: 'string',
    value: 'SIZE',
    description: `inputs larger than this are refused (default ${String(optionDefault('max-input-size'))})`,
  },
} as const satisfies Record<string, FlagSpec>;

/** parseArgs options for these flags, plus -h/--help. */
export function parseOptionsOf(flags: readonly FlagSpec[]): NonNullable<ParseArgsConfig['options']> {
  return {
    ...Object.fromEntries(flags.map((f) => [f.name, f.short ? { type: f.kind, short: f.short } : { type: f.kind }])),
    help: { type: 'boolean', short: 'h' },
  };
}

const COLUMN = 24;

/** Help lines, aligned as the other commands write them; `label` writes the flag column (search: "NAME, --name NAME"). */
export function helpLinesOf(flags: readonly FlagSpec[], label: (f: FlagSpec) => string = flagLabel): string {
  return flags
    .map((f) => `  ${label(f).padEnd(COLUMN)} ${f.description.split('\n').join(`\n${' '.repeat(COLUMN + 3)}`)}`)
    .join('\n');
}

/** "-t, --type T", "--json". */
export function flagLabel(f: FlagSpec): string {
  return `${f.short ? `-${f.short}, ` : ''}--${f.name}${f.value ? ` ${f.value}` : ''}`;
}

/** --store, else DEPINDEX_STORE (an empty one counts as unset: CI templates define variables empty), else the default. */
export function storeSpecOf(given: unknown, env: Readonly<Record<string, string | undefined>>): string {
  return typeof given === 'string' ? given : env.DEPINDEX_STORE || DEFAULT_STORE;
}
