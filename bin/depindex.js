#!/usr/bin/env node
// The package's CLI: runs the committed bundle, so `npx depindex` works without a build step.
import { runCli } from '../dist/index.js';

await runCli(process.argv.slice(2));
