import { err, ok, type Result } from '../model/result.js';
import { ecosystemFor } from './registry.js';
import type { Ecosystem, RangeSyntax, VersionRange } from './types.js';

/** Parsed values kept per text; the oldest half is dropped when full, so memory stays bounded on endless input. */
class BoundedCache<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly capacity: number) {}

  get(key: string, make: () => T): T {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as T;
    const value = make();
    if (this.map.size >= this.capacity) {
      let drop = this.capacity >> 1;
      for (const k of this.map.keys()) {
        if (drop-- <= 0) break;
        this.map.delete(k);
      }
    }
    this.map.set(key, value);
    return value;
  }
}

/** Version questions asked as text, for one ecosystem: parses each distinct string once. */
export interface VersionTool {
  readonly ecosystem: Ecosystem;
  compare(a: string, b: string): Result<-1 | 0 | 1>;
  satisfies(version: string, range: string, syntax?: RangeSyntax): Result<boolean>;
  range(range: string, syntax?: RangeSyntax): Result<VersionRange<unknown>>;
}

export function versionTool(ecosystem: Ecosystem, cacheSize = 10_000): VersionTool {
  const versions = new BoundedCache<Result<unknown>>(cacheSize);
  const ranges = new BoundedCache<Result<VersionRange<unknown>>>(cacheSize);
  const { versioning } = ecosystem;
  const parse = (text: string): Result<unknown> => versions.get(text, () => versioning.parse(text));
  const range = (text: string, syntax: RangeSyntax = 'native'): Result<VersionRange<unknown>> =>
    ranges.get(`${syntax}\u0000${text}`, () => versioning.parseRange(text, syntax));
  return {
    ecosystem,
    range,
    compare(a, b) {
      const x = parse(a);
      if (!x.ok) return x;
      const y = parse(b);
      if (!y.ok) return y;
      return ok(versioning.compare(x.value, y.value));
    },
    satisfies(version, text, syntax = 'native') {
      const v = parse(version);
      if (!v.ok) return v;
      const r = range(text, syntax);
      if (!r.ok) return r;
      return ok(r.value.contains(v.value));
    },
  };
}

/** The tool for a purl type or registry alias; an error naming the type when it is not supported. */
export function versionToolFor(typeOrAlias: string): Result<VersionTool> {
  const ecosystem = ecosystemFor(typeOrAlias);
  if (!ecosystem) return err(`unknown package type "${typeOrAlias}"`);
  return ok(versionTool(ecosystem));
}

/** One-off questions; use versionTool for many. */
export function compareVersions(type: string, a: string, b: string): Result<-1 | 0 | 1> {
  const tool = versionToolFor(type);
  return tool.ok ? tool.value.compare(a, b) : tool;
}

export function satisfies(type: string, version: string, range: string, syntax: RangeSyntax = 'native'): Result<boolean> {
  const tool = versionToolFor(type);
  return tool.ok ? tool.value.satisfies(version, range, syntax) : tool;
}
