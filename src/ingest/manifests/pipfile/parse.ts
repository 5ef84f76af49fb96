import type { Parser } from '../../parser.js';
import { tomlHeaders } from '../../text/toml-lock.js';
import { manifestOnly } from '../manifest-only.js';
import { declaredPipfileDependencies } from './declared.js';

export { declaredPipfileDependencies } from './declared.js';

export const parser = {
  id: 'pipfile',
  description: 'Pipenv Pipfile manifest',
  capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
  detect: ({ text, json }) => {
    if (json !== undefined) return false;
    const headers = tomlHeaders(text);
    const hasPackages = headers.has('[packages]') || headers.has('[dev-packages]');
    // [[source]] (or [requires]) with a packages table is Pipenv's shape; pyproject.toml has neither.
    return hasPackages && (headers.has('[[source]]') || headers.has('[requires]')) && !headers.has('[project]') && !headers.has('[[package]]');
  },
  parse: ({ text }) => {
    const declared = declaredPipfileDependencies(text);
    if (!declared.ok) return { ok: false, error: declared.error, place: declared.place };
    return manifestOnly(
      `Pipfile is a manifest: it declares ${declared.value.length} dependencies with version constraints, not installed versions; ` +
        'scan Pipfile.lock beside it, which reads Pipfile to tell direct dependencies',
    );
  },
} satisfies Parser;
