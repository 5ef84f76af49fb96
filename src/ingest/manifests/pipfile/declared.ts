import { canonicalPypiName } from '../../../ecosystems/pypi/name.js';
import { readTomlDocument, type Declared, type DeclaredPythonDependency } from '../pyproject/declared.js';

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The dependencies a Pipfile declares: [packages] for runtime, [dev-packages] for development (PEP 503 names). */
export function declaredPipfileDependencies(text: string): Declared<DeclaredPythonDependency[]> {
  const read = readTomlDocument(text, 'Pipfile');
  if (!read.ok) return read;
  const doc = read.value;
  const out: DeclaredPythonDependency[] = [];
  for (const [table, development] of [['packages', false], ['dev-packages', true]] as const) {
    const entries = doc[table];
    if (isTable(entries)) for (const name of Object.keys(entries)) out.push({ name: canonicalPypiName(name), development });
  }
  return { ok: true, value: out };
}
