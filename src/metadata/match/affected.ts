import type { Result } from '../../model/result.js';
import type { AffectedPackage } from '../records/types.js';
import { versionsText, type VersionsText } from '../store/types.js';
import { hasPurlVariants, osvRange, purlSemantics, versionTool, type PurlSemantics, type VersionTool } from './versions-api.js';

/** Whether a version text is in an affected package's versions. */
export type AffectedTest = (version: string) => boolean;

/**
 * Builds the test of one affected package with its ecosystem's semantics: the PMDB `affected_range` in the
 * type's advisory syntax (DESIGN.md 8.1), or OSV events and explicit lists. Tools and ranges are cached per
 * type and range text, so 500,000 stored rows cost one parse per distinct range. Where a package's purl selects
 * other semantics (apk-tools 3 for Alpine 3.23+, Ecosystem.forPurl), its tests and order are that variant's, cached
 * apart under the variant's key.
 */
export class AffectedRanges {
  private readonly tools = new Map<string, VersionTool | null>();
  private readonly tests = new WeakMap<AffectedPackage, Result<AffectedTest>>();
  /** Per semantics, per kind ("[1.0]" is a Maven range and JSON too), per text. */
  private readonly byText = new Map<string, { pmdb: Map<string, Result<AffectedTest>>; osv: Map<string, Result<AffectedTest>> }>();

  tool(type: string, purl?: string | null): VersionTool | null {
    const semantics = this.semantics(type, purl);
    if (!semantics) return null;
    let tool = this.tools.get(semantics.key);
    if (tool === undefined) {
      tool = versionTool(semantics.ecosystem, 50_000);
      this.tools.set(semantics.key, tool);
    }
    return tool;
  }

  private readonly byPurl = new Map<string, PurlSemantics | null>();
  private readonly variants = new Map<string, boolean>();

  /** The semantics for a package; a purl is parsed once, and only for types whose purls can select a variant. */
  private semantics(type: string, purl?: string | null): PurlSemantics | undefined {
    let variants = this.variants.get(type);
    if (variants === undefined) this.variants.set(type, (variants = hasPurlVariants(type)));
    const key = purl && variants ? purl : type;
    let found = this.byPurl.get(key);
    if (found === undefined) {
      found = purlSemantics(type, key === type ? null : purl) ?? null;
      if (this.byPurl.size > 100_000) this.byPurl.clear();
      this.byPurl.set(key, found);
    }
    return found ?? undefined;
  }

  test(pkg: AffectedPackage): Result<AffectedTest> {
    const cached = this.tests.get(pkg);
    if (cached) return cached;
    const result = this.testText(pkg.type, versionsText(pkg));
    this.tests.set(pkg, result);
    return result;
  }

  /** The test of an affected package for one dependency's purl: the variant's when the purl selects one. */
  testFor(pkg: AffectedPackage, purl: string): Result<AffectedTest> {
    return hasPurlVariants(pkg.type) ? this.testText(pkg.type, versionsText(pkg), purl) : this.test(pkg);
  }

  /** The test of versions in their stored text form; one per distinct (semantics, text). */
  testText(type: string, versions: VersionsText, purl?: string | null): Result<AffectedTest> {
    return this.testOf(type, versions.kind, versions.text, purl);
  }

  /** testText with the versions taken apart, as a store hands candidate rows over. */
  testOf(type: string, kind: VersionsText['kind'], text: string, purl?: string | null): Result<AffectedTest> {
    const key = this.semantics(type, purl)?.key ?? type;
    let kinds = this.byText.get(key);
    if (!kinds) this.byText.set(key, (kinds = { pmdb: new Map(), osv: new Map() }));
    const byType = kind === 'osv' ? kinds.osv : kinds.pmdb;
    let result = byType.get(text);
    if (!result) {
      result = this.build(type, { kind, text }, purl);
      if (byType.size > 100_000) byType.clear();
      byType.set(text, result);
    }
    return result;
  }

  private build(type: string, versions: VersionsText, purl?: string | null): Result<AffectedTest> {
    const tool = this.tool(type, purl);
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
    const parse = this.parser(this.semantics(type, purl)?.key ?? type, tool);
    return {
      ok: true,
      value: (v) => {
        const parsed = parse(v);
        return parsed !== undefined && contains(parsed);
      },
    };
  }

  private readonly parsers = new Map<string, (text: string) => unknown>();

  /** Each version text parsed once per semantics (undefined: it does not parse). */
  private parser(key: string, tool: VersionTool): (text: string) => unknown {
    let parse = this.parsers.get(key);
    if (!parse) {
      const cache = new Map<string, unknown>();
      const unparsable = Symbol('unparsable');
      parse = (text) => {
        let found = cache.get(text);
        if (found === undefined) {
          const r = tool.ecosystem.versioning.parse(text);
          found = r.ok ? r.value : unparsable;
          if (cache.size > 200_000) cache.clear();
          cache.set(text, found);
        }
        return found === unparsable ? undefined : found;
      };
      this.parsers.set(key, parse);
    }
    return parse;
  }

  /** Fixed versions sorted in the ecosystem's order (unparsable ones last, as written), and the smallest above `current`. */
  remediation(type: string, fixed: readonly string[], current: string, purl?: string | null): { sorted: string[]; next: string | null } {
    const tool = this.tool(type, purl);
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
