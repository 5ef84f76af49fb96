import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A synthetic PMDB advisories folder for kill and HTTP tests: `files` chunks over a few sequences, each with
 * `perFile` advisories of two npm packages; every third advisory id is the same in every file, so later
 * files replace earlier lines as real exports do. With `drop`, those shared ids name a different first package in
 * each file (pkg-(i+f)), so every rewrite drops the package its earlier file listed (changedSince must name it).
 */
export function generateAdvisories(root: string, files: number, perFile: number, options: { drop?: boolean } = {}): { names: string[] } {
  const names: string[] = [];
  for (let f = 0; f < files; f++) {
    const sequence = 1700000000 + Math.floor(f / 4) * 3600;
    const chunk = String((f % 4) + 1).padStart(8, '0');
    const name = `v2/npm/${sequence}/${chunk}.ndjson`;
    const lines: string[] = [];
    for (let i = 0; i < perFile; i++) {
      const id = i % 3 === 0 ? `adv-0-${i}` : `adv-${f}-${i}`;
      lines.push(
        JSON.stringify({
          advisory: { id, source: 'glad', title: `Advisory ${id} (file ${f})`, cvss_v3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', identifiers: [{ type: 'cve', name: `CVE-2024-${f}${i}`, value: `CVE-2024-${f}${i}`, url: null }] },
          packages: [
            { name: `pkg-${(options.drop === true && i % 3 === 0 ? i + f : i) % 500}`, purl_type: 'npm', affected_range: `<${f}.${i}.0`, fixed_versions: [`${f}.${i}.0`] },
            { name: `@scope/lib-${i % 97}`, purl_type: 'npm', affected_range: `>=1.0.0 <1.${f}.${i}`, fixed_versions: [`1.${f}.${i}`] },
          ],
        }),
      );
    }
    mkdirSync(join(root, `v2/npm/${sequence}`), { recursive: true });
    writeFileSync(join(root, name), lines.join('\n') + '\n');
    names.push(name);
  }
  return { names };
}
