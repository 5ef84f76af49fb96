import type { Problem } from '../../model/problem.js';
import type { ParsedDependency, ParsedSet } from '../parser.js';
import { purlFromName, purlTypeOf } from './package-purl.js';
import { isJsonObject } from '../json-object.js';

/** Names, versions and paths longer than this are not real; refusing them keeps the work per entry bounded. */
const MAX_FIELD = 4096;
const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

type MutableDependency = { -readonly [K in keyof ParsedDependency]: ParsedDependency[K] };

/** `dependency_files[]` of a 14.x / 15.0.x report: one set per file. */
export function readDependencyFiles(value: unknown, problems: Problem[]): ParsedSet[] {
  if (!Array.isArray(value)) {
    problems.push({ place: '/dependency_files', message: 'dependency_files is not an array; no dependencies were read' });
    return [];
  }
  const sets: ParsedSet[] = [];
  value.forEach((file: unknown, i) => {
    const set = readFile(file, `/dependency_files/${i}`, problems);
    if (set) sets.push(set);
  });
  return sets;
}

function readFile(file: unknown, place: string, problems: Problem[]): ParsedSet | null {
  if (!isJsonObject(file)) {
    problems.push({ place, message: 'dependency file is not an object' });
    return null;
  }
  const path = typeof file.path === 'string' && file.path.length > 0 && file.path.length <= MAX_FIELD ? file.path : null;
  if (path === null) {
    problems.push({ place: `${place}/path`, message: 'dependency file has no usable path; its dependencies were skipped' });
    return null;
  }
  const packageManager = typeof file.package_manager === 'string' ? file.package_manager : null;
  const type = packageManager === null ? null : purlTypeOf(packageManager);
  if (packageManager === null || type === null) {
    const what = packageManager === null ? 'no package_manager' : `unknown package_manager "${clip(packageManager)}"`;
    problems.push({ place: `${place}/package_manager`, message: `${what}: the dependencies of ${clip(path)} were skipped` });
    return { file: path, packageManager: packageManager === null ? null : clip(packageManager), dependencies: [], edges: [] };
  }
  if (!Array.isArray(file.dependencies)) {
    problems.push({ place: `${place}/dependencies`, message: 'dependencies is not an array' });
    return { file: path, packageManager, dependencies: [], edges: [] };
  }

  const byPurl = new Map<string, MutableDependency>();
  const refOfIid = new Map<number, string>();
  const paths: { ref: string; path: unknown; place: string }[] = [];
  file.dependencies.forEach((dep: unknown, j) => {
    const depPlace = `${place}/dependencies/${j}`;
    const read = readDependency(dep, type, depPlace, problems);
    if (read === null) return;
    const existing = byPurl.get(read.purl);
    // The same version listed twice: one entry, direct when either says so.
    if (existing) existing.direct = existing.direct === true || read.direct === true ? true : (existing.direct ?? read.direct);
    else byPurl.set(read.purl, { ref: read.purl, purl: read.purl, writtenName: read.name, direct: read.direct, development: null, licenses: null, checksums: null, source: null });
    if (read.iid !== null) refOfIid.set(read.iid, read.purl);
    if (read.path !== undefined) paths.push({ ref: read.purl, path: read.path, place: `${depPlace}/dependency_path` });
  });

  return { file: path, packageManager, dependencies: [...byPurl.values()], edges: pathEdges(paths, refOfIid, problems) };
}

interface ReadDependency {
  readonly purl: string;
  /** As the report writes it ("Django"); graph/build.ts shows it when it is the purl's package. */
  readonly name: string;
  readonly direct: boolean | null;
  readonly iid: number | null;
  readonly path: unknown;
}

function readDependency(dep: unknown, type: string, place: string, problems: Problem[]): ReadDependency | null {
  if (!isJsonObject(dep)) {
    problems.push({ place, message: 'dependency is not an object' });
    return null;
  }
  const name = isJsonObject(dep.package) && typeof dep.package.name === 'string' ? dep.package.name : '';
  const version = typeof dep.version === 'string' ? dep.version : '';
  if (name === '' || version === '' || name.length > MAX_FIELD || version.length > MAX_FIELD) {
    problems.push({ place, message: 'dependency needs package.name and version (each under 4096 characters); skipped' });
    return null;
  }
  const purl = purlFromName(type, name, version);
  if (!purl.ok) {
    problems.push({ place: `${place}/package/name`, message: purl.error });
    return null;
  }
  return {
    purl: purl.value,
    name,
    direct: typeof dep.direct === 'boolean' ? dep.direct : null,
    iid: typeof dep.iid === 'number' ? dep.iid : null,
    path: dep.dependency_path,
  };
}

/**
 * `dependency_path` is ONE path from a direct dependency down to the parent (schema: "Ancestors of the
 * dependency, starting from a direct project dependency, and ending with an immediate parent"), so each
 * consecutive pair is an edge and the last ancestor depends on the dependency itself. Other paths to the same
 * dependency are not in the report, hence capabilities.edges = 'partial'.
 */
function pathEdges(
  paths: readonly { ref: string; path: unknown; place: string }[],
  refOfIid: ReadonlyMap<number, string>,
  problems: Problem[],
): [string, string][] {
  const seen = new Set<string>();
  const edges: [string, string][] = [];
  const add = (from: string, to: string): void => {
    const key = `${from}\n${to}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    edges.push([from, to]);
  };
  for (const { ref, path, place } of paths) {
    if (!Array.isArray(path)) {
      problems.push({ place, message: 'dependency_path is not an array' });
      continue;
    }
    let previous: string | null = null;
    for (let k = 0; k < path.length; k++) {
      const step: unknown = path[k];
      const iid = isJsonObject(step) && typeof step.iid === 'number' ? step.iid : null;
      const stepRef = iid === null ? undefined : refOfIid.get(iid);
      if (stepRef === undefined) {
        const what = iid === null ? 'step has no numeric iid' : `iid ${iid} is not a dependency of this file`;
        problems.push({ place: `${place}/${k}`, message: `${what}; no edge through this step` });
        previous = null;
        continue;
      }
      if (previous !== null) add(previous, stepRef);
      previous = stepRef;
    }
    if (previous !== null) add(previous, ref);
  }
  return edges;
}
