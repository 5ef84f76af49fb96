import type { Result } from '../../model/result.js';
import type { AffectedPackage } from '../records/types.js';
import { ecosystemFor, osvRange, versionTool, type VersionTool } from './versions-api.js';

/** Whether a version text is in an affected package's versions. */
export type AffectedTest = (version: string) => boolean;

/**
 * Builds the test of one affected package with its ecosystem's semantics: the PMDB `affected_range` in the
 * type's advisory syntax (DESIGN.md 8.1), or OSV events and explicit lists. Tools and ranges are cached per
 * type and range text, so 500,000 stored rows cost one parse per distinct range.
 */
export class AffectedRanges {
  private readonly tools = new Map<string, VersionTool | null>();
  private readonly tests = new WeakMap<AffectedPackage, Result<AffectedTest>>();
  private readonly byText = new Map<string, Result<AffectedTest>>();

  tool(type: string): VersionTool | null {
    let tool = this.tools.get(type);
    if (tool === undefined) {
      const ecosystem = ecosystemFor(type);
      tool = ecosystem ? versionTool(ecosystem, 50_000) : null;
      this.tools.set(type, tool);
    }
    return tool;
  }

  test(pkg: AffectedPackage): Result<AffectedTest> {
    const cached = this.tests.get(pkg);
    if (cached) return cached;
    const key = `${pkg.type}\u0000${pkg.versions.kind === 'pmdb' ? pkg.versions.range : JSON.stringify(pkg.versions.affected)}`;
    let result = this.byText.get(key);
    if (!result) {
      result = this.build(pkg);
      if (this.byText.size > 100_000) this.byText.clear();
      this.byText.set(key, result);
    }
    this.tests.set(pkg, result);
    return result;
  }

  private build(pkg: AffectedPackage): Result<AffectedTest> {
    const tool = this.tool(pkg.type);
    if (!tool) return { ok: false, error: `package type "${pkg.type}" has no version semantics in depindex` };
    if (pkg.versions.kind === 'osv') {
      const range = osvRange(tool.ecosystem, pkg.versions.affected);
      return range.ok ? { ok: true, value: (v) => range.value.contains(v) } : range;
    }
    const text = pkg.versions.range;
    const range = tool.range(text, 'advisory');
    if (!range.ok) return range;
    // satisfies() parses each version text once per tool and reuses the parsed range.
    return {
      ok: true,
      value: (v) => {
        const answer = tool.satisfies(v, text, 'advisory');
        return answer.ok && answer.value;
      },
    };
  }

  /** Fixed versions sorted in the ecosystem's order (unparsable ones last, as written), and the smallest above `current`. */
  remediation(type: string, fixed: readonly string[], current: string): { sorted: string[]; next: string | null } {
    const tool = this.tool(type);
    const unique = [...new Set(fixed)];
    if (!tool) return { sorted: unique, next: null };
    const parsable = unique.filter((f) => tool.compare(f, f).ok);
    const rest = unique.filter((f) => !parsable.includes(f));
    parsable.sort((a, b) => (tool.compare(a, b) as { value: number }).value);
    const next = parsable.find((f) => {
      const c = tool.compare(f, current);
      return c.ok && c.value > 0;
    });
    return { sorted: [...parsable, ...rest], next: next ?? null };
  }
}
