import type { ParsedDependency, Parser } from '../parser.js';
import { buildPurl } from '../../ecosystems/shared/purl.js';
import { readVerificationMetadata } from './components.js';

export const parser = {
  id: 'gradle-verification',
  description: 'Gradle gradle/verification-metadata.xml (dependency verification checksums)',
  capabilities: { edges: 'none', direct: false, development: false, checksums: true, sources: false, licenses: false },
  detect: ({ text, json }) => json === undefined && /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<verification-metadata[\s>]/.test(text.slice(0, 4096)),
  parse: ({ text, path }) => {
    const { components, problems } = readVerificationMetadata(text);
    const dependencies: ParsedDependency[] = [];
    const seen = new Set<string>();
    for (const c of components) {
      const purl = buildPurl('maven', c.group, c.name, c.version);
      if (!purl.ok) {
        problems.push({ place: `line ${c.line}`, message: purl.error });
        continue;
      }
      if (seen.has(purl.value)) continue;
      seen.add(purl.value);
      dependencies.push({ ref: purl.value, purl: purl.value, direct: null, development: null, licenses: null, checksums: c.checksums, source: null });
    }
    return { ok: true, value: { sets: [{ file: path, packageManager: 'gradle', dependencies, edges: [] }], problems } };
  },
} satisfies Parser;
