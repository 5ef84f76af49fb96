import { parseArgs, type ParseArgsConfig } from 'node:util';

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
