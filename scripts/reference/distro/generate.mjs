// Writes src/metadata/match/distro-codenames.json from Debian's distro-info-data (the reference the
// distribution tools read: /usr/share/distro-info/{debian,ubuntu}.csv): each release's codename (series) to
// "<vendor> <version>", the spelling of advisories' `distro` ("debian 12", "ubuntu 22.04").
// Run: node scripts/reference/distro/generate.mjs [folder of the CSVs]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? '/usr/share/distro-info';
const out = {};
for (const vendor of ['debian', 'ubuntu']) {
  const [header, ...lines] = readFileSync(join(folder, `${vendor}.csv`), 'utf8').trim().split('\n');
  const columns = header.split(',');
  const version = columns.indexOf('version');
  const series = columns.indexOf('series');
  for (const line of lines) {
    const cells = line.split(',');
    // "26.04 LTS" is 26.04; sid and experimental have no version and stay as they are.
    const number = cells[version]?.split(' ')[0];
    if (number) out[cells[series]] = `${vendor} ${number}`;
  }
}
writeFileSync(new URL('../../../src/metadata/match/distro-codenames.json', import.meta.url), JSON.stringify(out, null, 2) + '\n');
console.log(`${Object.keys(out).length} codenames`);
