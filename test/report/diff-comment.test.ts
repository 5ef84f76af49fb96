import { describe, expect, it } from 'vitest';
import type { DependencyDiff, DiffDependency } from '../../src/checks/diff-model.js';
import { COMMENT_MARKER, renderDiffComment } from '../../src/report/markdown/diff-comment.js';
import { escapeCell } from '../../src/report/markdown/escape.js';

function dep(name: string, version: string, extra: Partial<DiffDependency> = {}): DiffDependency {
  return {
    purl: `pkg:npm/${encodeURIComponent(name)}@${encodeURIComponent(version)}`,
    type: 'npm',
    namespace: null,
    name,
    version,
    introduced: false,
    development: false,
    licenses: ['MIT'],
    checksums: null,
    source: null,
    via: null,
    ...extra,
  };
}

function diffOf(added: DiffDependency[], file = 'package-lock.json'): DependencyDiff {
  return { target: 'main', targetKnown: true, summary: { added: added.length, removed: 0, upgraded: 0, downgraded: 0 }, files: [{ file, added, removed: [], changed: [] }] };
}

const options = { maxLength: 65_536, fullDiffLocation: 'the depindex-diff.json artifact' };
const WJ = '\u2060';

describe('escaping untrusted names', () => {
  const hostile = [
    '[click me](https://evil.example)',
    '![img](https://evil.example/x.png)',
    '<img src=x onerror=alert(1)>',
    '@someone please',
    'a|b|c',
    'line\nbreak',
    '`code` and **bold**',
    'www.evil.example',
    '#1 and !2 and ~label',
    '<!-- depindex:dependency-diff -->',
  ];

  it.each(hostile)('renders %j as inert text', (name) => {
    const text = renderDiffComment(diffOf([dep(name, '1.0.0')]), options);
    const row = text.split('\n').find((l) => l.startsWith('| added'));
    expect(row).toBeDefined();
    const cells = (row as string).split(/(?<!\\)\|/);
    expect(cells).toHaveLength(9); // 7 cells between 8 unescaped pipes
    expect(row).not.toMatch(/(?<!\\)\]\(|(?<!\\)!\[|<[a-z!]|https?:\/\/|@[a-z]|www\./i);
    // The marker must stay unique, or a hostile name could hijack the sticky comment.
    expect(text.split(COMMENT_MARKER)).toHaveLength(2);
  });

  it('breaks mentions and autolinks with an invisible joiner and keeps the text readable', () => {
    expect(escapeCell('@octocat')).toBe(`@${WJ}octocat`);
    expect(escapeCell('https://x.io')).toBe(`https:${WJ}//x\\.io`);
  });
});

describe('the comment', () => {
  it('starts with the marker and a one-line summary, then a table per file', () => {
    const text = renderDiffComment(diffOf([dep('left-pad', '1.3.0', { introduced: false, via: ['express', 'body-parser'] })]), options);
    expect(text.startsWith(COMMENT_MARKER)).toBe(true);
    expect(text).toContain('**1 added, 0 removed, 0 upgraded, 0 downgraded** in 1 dependency file, compared with main.');
    expect(text).toContain('#### package\\-lock\\.json');
    expect(text).toContain('| added | left\\-pad | 1\\.3\\.0 | transient | runtime | MIT | express › body\\-parser |');
  });

  it('says when nothing changed and when the target was never scanned', () => {
    expect(renderDiffComment({ ...diffOf([]), summary: { added: 0, removed: 0, upgraded: 0, downgraded: 0 } }, options)).toContain('No dependency changes compared with main.');
    expect(renderDiffComment({ ...diffOf([]), targetKnown: false }, options)).toContain('main has not been scanned by depindex yet');
  });

  it('stays under the limit with 20,000 added dependencies, most important first, and says where the rest is', () => {
    const added = Array.from({ length: 20_000 }, (_, i) =>
      dep(`package-${String(i).padStart(5, '0')}`, '1.0.0', { introduced: i % 1000 === 0, development: i % 3 === 1 }),
    );
    const text = renderDiffComment(diffOf(added), options);
    expect(text.length).toBeLessThanOrEqual(65_536);
    const rows = text.split('\n').filter((l) => l.startsWith('| added'));
    // All 20 direct ones are shown, and runtime rows before any development row.
    expect(rows.filter((r) => r.includes('| direct |'))).toHaveLength(20);
    // Direct before transient, and within each, runtime before development.
    const rank = (r: string) => (r.includes('| direct |') ? 0 : 2) + (r.includes('| development |') ? 1 : 0);
    const ranks = rows.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
    expect(text).toMatch(new RegExp(`_${20_000 - rows.length} of 20000 changes are not shown here .* the depindex\\\\-diff\\\\.json artifact\\._`));
  });
});
