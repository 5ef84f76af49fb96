import type { Problem } from '../../model/problem.js';
import type { DetectInput, ParsedSet, Parser, ParseOutcome, ParseInput } from '../parser.js';
import { walkComponents, type Bucket } from './components.js';
import { directRefsOf, readDependsOn, type DependsOn } from './dependency-graph.js';
import { readGitLabProperties } from './gitlab-properties.js';
import { packageManagerFromTools } from './tools.js';
import { isJsonObject } from '../json-object.js';

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

  const walked = walkComponents(json.components, { metadataProperties, defaultFile, defaultPackageManager, directRefs: directRefsOf(root, graph), subjectRef: root }, problems);
  const { sets, crossing } = withEdges(walked.buckets, walked.bucketOfRef, graph, defaultFile, defaultPackageManager);

  if (walked.withoutPurl > 0) notes.push(`skipped ${walked.withoutPurl} components without a purl (files, operating systems, applications and the like)`);
  if (walked.repeated > 0) notes.push(`${walked.repeated} components without a bom-ref repeat the purl of an earlier one; each purl was kept once`);
  if (walked.subjectListed) notes.push('the BOM\'s subject (metadata.component) is also listed among the components; it is not a dependency of itself');
  if (crossing > 0) notes.push(`${crossing} dependency edges join components of different input files; they were left out`);
  return { ok: true, value: { sets, problems, notes } };
}

/**
 * One set per input file (GitLab's properties can put components of one SBOM in several), with the edges
 * whose two ends are kept components of the same set. Refs that are not kept components (the root, a
 * component without purl) give no edge.
 */
function withEdges(buckets: readonly Bucket[], bucketOfRef: ReadonlyMap<string, Bucket>, graph: DependsOn, defaultFile: string, defaultPackageManager: string | null) {
  const edges = new Map<Bucket, [string, string][]>(buckets.map((b) => [b, []]));
  let crossing = 0;
  for (const [from, targets] of graph) {
    const bucket = bucketOfRef.get(from);
    if (bucket === undefined) continue;
    const into = edges.get(bucket) as [string, string][];
    // readDependsOn joined the entries of each ref, so repeats can only be within one target list. Lists are
    // short: a repeat is found by looking back, and only a long list pays for a set.
    const seen = targets.length > 16 ? new Set<string>() : null;
    for (let k = 0; k < targets.length; k++) {
      const to = targets[k] as string;
      if (to === from) continue;
      if (seen === null ? k > 0 && targets.lastIndexOf(to, k - 1) !== -1 : seen.has(to)) continue;
      seen?.add(to);
      const toBucket = bucketOfRef.get(to);
      if (toBucket === undefined) continue;
      if (toBucket === bucket) into.push([from, to]);
      else crossing++;
    }
  }
  const sets: ParsedSet[] = buckets.map((b) => ({ ...b, edges: edges.get(b) as [string, string][] }));
  if (sets.length === 0) sets.push({ file: defaultFile, packageManager: defaultPackageManager, dependencies: [], edges: [] });
  return { sets, crossing };
}

export const parser = {
  id: 'cyclonedx',
  description: 'CycloneDX JSON 1.2-1.7, GitLab gl-sbom flavour included',
  capabilities: { edges: 'complete', direct: true, development: true, checksums: true, sources: true, licenses: true },
  detect,
  parse,
} satisfies Parser;
