import { canonicalKey } from '../store/keys.js';
import type { Dependency } from '../model/dependency.js';
import { err, ok, type Result } from '../model/result.js';

/**
 * A purl pattern of the config ("pkg:npm/%40acme/*", "pkg:maven/org.apache.logging.log4j/log4j-core"): type,
 * namespace and name, percent-encoded as purls are, `*` matching any run of characters. Names are compared by
 * the ecosystem's canonical key (PEP 503 for PyPI, case-insensitive where the ecosystem is), as search does.
 */
export interface PurlPattern {
  readonly text: string;
  readonly type: string;
  /** The canonical key of the pattern's full name, `*` kept. */
  readonly key: string;
  /** Null when the pattern has no glob: then the key is compared for equality (a map lookup). */
  readonly glob: RegExp | null;
  /** The literal text before the first `*`: a cheap test before the regular expression. */
  readonly prefix: string;
}

export function parsePurlPattern(text: string): Result<PurlPattern> {
  const m = /^pkg:([A-Za-z][A-Za-z0-9.+-]*)\/([^@?#]+)$/.exec(text.trim());
  if (!m) return err(`"${text}" is not a purl pattern like pkg:npm/%40acme/* (type, namespace, name; no version)`);
  const type = (m[1] as string).toLowerCase();
  let parts: string[];
  try {
    parts = (m[2] as string).split('/').filter((s) => s.length > 0).map((s) => decodeURIComponent(s));
  } catch {
    return err(`"${text}" has a broken percent-encoding`);
  }
  if (parts.length === 0) return err(`"${text}" names no package`);
  const name = parts[parts.length - 1] as string;
  const namespace = parts.length > 1 ? parts.slice(0, -1).join('/') : null;
  const key = canonicalKey(type, namespace, namespace ? `${namespace}/${name}` : name);
  const glob = key.includes('*') ? new RegExp(`^${key.split('*').map(escapeRegExp).join('.*')}$`, 's') : null;
  return ok({ text, type, key, glob, prefix: key.split('*')[0] as string });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The key a dependency is matched on: `type` and canonical full name. Computed once per dependency. */
export function dependencyKey(d: Pick<Dependency, 'type' | 'namespace' | 'name'>): string {
  return canonicalKey(d.type, d.namespace, d.name);
}

export function matchesKey(pattern: PurlPattern, type: string, key: string): boolean {
  if (pattern.type !== type.toLowerCase()) return false;
  return pattern.glob ? key.startsWith(pattern.prefix) && pattern.glob.test(key) : pattern.key === key;
}

/**
 * Many patterns, matched fast: exact ones by map lookup per type, globs tested one by one. 1,000 deny rules
 * against 50,000 dependencies is the bench's case.
 */
const NONE: readonly never[] = [];

interface IndexedGlob<T> {
  readonly pattern: PurlPattern;
  readonly value: T;
  /** Place among all patterns added, so that matches come out in that order. */
  readonly order: number;
}

export class PatternIndex<T> {
  private readonly exact = new Map<string, T[]>();
  /**
   * Glob patterns by purl type, then by the first character of their literal prefix ("" for a pattern starting
   * with `*`): a dependency is tested only against the globs its key can start like, not all 100 of the bench's.
   */
  private readonly globs = new Map<string, Map<string, IndexedGlob<T>[]>>();
  private count = 0;

  add(pattern: PurlPattern, value: T): void {
    const order = this.count++;
    if (pattern.glob) {
      let byFirst = this.globs.get(pattern.type);
      if (!byFirst) this.globs.set(pattern.type, (byFirst = new Map()));
      const first = pattern.prefix.slice(0, 1);
      const list = byFirst.get(first);
      if (list) list.push({ pattern, value, order });
      else byFirst.set(first, [{ pattern, value, order }]);
      return;
    }
    const k = `${pattern.type}\u0000${pattern.key}`;
    const list = this.exact.get(k);
    if (list) list.push(value);
    else this.exact.set(k, [value]);
  }

  /** Whether any pattern is of this purl type: most dependencies of a scan are ruled out by this alone. */
  hasType(type: string): boolean {
    return this.types.has(type.toLowerCase());
  }

  private typesCache: Set<string> | null = null;
  private get types(): Set<string> {
    this.typesCache ??= new Set([...this.globs.keys(), ...[...this.exact.keys()].map((k) => k.slice(0, k.indexOf('\u0000')))]);
    return this.typesCache;
  }

  /** Values of every pattern the package matches, exact ones first, each in the order added. */
  match(type: string, key: string): readonly T[] {
    const lowerType = type.toLowerCase();
    const exact = this.exact.get(`${lowerType}\u0000${key}`);
    const byFirst = this.globs.get(lowerType);
    if (byFirst === undefined) return exact ?? NONE;
    let found: IndexedGlob<T>[] | null = null;
    for (const list of [byFirst.get(key.slice(0, 1)), key.length > 0 ? byFirst.get('') : undefined]) {
      if (list === undefined) continue;
      for (const g of list) {
        if (!key.startsWith(g.pattern.prefix) || !(g.pattern.glob as RegExp).test(key)) continue;
        (found ??= []).push(g);
      }
    }
    if (found === null) return exact ?? NONE;
    found.sort((a, b) => a.order - b.order);
    return [...(exact ?? []), ...found.map((g) => g.value)];
  }

  get size(): number {
    return this.count;
  }
}
