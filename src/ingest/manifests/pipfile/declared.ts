import { parse as parseToml } from 'smol-toml';
import { err, ok, type Result } from '../../../model/result.js';
import { canonicalPypiName } from '../pyproject/pep503.js';
import type { DeclaredPythonDependency } from '../pyproject/declared.js';

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The dependencies a Pipfile declares: [packages] for runtime, [dev-packages] for development (PEP 503 names). */
export function declaredPipfileDependencies(text: string): Result<DeclaredPythonDependency[]> {
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (e) {
    return err(`Pipfile is not valid TOML: ${((e as Error).message.split('\n', 1)[0] ?? '').replace(/^Invalid TOML document: /, '')}`);
  }
  const out: DeclaredPythonDependency[] = [];
  for (const [table, development] of [['packages', false], ['dev-packages', true]] as const) {
    const entries = doc[table];
    if (isTable(entries)) for (const name of Object.keys(entries)) out.push({ name: canonicalPypiName(name), development });
  }
  return ok(out);
}
