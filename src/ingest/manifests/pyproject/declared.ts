import { parse as parseToml } from 'smol-toml';
import { canonicalPypiName, requirementName } from '../../../ecosystems/pypi/name.js';

/** A dependency a manifest declares: PEP 503 name, and whether only a development group declares it. */
export interface DeclaredPythonDependency {
  readonly name: string;
  readonly development: boolean;
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A manifest is read as one TOML document: an error names its place ("line 6, column 9"). */
export type Declared<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly place: string };

export function readTomlDocument(text: string, file: string): Declared<Table> {
  try {
    return { ok: true, value: parseToml(text) as Table };
  } catch (e) {
    const error = e as Error & { line?: number; column?: number };
    const message = (error.message.split('\n', 1)[0] ?? '').replace(/^Invalid TOML document: /, '');
    const place = typeof error.line === 'number' ? `line ${error.line}${typeof error.column === 'number' ? `, column ${error.column}` : ''}` : 'line 1';
    return { ok: false, error: `${file} is not valid TOML: ${message}`, place };
  }
}

/**
 * The dependencies pyproject.toml declares, from every place Poetry and PEP 621/735 put them:
 * runtime: [tool.poetry.dependencies], [project.dependencies], [project.optional-dependencies] (extras ship
 * with the package); development: [tool.poetry.dev-dependencies], [tool.poetry.group.<g>.dependencies] for
 * any group but "main", [dependency-groups]. A name in both kinds is listed twice. "python" is not a package.
 */
export function declaredPyprojectDependencies(text: string): Declared<DeclaredPythonDependency[]> {
  const read = readTomlDocument(text, 'pyproject.toml');
  if (!read.ok) return read;
  const doc = read.value;
  const out: DeclaredPythonDependency[] = [];
  const add = (name: string | null, development: boolean): void => {
    if (name === null) return;
    const canonical = canonicalPypiName(name);
    if (canonical !== 'python') out.push({ name: canonical, development });
  };
  const addKeys = (table: unknown, development: boolean): void => {
    if (isTable(table)) for (const name of Object.keys(table)) add(name, development);
  };
  const addRequirements = (list: unknown, development: boolean): void => {
    if (Array.isArray(list)) for (const item of list) if (typeof item === 'string') add(requirementName(item), development);
  };

  const project = doc['project'];
  if (isTable(project)) {
    addRequirements(project['dependencies'], false);
    const extras = project['optional-dependencies'];
    if (isTable(extras)) for (const list of Object.values(extras)) addRequirements(list, false);
  }
  const tool = doc['tool'];
  const poetry = isTable(tool) ? tool['poetry'] : undefined;
  if (isTable(poetry)) {
    addKeys(poetry['dependencies'], false);
    addKeys(poetry['dev-dependencies'], true);
    const groups = poetry['group'];
    if (isTable(groups)) {
      for (const [group, body] of Object.entries(groups)) {
        if (isTable(body)) addKeys(body['dependencies'], group !== 'main');
      }
    }
  }
  const dependencyGroups = doc['dependency-groups'];
  // Entries that are tables ({include-group = "x"}) name other groups, which are listed themselves.
  if (isTable(dependencyGroups)) for (const list of Object.values(dependencyGroups)) addRequirements(list, true);
  return { ok: true, value: out };
}
