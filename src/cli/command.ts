/**
 * A CLI subcommand. Commands get their streams passed in (never process.* directly), so tests drive them
 * with strings and the action can reuse them.
 */
export interface CommandIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export interface Command {
  readonly name: string;
  /** One line for `depindex --help`. */
  readonly summary: string;
  /** Full text for `depindex <name> --help`. */
  readonly help: string;
  /** Returns the exit code. Input errors are written to stderr as messages, never thrown. */
  run(args: readonly string[], io: CommandIO): Promise<number>;
}
