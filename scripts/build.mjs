// Builds the committed bundle: tsc compiles src/ to ESM in build/, then ncc bundles src/index.ts into
// dist/index.js, which is both the action (run as main) and the CLI (imported by bin/depindex.js), and where the
// matching thread starts. Chunks for
// dynamic imports land beside it, so heavy modules load only when a command needs them. `node scripts/build.mjs <dir>` builds into another folder (check-dist.mjs).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'dist';
// Always the same folder: ncc names chunks after module paths, so compiling elsewhere would rename them.
const compiled = 'build';
const bundles = [{ entry: join(compiled, 'index.js'), out: root }];

rmSync(compiled, { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', compiled], { stdio: ['ignore', 'inherit', 'inherit'] });
rmSync(root, { recursive: true, force: true });
try {
  for (const { entry, out } of bundles) {
    execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--target', 'es2022', '--quiet', '--no-source-map-register'], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
} finally {
  rmSync(compiled, { recursive: true, force: true });
}
