// Every whole-number flag goes through one parser (model/whole-number.ts): the same refusals, named per flag.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { memoryIO } from './io.js';

describe('whole-number flags', () => {
  it.each([
    [['search', '--limit', '1.5'], 'depindex search: --limit must be a whole number from 1 to 1000, got "1.5"'],
    [['search', '--offset=-1'], 'depindex search: --offset must be a whole number from 0 to 10000, got "-1"'],
    [['findings', '--limit', '1e3'], 'depindex findings: --limit must be a whole number from 1 to 1000, got "1e3"'],
    [['findings', '--offset', '0x10'], 'depindex findings: --offset must be a whole number >= 0, not "0x10"'],
    [['sync', '--source', 'x', '--concurrency', '65'], 'depindex sync: --concurrency must be a whole number from 1 to 64, got "65"'],
    [['es', 'setup', '--store', 'http://127.0.0.1:9', '--shards', '2.5'], 'depindex es setup: --shards must be a whole number >= 1, not "2.5"'],
    [['serve', '--port', '70000'], 'depindex serve: --port must be a whole number from 0 to 65535, got "70000"'],
  ])('%j is refused with exit 64 before any work', async (args, message) => {
    const io = memoryIO('/nonexistent-depindex-dir');
    expect(await main(args, io)).toBe(64);
    expect(io.err().split('\n')[0]).toBe(message);
    expect(io.out()).toBe('');
  });
});
