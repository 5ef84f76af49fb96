// Entry point of the `depindex` CLI bundle (dist/cli/index.js): the only place that touches process.
import { main } from './cli.js';

const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
