#!/usr/bin/env node
// The package's CLI: runs the committed bundle, so `npx depindex` works without a build step.
// The runtime is checked before the bundle loads: on an older Node the bundle's first `node:sqlite` import would
// fail with an internal error, and this file must itself parse on old Node versions (no newer syntax here).
const REQUIRED_MAJOR = 24;
// README "Exit codes": 69 (EX_UNAVAILABLE) — the runtime lacks what depindex needs.
const EXIT_RUNTIME = 69;
const found = process.versions.node;
if (Number(found.split('.')[0]) < REQUIRED_MAJOR) {
  process.stderr.write(
    `depindex needs Node.js ${REQUIRED_MAJOR} or newer (found ${found}): install Node.js ${REQUIRED_MAJOR}, or run it with the image node:${REQUIRED_MAJOR}\n`,
  );
  process.exit(EXIT_RUNTIME);
}
const { runCli } = await import('../dist/index.js');
await runCli(process.argv.slice(2));
