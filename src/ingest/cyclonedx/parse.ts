import type { Problem } from '../../model/problem.js';
import type { DetectInput, ParsedSet, Parser, ParseOutcome, ParseInput } from '../parser.js';
import { walkComponents, type Bucket } from './components.js';
import { directRefsOf, readDependsOn, type DependsOn } from './dependency-graph.js';
import { readGitLabProperties } from './gitlab-properties.js';
import { packageManagerFromTools, toolNames } from './tools.js';
import { readCycloneDxVulnerabilities } from './vulnerabilities.js';
import { isJsonObject } from '../json-object.js';
import { TOOL_NAME } from '../../version.js';

/**
 * `bomFormat: "CycloneDX"`; also documents that point at a CycloneDX schema or carry a `specVersion` with
 * components but lost their `bomFormat`, so that they get a clear error instead of "unknown format".
 */
function detect({ json }: DetectInput): boolean {
  if (!isJsonObject(json)) return false;
  if (json.bomFormat === 'CycloneDX') return true;
  if (json.bomFormat !== undefined || 'spdxVersion' in json) return false;
  const schema = json.$schema;
  if (typeof schema === 'string' && schema.length < 1000 && schema.includes('cyclonedx.org/schema')) return true;
  return typeof json.specVersion === 'string' && (Array.isArray(json.components) || isJsonObject(json.metadata));
}

function parse({ json, path }: ParseInput): ParseOutcome {
  if (!isJsonObject(json)) return { ok: false, error: 'not a CycloneDX BOM: the top level is not an object' };
  if (json.bomFormat !== 'CycloneDX') {
    const what = json.bomFormat === undefined ? 'has no "bomFormat"' : '"bomFormat" is not "CycloneDX"';
    return { ok: false, error: `not a CycloneDX BOM: the document ${what}`, place: '/bomFormat' };
  }
  const notes: string[] = [];
  const spec = typeof json.specVersion === 'string' ? /^(\d{1,3})\.(\d{1,3})$/.exec(json.specVersion) : null;
  if (spec === null) {
    const what = json.specVersion === undefined ? 'has no "specVersion"' : '"specVersion" is not like "1.6"';
    return { ok: false, error: `cannot read this CycloneDX BOM: it ${what}; supported: 1.2 to 1.7`, place: '/specVersion' };
  }
  const [major, minor] = [Number(spec[1]), Number(spec[2])];
  if (major !== 1) return { ok: false, error: `CycloneDX ${spec[0]} is not supported; supported: 1.2 to 1.7`, place: '/specVersion' };
  if (minor < 2 || minor > 7) notes.push(`CycloneDX ${spec[0]} is outside 1.2-1.7; read as the nearest supported version`);

  const problems: Problem[] = [];
  const metadata = isJsonObject(json.metadata) ? json.metadata : {};
  const metadataProperties = readGitLabProperties(metadata.properties) ?? {};
  const graph = readDependsOn(json.dependencies, problems);
  const root = isJsonObject(metadata.component) && typeof metadata.component['bom-ref'] === 'string' ? metadata.component['bom-ref'] : null;
  const defaultFile = metadataProperties.inputFile ?? metadataProperties.sourceFile ?? path;
  const defaultPackageManager = metadataProperties.packageManager ?? packageManagerFromTools(metadata.tools);

  const tools = toolNames(metadata.tools);
  const scopeRules = { npmOptionalProperty: tools.has('cdxgen'), missingScopeIsUnknown: tools.has(TOOL_NAME) };
  const walked = walkComponents(json.components, { metadataProperties, defaultFile, defaultPackageManager, directRefs: directRefsOf(root, graph), subjectRef: root, scopeRules }, problems);
  const { sets, crossing } = withEdges(walked.buckets, walked.bucketOfRef, graph, defaultFile, defaultPackageManager);

  if (walked.generic > 0) notes.push(`${walked.generic} components without a purl (libraries, frameworks, applications) are kept as pkg:generic`);
  if (walked.withoutPurl > 0) notes.push(`skipped ${walked.withoutPurl} components without a purl (files, operating systems, crypto assets and the like)`);
  if (walked.repeated > 0) notes.push(`${walked.repeated} components without a bom-ref repeat the purl of an earlier one; each purl was kept once`);
  if (walked.subjectListed) notes.push('the BOM\'s subject (metadata.component) is also listed among the components; it is not a dependency of itself');
  if (crossing > 0) notes.push(`${crossing} dependency edges join components of different input files; they were left out`);
  const vulnerabilities = readCycloneDxVulnerabilities(json.vulnerabilities, json.components, defaultFile, problems);
  return { ok: true, value: { sets, problems, notes, vulnerabilities } };
}

/**
 * One set per input file (GitLab's properties can put components of one SBOM in several). With one file the
 * graph is handed on as it is: the graph stage ignores refs that are not kept components (the root, a component
 * without purl), repeats and self-edges. With several, each set gets the edges between its own components, and
 * edges that join two files are counted.
 */
function withEdges(buckets: readonly Bucket[], bucketOfRef: ReadonlyMap<string, Bucket>, graph: DependsOn, defaultFile: string, defaultPackageManager: string | null) {
  if (buckets.length === 0) return { sets: [{ file: defaultFile, packageManager: defaultPackageManager, dependencies: [], edges: [] }], crossing: 0 };
  if (buckets.length === 1) return { sets: [{ ...(buckets[0] as Bucket), edges: graph }], crossing: 0 };
  const edges = new Map<Bucket, Map<string, string[]>>(buckets.map((b) => [b, new Map()]));
  let crossing = 0;
  for (const [from, targets] of graph) {
    const bucket = bucketOfRef.get(from);
    if (bucket === undefined) continue;
    const own: string[] = [];
    const distinct = new Set<string>();
    for (const to of targets) {
      const toBucket = bucketOfRef.get(to);
      if (to === from || toBucket === undefined || distinct.has(to)) continue;
      distinct.add(to);
      if (toBucket === bucket) own.push(to);
      else crossing++;
    }
    if (own.length > 0) edges.get(bucket)?.set(from, own);
  }
  const sets: ParsedSet[] = buckets.map((b) => ({ ...b, edges: edges.get(b) as Map<string, string[]> }));
  return { sets, crossing };
}

export const parser = {
  id: 'cyclonedx',
  description: 'CycloneDX JSON 1.2-1.7, GitLab gl-sbom flavour included',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: true },
  detect,
  parse,
} satisfies Parser;
