/**
 * Package names, versions and paths come from untrusted reports. Rendered in a comment they must stay text:
 * no link, image, HTML, mention or table break. Markdown punctuation is backslash-escaped, HTML-significant
 * characters become entities, and the sequences platforms turn into links or notifications after rendering
 * (`@user`, `#123`, GitLab's `!1` `~label` `%milestone` `$snippet`, `https://`, `www.`) are broken with an
 * invisible word joiner, because those are matched on the rendered text, where no backslash escape survives.
 */
const WORD_JOINER = '\u2060';
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~>]/g;

export function escapeCell(value: string, maxLength = 200): string {
  // eslint-disable-next-line no-control-regex
  let text = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, ' ');
  if (text.length > maxLength) text = text.slice(0, maxLength - 1) + '…';
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(MARKDOWN_PUNCTUATION, (c) => '\\' + c)
    .replace(/[@#!~%$]/g, (c) => c + WORD_JOINER)
    .replace(/:\/\//g, ':' + WORD_JOINER + '//')
    .replace(/\bwww\\\./gi, (m) => m.slice(0, 3) + WORD_JOINER + m.slice(3));
}
