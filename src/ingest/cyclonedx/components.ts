import type { Problem } from '../../model/problem.js';
import { plainPurl } from '../../ecosystems/shared/plain-purl.js';
import { canonicalPurl, type PurlParts } from '../../ecosystems/shared/purl.js';
import { genericPurl, isPackageKind } from '../generic-purl.js';
import type { ParsedDependency } from '../parser.js';
import { readChecksums, readLicenses, readSource } from './component-fields.js';
import { overlay, readGitLabProperties, type GitLabProperties } from './gitlab-properties.js';
import { readScopeFlags, type ScopeRules } from './scope.js';
import { isJsonObject } from '../json-object.js';

/** Real purls are short; refusing longer ones keeps parsing of hostile input bounded. */
const MAX_PURL = 4096;

export interface WalkContext {
  /** gitlab properties of `metadata`, inherited by every component. */
  readonly metadataProperties: GitLabProperties;
  /** The set a component goes to when no gitlab property names its file: the input's own path. */
  readonly defaultFile: string;
  readonly defaultPackageManager: string | null;
  /** Refs the root component depends on directly; null when the BOM does not say (direct stays null). */
  readonly directRefs: ReadonlySet<string> | null;
  /** bom-ref of metadata.component: some generators list the subject among the components too. */
  readonly subjectRef: string | null;
  /** How this BOM's generator marks development and optional packages. */
  readonly scopeRules: ScopeRules;
}

/** The components of one input file, as the walk finds them; edges are added by the caller. */
export interface Bucket {
  readonly file: string;
  readonly packageManager: string | null;
  readonly dependencies: ParsedDependency[];
}

export interface Walked {
  /** One bucket per input file, in the order first met. */
  readonly buckets: Bucket[];
  /** The bucket of every kept component's ref. */
  readonly bucketOfRef: ReadonlyMap<string, Bucket>;
  readonly withoutPurl: number;
  /** Packages without a purl, indexed under a generic one. */
  readonly generic: number;
  /** Components without a bom-ref whose purl an earlier one already had. */
  readonly repeated: number;
  /** Whether metadata.component was also listed among the components (and left out). */
  readonly subjectListed: boolean;
}

/** A nested component waiting its turn. */
interface Pending {
  readonly value: unknown;
  /** Parent and index rather than a pointer string: the pointer is only built when a problem needs it. */
  readonly parent: Pending | null;
  readonly index: number;
  readonly inherited: GitLabProperties;
}

/** The JSON pointer of a queued component ('' for the top level, whose components have no parent). */
function pointerOf(item: Pending | null): string {
  let place = '';
  for (let p = item; p !== null; p = p.parent) place = `/components/${p.index}${place}`;
  return place;
}

/**
 * Every component, nested ones included (a component's `components` are parts of it, e.g. npm bundled
 * dependencies), breadth first with an explicit queue so deep nesting cannot overflow the stack.
 * Components without a purl are indexed under a generic purl when they are packages (library, framework,
 * application); the rest (files, operating systems, crypto assets) are only counted.
 */
