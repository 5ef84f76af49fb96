import type { Parser } from '../../parser.js';
import { manifestOnly } from '../manifest-only.js';
import { declaredComposerDependencies } from './declared.js';
import { isJsonObject } from '../../json-object.js';

export { declaredComposerDependencies, isPlatformPackage, type DeclaredComposerDependency } from './declared.js';

export const parser = {
  id: 'composer-json',
  description: 'Composer composer.json manifest',
  capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
  detect: ({ json }) => {
    if (!isJsonObject(json)) return false;
    // composer.lock carries "packages"; package.json has no "require" tables.
    if ('packages' in json || 'content-hash' in json || 'lockfileVersion' in json || 'bomFormat' in json) return false;
    return isJsonObject(json['require']) || isJsonObject(json['require-dev']);
  },
  parse: ({ json }) => {
    const declared = declaredComposerDependencies(json);
    return manifestOnly(
      `composer.json is a manifest: it declares ${declared.length} dependencies with version constraints, not installed versions; ` +
        'scan composer.lock beside it, which reads composer.json to tell direct dependencies',
    );
  },
} satisfies Parser;
