import type { Command, CommandIO } from './cli/command.js';
import { scanCommand } from './cli/scan.js';
import { whyCommand } from './cli/why.js';
import { EXIT } from './run/exit-codes.js';
import { VERSION } from './version.js';

/** Every subcommand; `depindex --help` lists them in this order. */
export const commands: readonly Command[] = [scanCommand, whyCommand];

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `depindex ${VERSION}: knows every dependency of every project on every branch.

Usage: depindex <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "depindex <command> --help" for a command's options. "depindex --version" prints the version.`;
}

/** The CLI: dispatches to a subcommand and returns the exit code. Input errors never escape as exceptions. */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage() + '\n');
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(VERSION + '\n');
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`depindex: unknown command "${name}".\n\n${usage()}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // Only a depindex bug gets here; say so plainly. DEPINDEX_DEBUG shows the stack for the report.
    io.stderr.write(`depindex ${name}: internal error: ${(e as Error).message}\n`);
    if (io.env.DEPINDEX_DEBUG) io.stderr.write(`${(e as Error).stack ?? ''}\n`);
    return 70;
  }
}
