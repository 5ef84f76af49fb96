/**
 * Child process of crash.scale.test.ts: `node crash-writer.ts PATH SIZE VERSION PAUSE_AFTER_ROWS [FILE [complete]]`.
 * FILE names the scan's one set (default package-lock.json); `complete` makes it a complete write, which retires
 * the ref's other sets in the same transaction (each retired set counts as one row written). Writes a large scan
 * and its findings (rows counted after the dependency rows)
 * with a 1 MB page cache, so its uncommitted pages spill into the WAL as they would for a scan larger than the cache;
 * after PAUSE_AFTER_ROWS rows (inside the transaction) it says "in-transaction" on stdout and blocks, so the test
 * can SIGKILL it mid-write. PAUSE_AFTER_ROWS 0 writes to the end and says "done".
 */
import { readFileSync, writeSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

// The sources import siblings as "./x.js" (what the compiler emits); running the .ts sources directly needs them
// resolved to "./x.ts".
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (e) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
      throw e;
    }
  },
  // Node strips only erasable syntax by itself; some sources use more (const enum), so they are transformed.
  load(url, context, next) {
    if (!url.startsWith('file:') || !url.endsWith('.ts') || url.includes('/node_modules/')) return next(url, context);
    const source = readFileSync(fileURLToPath(url), 'utf8');
    return { format: 'module', source: stripTypeScriptTypes(source, { mode: 'transform' }), shortCircuit: true };
  },
});
const { openSqliteStore } = await import('../../../src/store/sqlite/store.js');
const { largeScan } = await import('./crash-scan.js');

const [path = '', size = '0', version = '', pauseAfter = '0', file = 'package-lock.json', mode = ''] = process.argv.slice(2);
const pause = Number(pauseAfter);
const opened = openSqliteStore(path, {
  cacheKiB: 1024,
  onRowWritten: (rows) => {
    if (rows !== pause) return;
    writeSync(1, 'in-transaction\n');
    // Blocks the only thread without returning to SQLite, holding the transaction open until the kill.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  },
});
if (!opened.ok) {
  writeSync(2, opened.error + '\n');
  process.exit(2);
}
const { context, sets, findings } = largeScan(Number(size), version, file);
const written = await opened.value.writeScan(context, sets, { complete: mode === 'complete', findings });
await opened.value.close();
writeSync(1, written.ok ? `done ${JSON.stringify(written.value)}\n` : `failed ${written.error}\n`);
