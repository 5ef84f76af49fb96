// Fails when the committed dist/ is not what src/ builds to: the action runs dist/, so a stale bundle
// would ship old behaviour under new source.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'depindex-dist-'));
try {
  execFileSync('node', ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const files = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  const want = new Map(files(fresh).map((p) => [relative(fresh, p), readFileSync(p)]));
  const have = new Map(files('dist').map((p) => [relative('dist', p), readFileSync(p)]));
  const problems = [];
  for (const [name, content] of want) {
    if (!have.has(name)) problems.push(`missing from dist/: ${name}`);
    else if (!have.get(name).equals(content)) problems.push(`out of date: dist/${name}`);
  }
  for (const name of have.keys()) if (!want.has(name)) problems.push(`not built from src/ any more: dist/${name}`);
  if (problems.length > 0) {
    console.error(`dist/ is not current with src/ — run "npm run build" and commit dist/:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('dist/ is current');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
