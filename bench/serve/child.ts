// Child process of bench/serve.ts: `depindex serve` from the sources, run by tsx.
import { runCli } from '../../src/bin.js';

await runCli(process.argv.slice(2));
