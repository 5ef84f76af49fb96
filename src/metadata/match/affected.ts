import type { Result } from '../../model/result.js';
import type { AffectedPackage } from '../records/types.js';
import { versionsText, type VersionsText } from '../store/types.js';
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
  private readonly byText = new Map<string, Map<string, Result<AffectedTest>>>();

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
    const result = this.testText(pkg.type, versionsText(pkg));
    this.tests.set(pkg, result);
    return result;
  }

  /** The test of versions in their stored text form; one per distinct (type, text). */
  testText(type: string, versions: VersionsText): Result<AffectedTest> {
    let byType = this.byText.get(type);
    if (!byType) this.byText.set(type, (byType = new Map()));
    let result = byType.get(versions.text);
    if (!result) {
      result = this.build(type, versions);
      if (byType.size > 100_000) byType.clear();
      byType.set(versions.text, result);
    }
    return result;
  }

  private build(type: string, versions: VersionsText): Result<AffectedTest> {
    const tool = this.tool(type);
    if (!tool) return { ok: false, error: `package type "${type}" has no version semantics in depindex` };
    if (versions.kind === 'osv') {
      let affected: unknown;
      try {
        affected = JSON.parse(versions.text);
      } catch {
        return { ok: false, error: 'stored OSV ranges are not JSON' };
      }
      const range = osvRange(tool.ecosystem, affected as Parameters<typeof osvRange>[1]);
      return range.ok ? { ok: true, value: (v) => range.value.contains(v) } : range;
    }
    const range = tool.range(versions.text, 'advisory');
    if (!range.ok) return range;
    const contains = range.value.contains.bind(range.value);
    const parse = this.parser(type, tool);
    return {
      ok: true,
      value: (v) => {
        const parsed = parse(v);
        return parsed !== undefined && contains(parsed);
      },
    };
  }

  private readonly parsers = new Map<string, (text: string) => unknown>();

  /** Each version text parsed once per type (undefined: it does not parse). */
  private parser(type: string, tool: VersionTool): (text: string) => unknown {
    let parse = this.parsers.get(type);
    if (!parse) {
      const cache = new Map<string, unknown>();
      parse = (text) => {
        if (cache.has(text)) return cache.get(text);
        const r = tool.ecosystem.versioning.parse(text);
        if (cache.size > 200_000) cache.clear();
        cache.set(text, r.ok ? r.value : undefined);
        return r.ok ? r.value : undefined;
      };
      this.parsers.set(type, parse);
    }
    return parse;
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
