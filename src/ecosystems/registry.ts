import type { Ecosystem } from './types.js';
import { npm } from './npm/index.js';
import { pypi } from './pypi/index.js';
import { maven } from './maven/index.js';
import { gem } from './gem/index.js';
import { golang } from './golang/index.js';
import { nuget } from './nuget/index.js';
import { composer } from './composer/index.js';
import { cargo } from './cargo/index.js';
import { conan } from './conan/index.js';
import { swift } from './swift/index.js';
import { pub } from './pub/index.js';
import { deb } from './deb/index.js';
import { rpm } from './rpm/index.js';
import { apk } from './apk/index.js';
import { wolfi } from './wolfi/index.js';
import { cblMariner } from './cbl-mariner/index.js';
import { hex } from './hex/index.js';
import { cocoapods } from './cocoapods/index.js';
import { cran } from './cran/index.js';
import { bioconductor } from './bioconductor/index.js';

/** The one list of ecosystems. A conformance test checks every module under src/ecosystems/ is here. */
export const ecosystems: readonly Ecosystem[] = [
  npm, pypi, maven, gem, golang, nuget, composer, cargo, conan, swift, pub, deb, rpm, apk, wolfi, cblMariner,
  hex, cocoapods, cran, bioconductor,
] as readonly Ecosystem<never>[] as readonly Ecosystem[];

const byName = new Map<string, Ecosystem>();
for (const ecosystem of ecosystems) {
  for (const name of [ecosystem.type, ...ecosystem.aliases]) byName.set(name.toLowerCase(), ecosystem);
}

/** The ecosystem for a purl type or registry alias (packagist, rubygem, go); undefined when unsupported. */
export function ecosystemFor(typeOrAlias: string): Ecosystem | undefined {
  return byName.get(typeOrAlias.toLowerCase());
}
