// The CLI as bin/depindex.js starts it: the only place that touches process for the CLI.
import { main } from './cli.js';

export async function runCli(argv: readonly string[]): Promise<void> {
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
  process.exitCode = await main(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
}

/**
 * A reader that stops early (`depindex why ms lock.json | head -3`) closes the pipe; every later write fails
 * with EPIPE. Like other Unix tools, stop there without a word instead of printing Node's stack trace.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw error;
  });
}
