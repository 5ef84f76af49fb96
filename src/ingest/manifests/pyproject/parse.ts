import type { Parser } from '../../parser.js';
import { tomlHeaders } from '../../text/toml-lock.js';
import { manifestOnly } from '../manifest-only.js';
import { declaredPyprojectDependencies } from './declared.js';

export { declaredPyprojectDependencies, type DeclaredPythonDependency } from './declared.js';

const PYPROJECT_TABLES = ['[project]', '[build-system]', '[tool.poetry]', '[tool.poetry.dependencies]', '[dependency-groups]'];
// Tables of the formats that share TOML with pyproject.toml; their presence means it is not one.
const OTHER_FORMAT_TABLES = ['[[package]]', '[metadata]', '[[source]]', '[packages]', '[dev-packages]', '[package]'];

export const parser = {
  id: 'pyproject',
  description: 'Python pyproject.toml manifest',
  capabilities: { edges: 'none', direct: false, development: false, checksums: false, sources: false, licenses: false },
  detect: ({ text, json }) => {
    if (json !== undefined) return false;
    const headers = tomlHeaders(text);
    return PYPROJECT_TABLES.some((h) => headers.has(h)) && !OTHER_FORMAT_TABLES.some((h) => headers.has(h));
  },
  parse: ({ text }) => {
    const declared = declaredPyprojectDependencies(text);
    if (!declared.ok) return { ok: false, error: declared.error, place: declared.place };
    const names = new Set(declared.value.map((d) => d.name));
    return manifestOnly(
      `pyproject.toml is a manifest: it declares ${names.size} dependencies with version constraints, not installed versions; ` +
        'scan the lock file beside it (poetry.lock), which reads pyproject.toml to tell direct and development dependencies',
    );
  },
} satisfies Parser;
