// The CLI as bin/depindex.js starts it: the only place that touches process for the CLI.
import { main } from './cli.js';

export async function runCli(argv: readonly string[]): Promise<void> {
  process.exitCode = await main(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}
