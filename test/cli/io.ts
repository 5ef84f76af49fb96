import { Readable } from 'node:stream';
import type { CommandIO } from '../../src/cli/command.js';

/** Runs against strings instead of the process: what a command wrote, and its exit code. */
export function memoryIO(cwd: string, env: Record<string, string> = {}, stdin = ''): CommandIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdin: Readable.from([stdin]),
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    env,
    cwd,
    out: () => out,
    err: () => err,
  };
}
