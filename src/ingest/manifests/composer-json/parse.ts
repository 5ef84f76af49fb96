import type { Parser } from '../../parser.js';
import { declaredComposerDependencies } from './declared.js';

export { declaredComposerDependencies, isPlatformPackage, type DeclaredComposerDependency } from './declared.js';

const isTable = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export const parser = {
  id: 'composer-json',
  description: 'Composer composer.json manifest',
  capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
  detect: ({ json }) => {
    if (!isTable(json)) return false;
    // composer.lock carries "packages"; package.json has no "require" tables.
    if ('packages' in json || 'content-hash' in json || 'lockfileVersion' in json || 'bomFormat' in json) return false;
    return isTable(json['require']) || isTable(json['require-dev']);
  },
  parse: ({ json }) => {
    const declared = declaredComposerDependencies(json);
    return {
      ok: true,
      value: {
        sets: [],
        problems: [],
        notes: [
          `composer.json is a manifest: it declares ${declared.length} dependencies with version constraints, not installed versions; ` +
            'scan composer.lock beside it, which reads composer.json to tell direct dependencies',
        ],
      },
    };
  },
} satisfies Parser;
