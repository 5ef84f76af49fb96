import { candidateSets } from '../metadata/match/candidates.js';
import { fillLicenses } from '../metadata/match/licenses.js';
import { indexKeys, type KeyIndex } from '../metadata/match/package-key.js';
import type { MatchThread } from '../metadata/match-worker/client.js';
import type { MetadataLookup } from '../metadata/store/types.js';
import type { DependencySet } from '../model/dependency-set.js';
import type { Finding } from '../model/finding.js';

/** The advisories matched, and what the log should say about how: why there are none, or a fallback taken. */
export interface Matched {
  readonly findings: readonly Finding[];
  readonly notice: string | null;
}

export interface Enrichment {
  /** The sets with licences filled from the synced licence data where the input carried none. */
  readonly sets: readonly DependencySet[];
  /** `vulnerability` findings from the synced advisories (PMDB v2, OSV). Never rejects. */
  readonly vulnerabilities: Promise<Matched>;
  /**
   * True when another thread is matching as enrich returns: the pipeline writes the sets meanwhile. Otherwise the
   * matching runs in the scan's own thread, and the findings are awaited before the write takes the store's lock.
   */
  readonly concurrent: boolean;
  /** Why the licences could not be filled; the scan goes on without them. */
  readonly error: string | null;
}

/**
 * Scans from this many dependencies match in a thread of their own (metadata/match-worker), beside the write of
 * their sets. Below it, copying the sets to the thread and its cold code cost more than matching in the scan's
 * own thread takes.
 */
export const MATCH_IN_THREAD_FROM = 5_000;

export interface EnrichOptions {
  /** Match advisories at all (config `checks.vulnerability`). */
  readonly vulnerabilities: boolean;
  /** A thread started over the SQLite metadata (match-worker/client.ts): a large scan matches there; else it is closed. */
  readonly thread?: MatchThread | null;
  /** From how many dependencies a thread matches (MATCH_IN_THREAD_FROM; tests lower it). */
  readonly threadFrom?: number;
}

const NOTHING: Promise<Matched> = Promise.resolve({ findings: [], notice: null });
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const failed = (e: unknown): Matched => ({ findings: [], notice: `cannot read the package metadata: ${messageOf(e)}` });

/**
 * The enrich stage of DESIGN.md 2: licences and advisories from the package metadata that `depindex sync` keeps
 * beside the index. Licences come first, so that the licence policy and the outputs see them; the matching they
 * wait for is started before them. Without metadata (never synced, or a store that has none) the sets pass
 * through unchanged. A lookup that fails is reported and the scan goes on: what it would have given is lost for
 * this run, nothing else.
 */
export async function enrich(sets: readonly DependencySet[], lookup: MetadataLookup | null, options: EnrichOptions): Promise<Enrichment> {
  const size = sets.reduce((n, set) => n + set.dependencies.length, 0);
  const thread = lookup && options.vulnerabilities && size >= (options.threadFrom ?? MATCH_IN_THREAD_FROM) ? (options.thread ?? null) : null;
  if (!thread) void options.thread?.close();
  if (!lookup) return { sets, vulnerabilities: NOTHING, concurrent: false, error: null };
  // Loaded only when matching: the matcher (and its CVSS calculator) is a tenth of the code a scan would otherwise
  // load at start-up, and a scan without synced metadata never gets this far. Licences do not change what matches.
  const inScanThread = (of: readonly DependencySet[], keys?: KeyIndex): Promise<Matched> =>
    import('../metadata/match/match.js').then((m) => m.matchVulnerabilities(of, lookup, { keys })).then(found, failed);
  // A thread that fails is never a reason to miss vulnerabilities: the scan's own thread matches instead, and says so.
  const fallBack = async (e: unknown): Promise<Matched> => {
    const matched = await inScanThread(sets);
    return { findings: matched.findings, notice: `matching in a thread failed (${messageOf(e)}); matched in the scan's thread instead${matched.notice ? `; ${matched.notice}` : ''}` };
  };
  // Sent before the licences are filled: the sets' write that follows holds this thread until it is done.
  const inThread = thread ? thread.match(await forThread(sets, lookup)).then(found, fallBack) : null;
  let keys: KeyIndex | undefined;
  let filled: readonly DependencySet[] = sets;
  let error: string | null = null;
  try {
    if (await mayHaveLicenses(sets, lookup)) {
      // Filling licences keeps every dependency's place and name: one key per dependency serves both stages.
      keys = indexKeys(sets);
      filled = await fillLicenses(sets, lookup, keys);
    }
  } catch (e) {
    error = failed(e).notice;
  }
  const vulnerabilities = !options.vulnerabilities ? NOTHING : (inThread ?? inScanThread(filled, keys));
  return { sets: filled, vulnerabilities, concurrent: inThread !== null, error };
}

/**
 * What the thread is sent: the sets cut to the dependencies the store's candidate filter lets through (candidates.ts:
 * the findings are the same). On the bench's 50,000 dependencies, one in five with advisories, ruling the others out
 * here costs this thread about what copying them would, and the thread, spared reading them, slows the write of
 * the sets beside it 60-100 ms less (the scan's stages timed, 12-16 alternating runs). Without a filter, or when it
 * cannot be read, the whole sets.
 */
async function forThread(sets: readonly DependencySet[], lookup: MetadataLookup): Promise<readonly DependencySet[]> {
  try {
    const keep = await lookup.candidateFilter?.();
    return keep ? candidateSets(sets, keep) : sets;
  } catch {
    return sets;
  }
}

/** False when the store says no licence data was synced for any type of these sets. */
async function mayHaveLicenses(sets: readonly DependencySet[], lookup: MetadataLookup): Promise<boolean> {
  if (!lookup.licensedTypes) return true;
  const types = new Set<string>();
  for (const set of sets) for (const d of set.dependencies) types.add(d.type);
  return (await lookup.licensedTypes([...types])).size > 0;
}

function found(findings: readonly Finding[]): Matched {
  return { findings, notice: null };
}
