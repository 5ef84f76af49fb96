import type { Finding } from './finding.js';

/**
 * The JSON text a finding was read from, kept beside it. Findings are never changed once made (a check that
 * alters one makes a new object), so the text stays what JSON.stringify would give, and the SQLite index
 * stores it as it came. Why: a large scan's findings cross from the matching thread as text, and turning them
 * into objects there and back into text for the index cost the scan's thread twice, over 3,000 findings.
 */
const texts = new WeakMap<Finding, string>();

/** A finding from its JSON text (one JSON.stringify of a Finding), which findingJson then gives back. */
export function findingFromJson(text: string): Finding {
  const finding = JSON.parse(text) as Finding;
  texts.set(finding, text);
  return finding;
}

/** The finding as JSON text: the text it was read from, or a new one. */
export function findingJson(finding: Finding): string {
  return texts.get(finding) ?? JSON.stringify(finding);
}
