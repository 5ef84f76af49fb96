import { isPlausibleDigest, normaliseAlgorithm, type Checksums } from '../../model/checksum.js';
import type { Problem } from '../../model/problem.js';

export interface VerifiedComponent {
  readonly group: string;
  readonly name: string;
  readonly version: string;
  /** Checksums of the component's main artifact (its jar, aar, klib …), else of its only or first artifact (a pom). */
  readonly checksums: Checksums | null;
  readonly line: number;
}

/**
 * Reads the <component> elements of gradle/verification-metadata.xml.
 *
 * A tag scanner rather than an XML library: the file is written by Gradle to one schema
 * (https://docs.gradle.org/current/userguide/dependency_verification.html), and all it carries for us is in the
 * attributes of four elements (component, artifact, md5/sha1/sha256/sha512), so a scan over the tags is exact
 * for it, linear, keeps line numbers for problems, and adds no dependency. Comments and CDATA are skipped;
 * anything else (configuration, trusted keys, also-trust, pgp) is ignored.
 */
export function readVerificationMetadata(text: string): { components: VerifiedComponent[]; problems: Problem[] } {
  const components: VerifiedComponent[] = [];
  const problems: Problem[] = [];
  let lineStart = 0;
  let line = 1;
  const lineAt = (offset: number): number => {
    // Offsets only grow during the scan: count newlines from where the last count stopped.
    for (let i = lineStart; i < offset; i++) if (text.charCodeAt(i) === 0x0a) line++;
    lineStart = Math.max(lineStart, offset);
    return line;
  };
  let current: { group: string; name: string; version: string; line: number; artifacts: { name: string; checksums: Record<string, string> }[] } | null = null;
  let artifact: { name: string; checksums: Record<string, string> } | null = null;
  const finish = (): void => {
    if (!current) return;
    components.push({ group: current.group, name: current.name, version: current.version, checksums: mainChecksums(current), line: current.line });
    current = null;
  };
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  for (let m = tag.exec(text); m !== null; m = tag.exec(text)) {
    const element = m[2];
    if (element === undefined) continue;
    const closing = m[1] === '/';
    const selfClosing = (m[3] ?? '').endsWith('/');
    if (element === 'component') {
      if (closing) {
        finish();
        continue;
      }
      finish();
      const attrs = attributes(m[3] ?? '');
      const at = lineAt(m.index);
      const { group, name, version } = attrs;
      if (!group || !name || !version) {
        problems.push({ place: `line ${at}`, message: 'a <component> without group, name and version' });
        continue;
      }
      current = { group, name, version, line: at, artifacts: [] };
      if (selfClosing) finish();
    } else if (element === 'artifact' && current) {
      if (closing) {
        artifact = null;
        continue;
      }
      artifact = { name: attributes(m[3] ?? '')['name'] ?? '', checksums: {} };
      current.artifacts.push(artifact);
      if (selfClosing) artifact = null;
    } else if (!closing && artifact && /^(md5|sha1|sha256|sha512)$/.test(element)) {
      const value = (attributes(m[3] ?? '')['value'] ?? '').toLowerCase();
      const algorithm = normaliseAlgorithm(element);
      if (isPlausibleDigest(algorithm, value)) artifact.checksums[algorithm] = value;
      else problems.push({ place: `line ${lineAt(m.index)}`, message: `"${artifact.name}" has a ${element} that is not a ${element} digest` });
    }
  }
  finish();
  return { components, problems };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1] as string] = (m[2] ?? m[3] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '');
  }
  return out;
}

/**
 * The artifact that is the component itself: name-version.ext (not a pom, module or classifier file); else a
 * differently named binary that is no sources/javadoc jar (Kotlin multiplatform modules publish `clikt-jvm.jar`
 * for clikt-core-jvm 5.1.0: the .module names the file, and Gradle records that name); else the pom; else the first.
 */
function mainChecksums(c: { name: string; version: string; artifacts: { name: string; checksums: Record<string, string> }[] }): Checksums | null {
  const base = `${c.name}-${c.version}.`;
  const withSums = c.artifacts.filter((a) => Object.keys(a.checksums).length > 0);
  const main = withSums.find((a) => a.name.startsWith(base) && !/\.(pom|module)$/.test(a.name) && !a.name.slice(base.length).includes('-'));
  // A file named after the component with a classifier (name-version-natives.jar) is another artifact, not this one.
  const renamed = withSums.find((a) => !a.name.startsWith(`${c.name}-${c.version}`) && /\.(jar|aar|klib)$/.test(a.name) && !/-(sources|javadoc)\.jar$/.test(a.name));
  const chosen = main ?? renamed ?? withSums.find((a) => a.name === `${base}pom`) ?? withSums[0];
  return chosen ? chosen.checksums : null;
}
