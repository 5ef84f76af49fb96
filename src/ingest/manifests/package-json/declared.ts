import { err, ok, type Result } from '../../../model/result.js';
import { isJsonObject } from '../../json-object.js';

/** What a package.json declares: ranges by name, per dependency kind. The lock-file parsers read it as a companion. */
export interface DeclaredDependencies {
  readonly dependencies: ReadonlyMap<string, string>;
  readonly devDependencies: ReadonlyMap<string, string>;
  readonly optionalDependencies: ReadonlyMap<string, string>;
  readonly peerDependencies: ReadonlyMap<string, string>;
  /** The `workspaces` globs when the project has any (array or `{packages: [...]}` form); null otherwise. */
  readonly workspaces: readonly string[] | null;
}

const KINDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** Pure; accepts the text of a package.json or its parsed value. Entries whose range is not a string are skipped. */
export function declaredDependencies(input: string | unknown): Result<DeclaredDependencies> {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (e) {
      return err(`package.json is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (!isJsonObject(value)) return err('package.json is not a JSON object');
  const maps = Object.fromEntries(KINDS.map((kind) => [kind, stringMap(value[kind])])) as Record<(typeof KINDS)[number], Map<string, string>>;
  return ok({ ...maps, workspaces: workspaceGlobs(value.workspaces) });
}

function stringMap(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isJsonObject(value)) return out;
  for (const [name, range] of Object.entries(value)) if (typeof range === 'string') out.set(name, range);
  return out;
}

function workspaceGlobs(value: unknown): readonly string[] | null {
  const list = isJsonObject(value) ? value.packages : value;
  if (!Array.isArray(list)) return null;
  const globs = list.filter((g): g is string => typeof g === 'string');
  return globs.length > 0 ? globs : null;
}
