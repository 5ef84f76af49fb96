import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT } from '../run/exit-codes.js';
import type { CommandIO } from './command.js';

export type ParsedArgs = { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };

/** node:util parseArgs, with its errors turned into one line for the log instead of a thrown TypeError. */
export function parseCommandArgs(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): { ok: true; value: ParsedArgs } | { ok: false; error: string } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { ok: true, value: parsed as unknown as ParsedArgs };
  } catch (e) {
    return { ok: false, error: (e as Error).message.replace(/\. To specify a positional argument.*$/s, '') };
  }
}

export type CommandStart =
  | { readonly exit: number }
  | { readonly exit: null; readonly values: ParsedArgs['values']; readonly positionals: string[]; usage(message: string): number };

/**
 * The start every subcommand shares: parse its flags, answer --help, and give a `usage` that says what is wrong
 * on one line, points at --help and exits 64. `exit` is set when the command is already answered.
 */
export function startCommand(
  name: string,
  args: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
  help: string,
  io: Pick<CommandIO, 'stdout' | 'stderr'>,
): CommandStart {
  const usage = (message: string): number => {
    io.stderr.write(`${name}: ${message}\nRun "${name} --help" for usage.\n`);
    return EXIT.usage;
  };
  const parsed = parseCommandArgs(args, options);
  if (!parsed.ok) return { exit: usage(parsed.error) };
  if (parsed.value.values.help) {
    io.stdout.write(help.endsWith('\n') ? help : help + '\n');
    return { exit: EXIT.ok };
  }
  return { exit: null, values: parsed.value.values, positionals: parsed.value.positionals, usage };
}
