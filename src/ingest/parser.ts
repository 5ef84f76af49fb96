import type { Checksums } from '../model/checksum.js';
import type { PurlParts } from '../ecosystems/shared/purl.js';
import type { Problem } from '../model/problem.js';
import type { ReportedVulnerability } from '../model/vulnerability.js';

/**
 * What a format can tell, declared as data (STYLE.md): the README's formats table is generated from it
 * (capabilities-table.ts), and the graph stage reads it (graph/capabilities.ts): where a format cannot know
 * whether a dependency is direct or for development, `buildSet` leaves the flag null rather than guessing.
 * A parser whose flags follow from its graph hands the graph stage a `walk` (ParsedWalk) rather than walking
 * it itself; graph/walk.ts derives the flags when the capabilities say the format knows them.
 */
export interface Capabilities {
  /** none: no edges; partial: some ancestry (GitLab dependency_path); complete: the whole graph. */
  readonly edges: 'none' | 'partial' | 'complete';
  /** The input says which dependencies are declared directly. */
  readonly direct: boolean;
  /** The input says which dependencies are for development only. */
  readonly development: boolean;
  readonly checksums: boolean;
  readonly sources: boolean;
  readonly licenses: boolean;
}

/** One dependency as a parser found it. `ref` is unique within its set and is what edges point at. */
export interface ParsedDependency {
  readonly ref: string;
  /** A valid purl with a version (built with packageurl-js). */
  readonly purl: string;
  /** The purl's parts, when the parser already has them (the graph stage parses the purl otherwise). */
  readonly parts?: PurlParts;
  /**
   * The name as the file writes it, where the purl normalises it ("Django" for pkg:pypi/django): shown to
   * people, while matching keeps the canonical name (issue #15). Ignored unless it canonicalises to the purl's.
   */
  readonly writtenName?: string;
  readonly direct: boolean | null;
  readonly development: boolean | null;
  /** Installed only as an optional dependency (model/dependency.ts); absent when the format does not say. */
  readonly optional?: boolean | null;
  readonly licenses: readonly string[] | null;
  readonly checksums: Checksums | null;
  readonly source: string | null;
}

/** Dependencies of one dependency file (a lock file, or the file a scanner says it read). */
export interface ParsedSet {
  /** The dependency file's path as the input names it; the input's own path when it names none. */
  readonly file: string;
  readonly packageManager: string | null;
  readonly dependencies: readonly ParsedDependency[];
  readonly edges: ParsedEdges;
  /** The walk that sets the development flags the entries leave null (graph/walk.ts). */
  readonly walk?: ParsedWalk;
}

/**
 * A format's development rule as data: what is reached from a runtime root through runtime edges only is
 * runtime (false); anything else the walk reaches is development (true); the rest is `unreached`. Roots and
 * edge ends may be refs that are no dependency (a workspace, a consumer node, a local folder): the walk goes
 * through them.
 */
export interface ParsedWalk {
  /** [ref, development]: where the walk starts. */
  readonly roots: readonly (readonly [string, boolean])[];
  /** [from, to, development]; absent: the set's edges, none of them development. */
  readonly edges?: readonly (readonly [string, string, boolean])[] | NumberedWalkEdges;
  /** The flag of an entry the walk does not reach: null (unknown) or true (Conan: outside the host graph). */
  readonly unreached: boolean | null;
  /**
   * The direct flag of an entry the walk does not reach and the parser did not find direct; absent: the parser's
   * flag stands (a yarn v1 lock of workspaces: what the root manifest does not reach may be a workspace's own).
   */
  readonly directUnreached?: boolean | null;
}

/**
 * A walk's edges as a parser that numbered its nodes already holds them (SPDX): node i is `refs[i]`, edge k goes
 * from `from[k]` to `to[k]`. Handing them over as numbers spares 10^5 tuples and the graph stage's re-numbering.
 */
export interface NumberedWalkEdges {
  readonly refs: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly from: ArrayLike<number>;
  readonly to: ArrayLike<number>;
  readonly development: ArrayLike<boolean>;
}

/**
 * "from depends on to", as [from ref, to ref] pairs or as each ref's list of refs (the shape of CycloneDX's
 * `dependencies`, passed on without being taken apart). Refs not in `dependencies`, repeated edges and edges
 * from a ref to itself are ignored by the graph stage.
 */
export type ParsedEdges = readonly (readonly [string, string])[] | ReadonlyMap<string, readonly string[]>;

export interface ParseResult {
  readonly sets: readonly ParsedSet[];
  /** Entries that could not be used; the rest of the file was. */
  readonly problems: readonly Problem[];
  /** Vulnerabilities the input itself reports (GitLab DS reports), kept for the checks. */
  readonly vulnerabilities?: readonly ReportedVulnerability[];
  /** Things the reader should know that are not errors ("schema 15.1 has no dependency list"). */
  readonly notes?: readonly string[];
}

export interface DetectInput {
  /** The file's text. */
  readonly text: string;
  /** The parsed value when the text is JSON, otherwise undefined. */
  readonly json: unknown;
}

export interface ParseInput extends DetectInput {
  /** The input's path as given on the command line, for set names and messages. */
  readonly path: string;
  /** Texts of companion files found beside the input (Parser.companions), by file name. */
  readonly companions: ReadonlyMap<string, string>;
}

/**
 * The one interface every input format plugs into. Pure: text in, values out; no fs, env or logging.
 * `parse` reports bad entries as problems and keeps going; it returns an error only when the file as a whole
 * cannot be used (then nothing of it is kept and the message says why).
 */
export interface Parser {
  /** Stable id, used as `format` in the JSON output. */
  readonly id: string;
  /** One line for the README table and messages: "npm package-lock.json (lockfileVersion 1-3)". */
  readonly description: string;
  readonly capabilities: Capabilities;
  /**
   * The format looks like JSON but is not (bun.lock has trailing commas). Only such parsers are asked to detect a
   * text that starts with "{" and does not parse as JSON; for any other such text the JSON error is the answer.
   */
  readonly jsonLike?: boolean;
  /** File names read from the same folder as the input when present (package.json beside yarn.lock). */
  readonly companions?: readonly string[];
  /** Looks at content, never at the file name (DESIGN.md 5). */
  detect(input: DetectInput): boolean;
  parse(input: ParseInput): ParseOutcome;
}

export type ParseOutcome = { readonly ok: true; readonly value: ParseResult } | { readonly ok: false; readonly error: string; readonly place?: string };
