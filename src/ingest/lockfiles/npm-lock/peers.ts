import semver from 'semver';
import { jsonPointer, type Problem } from '../../../model/problem.js';

/**
 * Peer dependencies a lock leaves unmet, as npm itself judges them: `npm sbom` refuses such a lock with
 * ESBOMPROBLEMS ("missing: typescript@>= 2.7, required by tsutils@3.21.0", "invalid: ajv@6.12.6, >=8 required
 * by ..."; npm lib/commands/sbom.js detectErrors over arborist's edge.missing / edge.invalid). depindex reads the
 * lock anyway, and says which packages npm would complain about, so the refusal elsewhere is not a surprise.
 * A peer marked optional in `peerDependenciesMeta` may be missing (arborist: an optional edge is never missing).
 */
export class PeerCheck {
  readonly problems: Problem[] = [];
  /** npm reports each problem once however many install paths repeat it; so does this. */
  private readonly seen = new Set<string>();

  /** `from` is the install path of the package declaring the peer; `entry` its lock entry. */
  missing(from: string, entry: Record<string, unknown>, name: string, range: unknown): void {
    if (isOptionalPeer(entry, name)) return;
    const wanted = `${name}@${typeof range === 'string' ? range : '*'}`;
    this.add(from, name, `${wanted}|${idOf(from, entry)}`, `peer dependency ${wanted} of ${idOf(from, entry)} is not in the lock file (npm sbom refuses this lock: "missing")`);
  }

  /**
   * The installed version must satisfy the declared range, the way arborist's depValid compares (loose semver).
   * Ranges that are no semver range (tags, URLs, "npm:" aliases, "workspace:") are not judged here.
   */
  installed(from: string, entry: Record<string, unknown>, name: string, range: unknown, target: Record<string, unknown> | undefined): void {
    if (typeof range !== 'string' || range === '*' || range === '' || semver.validRange(range, { loose: true }) === null) return;
    const version = target?.version;
    if (typeof version !== 'string' || semver.valid(version, { loose: true }) === null) return;
    if (semver.satisfies(version, range, { loose: true })) return;
    const found = `${name}@${version}`;
    this.add(from, name, `${found}|${range}|${idOf(from, entry)}`, `peer dependency ${name}@${range} of ${idOf(from, entry)} is not met: the lock has ${found} (npm sbom refuses this lock: "invalid")`);
  }

  private add(from: string, name: string, key: string, message: string): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ place: jsonPointer('packages', from, 'peerDependencies', name), message });
  }
}

function isOptionalPeer(entry: Record<string, unknown>, name: string): boolean {
  const meta = entry.peerDependenciesMeta;
  if (typeof meta !== 'object' || meta === null) return false;
  const one = (meta as Record<string, unknown>)[name];
  return typeof one === 'object' && one !== null && (one as Record<string, unknown>).optional === true;
}

/** name@version as npm's messages write it (arborist's pkgid); the name from the path when the entry has none. */
function idOf(path: string, entry: Record<string, unknown>): string {
  const at = path.lastIndexOf('node_modules/');
  const name = typeof entry.name === 'string' ? entry.name : at >= 0 ? path.slice(at + 'node_modules/'.length) : path || 'the project';
  return typeof entry.version === 'string' ? `${name}@${entry.version}` : name;
}
