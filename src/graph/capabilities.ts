import type { Capabilities } from '../ingest/parser.js';
import { parsers } from '../ingest/registry.js';

const byFormat = new Map<string, Capabilities>(parsers.map((p) => [p.id, p.capabilities]));

/** What the format of a set can tell, by its parser's id (the set's `format`); null for a format no parser reads. */
export function capabilitiesOf(format: string): Capabilities | null {
  return byFormat.get(format) ?? null;
}