export function walkComponents(value: unknown, context: WalkContext, problems: Problem[]): Walked {
  const buckets: Bucket[] = [];
  const bucketOfRef = new Map<string, Bucket>();
  let last: Bucket | null = null;
  let withoutPurl = 0;
  let generic = 0;
  let repeated = 0;
  let subjectListed = false;

  // Top-level components are read where they stand; only nested ones go through the queue.
  const queue: Pending[] = [];
  // Where the component being visited is: read only when there is a problem to report, so one closure serves
  // every component instead of one made per component.
  let parentOfCurrent: Pending | null = null;
  let indexOfCurrent = 0;
  const place = (): string => `${pointerOf(parentOfCurrent)}/components/${indexOfCurrent}`;
  const visit = (component: unknown, parent: Pending | null, index: number, inherited: GitLabProperties): void => {
    parentOfCurrent = parent;
    indexOfCurrent = index;
    if (!isJsonObject(component)) {
      problems.push({ place: place(), message: 'component is not an object; skipped' });
      return;
    }
    const properties = overlay(inherited, readGitLabProperties(component.properties));
    if (component.components !== undefined) enqueue(queue, component.components, { value: component, parent, index, inherited }, properties, problems);

    let purl: string | null;
    let plain: PurlParts | null = null;
    if (component.purl === undefined || component.purl === null || component.purl === '') {
      // A library, framework or application without a purl is indexed under a generic one (generic-purl.ts).
      purl = isPackageKind(component.type) ? genericPurl(component.group, component.name, component.version) : null;
      if (purl === null) {
        withoutPurl++;
        return;
      }
      generic++;
    } else {
      // Most purls are already written as packageurl-js writes them; their parts go on to the graph stage.
      plain = typeof component.purl === 'string' && component.purl.length <= MAX_PURL ? plainPurl(component.purl) : null;
      purl = plain !== null ? (component.purl as string) : purlOf(component, place, problems);
      if (purl === null) return;
    }
    const bomRef = typeof component['bom-ref'] === 'string' && component['bom-ref'] !== '' ? component['bom-ref'] : null;
    const ref = bomRef ?? (typeof component.purl === 'string' && component.purl !== '' ? component.purl : purl);
    if (ref === context.subjectRef) {
      subjectListed = true;
      return;
    }
    if (bucketOfRef.has(ref)) {
      if (bomRef === null) repeated++;
      else problems.push({ place: `${place()}/bom-ref`, message: 'bom-ref is already used by an earlier component; skipped' });
      return;
    }
    const file = properties.inputFile ?? properties.sourceFile ?? context.defaultFile;
    // Components of one file come together: the last bucket is nearly always the one.
    let bucket: Bucket | undefined = last !== null && last.file === file ? last : buckets.find((b) => b.file === file);
    if (bucket === undefined) {
      bucket = { file, packageManager: properties.packageManager ?? context.defaultPackageManager, dependencies: [] };
      buckets.push(bucket);
    }
    last = bucket;
    bucketOfRef.set(ref, bucket);
    const flags = readScopeFlags(component, properties.category, context.scopeRules);
    const parts = plain ?? undefined;
    const direct = context.directRefs === null ? null : context.directRefs.has(ref);
    const { development, optional } = flags;
    const licenses = readLicenses(component.licenses);
    const checksums = readChecksums(component, place, problems);
    const source = readSource(component.externalReferences);
    const name = component.name;
    // Two literals in one key order, rather than spreading a conditional object for the name: once per component.
    bucket.dependencies.push(
      typeof name === 'string' && name !== '' && name.length <= MAX_PURL
        ? { ref, purl, writtenName: name, parts, direct, development, optional, licenses, checksums, source }
        : { ref, purl, parts, direct, development, optional, licenses, checksums, source },
    );
  };

  if (value !== undefined && !Array.isArray(value)) problems.push({ place: '/components', message: 'components is not an array; skipped' });
  else if (value !== undefined) for (let i = 0; i < value.length; i++) visit(value[i], null, i, context.metadataProperties);
  for (let head = 0; head < queue.length; head++) {
    const item = queue[head] as Pending;
    visit(item.value, item.parent, item.index, item.inherited);
  }
  return { buckets, bucketOfRef, withoutPurl, generic, repeated, subjectListed };
}

function enqueue(queue: Pending[], children: unknown, parent: Pending, inherited: GitLabProperties, problems: Problem[]): void {
  if (!Array.isArray(children)) {
    problems.push({ place: `${pointerOf(parent)}/components`, message: 'components is not an array; skipped' });
    return;
  }
  for (let i = 0; i < children.length; i++) queue.push({ value: children[i], parent, index: i, inherited });
}

/**
 * The purl as packageurl-js writes it, with the component's `version` when the purl has none. The subpath
 * is dropped: cyclonedx-npm puts the package's folder in its repository there, which is not part of the
 * package's identity.
 */
function purlOf(component: Record<string, unknown>, place: () => string, problems: Problem[]): string | null {
  const text = component.purl;
  if (typeof text !== 'string' || text.length > MAX_PURL) {
    problems.push({ place: `${place()}/purl`, message: typeof text === 'string' ? 'purl is longer than 4096 characters; skipped' : 'purl is not a string; skipped' });
    return null;
  }
  const fallback = typeof component.version === 'string' && component.version.length <= MAX_PURL && component.version !== '' ? component.version : null;
  const built = canonicalPurl(text, fallback);
  if (!built.ok) {
    const message = built.error.endsWith('has no version') ? 'component has no version, neither in its purl nor in "version"' : built.error.slice(0, 300);
    problems.push({ place: built.error.endsWith('has no version') ? place() : `${place()}/purl`, message: `${message}; skipped` });
    return null;
  }
  return built.value;
}
