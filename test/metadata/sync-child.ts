/**
 * Child process of the kill tests: `node sync-child.ts CWD ARGS...` runs `depindex ARGS...` from the sources,
 * in CWD, writing its output as the CLI does. The test SIGKILLs it at random moments.
 */
import { readFileSync, writeSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

// The sources import siblings as "./x.js" (what the compiler emits); running the .ts sources needs "./x.ts".
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (e) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
      throw e;
    }
  },
  load(url, context, next) {
    if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) return next(url, context);
    const source = readFileSync(fileURLToPath(url), 'utf8');
    return { format: 'module', source: stripTypeScriptTypes(source, { mode: 'transform' }), shortCircuit: true };
  },
});
const { main } = await import('../../src/cli.js');

const [cwd = '.', ...args] = process.argv.slice(2);
const code = await main(args, {
  stdin: process.stdin,
  stdout: { write: (t: string) => writeSync(1, t) },
  stderr: { write: (t: string) => writeSync(2, t) },
  env: {},
  cwd,
});
process.exit(code);
