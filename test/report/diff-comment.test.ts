import { describe, expect, it } from 'vitest';
import type { DependencyDiff, DiffDependency } from '../../src/checks/diff-model.js';
import { COMMENT_MARKER, renderDiffComment } from '../../src/report/markdown/diff-comment.js';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { codeSpan } from '../../src/report/markdown/escape.js';

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
  return { target: 'main', targetKnown: true, summary: { added: added.length, removed: 0, upgraded: 0, downgraded: 0, changed: 0 }, files: [{ file, added, removed: [], changed: [], modified: [] }] };
}

const options = { maxLength: 65_536, fullDiffLocation: 'the depindex-diff.json artifact' };

/** The comment as a GFM renderer (micromark, CommonMark + GFM tables) turns it into HTML. */
function html(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** Rendered text outside code spans: where platforms link mentions (@user), references (#1, !2) and URLs. */
function outsideCode(rendered: string): string {
  return rendered.replace(/<code>[\s\S]*?<\/code>/g, '');
}

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

  it.each(hostile)('renders %j as inert text, verbatim in a code span', (name) => {
    const text = renderDiffComment(diffOf([dep(name, '1.0.0')]), options);
    const rendered = html(text);
    const rows = [...rendered.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1] as string);
    expect(rows).toHaveLength(2); // header and the one dependency: nothing broke the table
    const cells = [...(rows[1] as string).matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1] as string);
    expect(cells).toHaveLength(7);
    // No link, image or HTML element from the name; nothing a platform would turn into a mention or link.
    expect(rendered).not.toMatch(/<a |<img|<!--(?! depindex)|<[a-z]+ [a-z]+=/i);
    expect(outsideCode(rendered)).not.toMatch(/https?:\/\/|@[a-z]|www\.|#\d|!\d|~label/i);
    // The name reads as written (newlines become spaces, HTML is shown as text).
    const decoded = (cells[1] as string).replace(/^<code>|<\/code>$/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(decoded.trim()).toBe(name.replace(/\n/g, ' '));
    // Only the real marker is a marker: a comment is ours when it starts with it, and a quoted one renders as text.
    expect(text.startsWith(COMMENT_MARKER)).toBe(true);
    expect(rendered.match(/<!--/g)).toHaveLength(1);
  });

  it('shows names exactly as written, with no invisible characters to copy along', () => {
    expect(codeSpan('@angular/cli')).toBe('`@angular/cli`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(renderDiffComment(diffOf([dep('@angular/cli', '17.0.0')]), options)).not.toMatch(/[\u200b-\u200f\u2060-\u2069]/);
  });
});

describe('the comment', () => {
  it('starts with the marker and a one-line summary, then a table per file', () => {
    const text = renderDiffComment(diffOf([dep('left-pad', '1.3.0', { introduced: false, via: ['express', 'body-parser'] })]), options);
    expect(text.startsWith(COMMENT_MARKER)).toBe(true);
    expect(text).toContain('**1 added, 0 removed, 0 upgraded, 0 downgraded** in 1 dependency file, compared with main.');
    expect(text).toContain('#### `package-lock.json`');
    expect(text).toContain('| added | `left-pad` | `1.3.0` | transitive | runtime | `MIT` | `express` › `body-parser` |');
  });

  it('says when nothing changed and when the target was never scanned', () => {
    expect(renderDiffComment({ ...diffOf([]), summary: { added: 0, removed: 0, upgraded: 0, downgraded: 0, changed: 0 } }, options)).toContain('No dependency changes compared with main.');
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
