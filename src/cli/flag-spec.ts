import type { ParseArgsConfig } from 'node:util';

/**
 * A flag of a command other than scan (findings, search, version, es): each command's list is built from these,
 * so its parseArgs options and its help lines come from one place. The flags several commands share are in
 * option-catalog.ts; `scan` builds its flags from run/options.ts. Kept apart from the catalogue so a command
 * that shares none of them (version) does not load the stores its defaults come from.
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
