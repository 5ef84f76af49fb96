/**
 * Package names, versions and paths come from untrusted reports. Rendered in a comment they must stay text:
 * no link, image, HTML, mention or table break. Markdown punctuation is backslash-escaped, HTML-significant
 * characters become entities, and the sequences platforms turn into links or notifications after rendering
 * (`@user`, `#123`, GitLab's `!1` `~label` `%milestone` `$snippet`, `https://`, `www.`) are broken with an
 * invisible word joiner, because those are matched on the rendered text, where no backslash escape survives.
 */
const WORD_JOINER = '\u2060';
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~>]/g;

// Controls, zero-width and bidi characters: none may reach a rendered comment (they hide or reorder text).
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

function visible(value: string, maxLength: number): string {
  const text = value.replace(HIDDEN, ' ');
  return text.length > maxLength ? text.slice(0, maxLength - 1) + '…' : text;
}

/**
 * Untrusted text shown verbatim as an inline code span: platforms neither parse markup nor link mentions,
 * issue references or URLs inside code, so the text needs no invisible characters and copies exactly as
 * written (`@angular/cli`). In a table, GFM splits rows on pipes before it sees code spans: `\|` is the escape
 * it honours there, and a backslash before a pipe is kept apart from it so it cannot cancel that escape.
 */
export function codeSpan(value: string, options: { readonly maxLength?: number; readonly inTable?: boolean } = {}): string {
  let text = visible(value, options.maxLength ?? 200);
  if (options.inTable !== false) text = text.replace(/\\(?=\|)/g, '\\ ').replace(/\|/g, '\\|');
  if (text.trim() === '') return '` `';
  // A fence longer than any run of backticks inside; padded when the text starts or ends with one (CommonMark 6.1).
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Untrusted text inside prose, where a code span would not read well (a ref name in a sentence). */
export function escapeCell(value: string, maxLength = 200): string {
  return visible(value, maxLength)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(MARKDOWN_PUNCTUATION, (c) => '\\' + c)
    .replace(/[@#!~%$]/g, (c) => c + WORD_JOINER)
    .replace(/:\/\//g, ':' + WORD_JOINER + '//')
    .replace(/\bwww\\\./gi, (m) => m.slice(0, 3) + WORD_JOINER + m.slice(3));
}
