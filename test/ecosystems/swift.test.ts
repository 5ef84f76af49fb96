import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { swift } from '../../src/ecosystems/swift/index.js';
import { corpus, dataLines, expectOrder, mustParse, orderCases, rangeCases, rangeContains, repoPath } from './support.js';

const fixtures = (file: string): string => repoPath(`fixtures/ecosystems/swift/${file}`);

describe('swift: order', () => {
  it.each(orderCases(fixtures('order.txt')))('$line', (c) => expectOrder(swift, c));
});

describe('swift: invalid versions', () => {
  it.each(dataLines(fixtures('invalid.txt')))('rejects %j', (v) => expect(swift.versioning.parse(v).ok).toBe(false));
});

describe('swift: requirements', () => {
  it.each(rangeCases(fixtures('ranges.txt')))('$line', (c) => expect(rangeContains(swift, c)).toBe(c.expected));
  it.each(['', 'from:', '2.0.0..<1.0.0', '1.0..<2.0'])('refuses %j', (text) => expect(swift.versioning.parseRange(text, 'native').ok).toBe(false));
});

describe('swift: the real corpus of git tags', () => {
  const tags = corpus('swift');

  it('reads the tags SwiftPM reads and skips the ones it skips', () => {
    const unread = tags.filter((t) => !swift.versioning.parse(t).ok);
    // Tags that are not versions (e.g. "1.0" or "v1.0.0-rc1.json") exist in real repositories; SwiftPM ignores them.
    expect(unread.every((t) => !/^v?[0-9]+\.[0-9]+\.[0-9]+$/.test(t))).toBe(true);
    expect(tags.length - unread.length).toBeGreaterThan(750);
  });

  it('orders the strict SemVer tags as node-semver does (SwiftPM order is SemVer precedence)', () => {
    const strict = tags.filter((t) => semver.valid(t) !== null && swift.versioning.parse(t).ok);
    expect(strict.length).toBeGreaterThan(700);
    const sorted = [...strict].sort((a, b) => swift.versioning.compare(mustParse(swift, a), mustParse(swift, b)));
    const wrong = sorted.slice(1).filter((v, i) => semver.compare(sorted[i]!, v) > 0);
    expect(wrong).toEqual([]);
  });
});

describe('swift: names', () => {
  it('lower-cases the repository path', () => expect(swift.canonicalName('github.com/Alamofire', 'Alamofire')).toBe('github.com/alamofire/alamofire'));
});
