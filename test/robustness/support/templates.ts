import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readOwnFixture } from './seeds.js';

const dir = fileURLToPath(new URL('../../../fixtures/robustness/templates/', import.meta.url));

export interface Template {
  /** The file name under fixtures/robustness/templates. */
  readonly file: string;
  /** The parser that must read it: the file name up to its extension, without the yarn flavour. */
  readonly parser: string;
  readonly text: string;
}

export const templates: readonly Template[] = readdirSync(dir)
  .filter((f) => f !== 'README.md')
  .sort()
  .map((file) => ({ file, parser: file.replace(/\.[a-z]+$/, '').replace(/-(v1|berry)$/, ''), text: readOwnFixture(`templates/${file}`) }));

/** The template with @NAME@ and @VERSION@ replaced, escaped the way the file's syntax quotes strings. */
export function fill(template: Template, name: string, version: string): string {
  const quoted = /\.(json|toml|yaml)$/.test(template.file);
  // JSON escapes are valid in TOML basic strings and YAML double-quoted scalars too.
  const escape = (s: string): string => (quoted ? JSON.stringify(s).slice(1, -1) : s);
  return template.text.replaceAll('@NAME@', escape(name)).replaceAll('@VERSION@', escape(version));
}
