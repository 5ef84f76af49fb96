// Child process of cli.test.ts: the depindex CLI from the sources (`node --import tsx cli-process.ts ARGS`).
import { runCli } from '../../src/bin.js';

await runCli(process.argv.slice(2));
