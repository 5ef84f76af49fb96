// Builds the committed bundles with ncc: dist/index.js (the action) and dist/cli/index.js (the CLI).
// Chunks for dynamic imports land next to each bundle, so heavy modules load only when a command needs them.
// `node scripts/build.mjs <dir>` builds into another folder (scripts/check-dist.mjs compares it with dist/).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? 'dist';
const bundles = [
  { entry: 'src/main.ts', out: root },
  { entry: 'src/bin.ts', out: join(root, 'cli') },
];

rmSync(root, { recursive: true, force: true });
for (const { entry, out } of bundles) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--target', 'es2022', '--quiet', '--no-source-map-register'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
