import type { Ecosystem } from './types.js';
import { npm } from './npm.js';
import { pypi } from './pypi.js';
import { maven } from './maven.js';
import { gem } from './gem.js';
import { golang } from './golang.js';
import { nuget } from './nuget.js';
import { composer } from './composer.js';
import { cargo } from './cargo.js';
import { conan } from './conan.js';
import { swift } from './swift.js';
import { pub } from './pub.js';
import { deb } from './deb.js';
import { rpm } from './rpm.js';
import { apk } from './apk.js';
import { wolfi } from './wolfi.js';
import { cblMariner } from './cbl-mariner.js';

/** The one list of ecosystems. A conformance test checks every module under src/ecosystems/ is here. */
export const ecosystems: readonly Ecosystem[] = [
  npm, pypi, maven, gem, golang, nuget, composer, cargo, conan, swift, pub, deb, rpm, apk, wolfi, cblMariner,
] as readonly Ecosystem<never>[] as readonly Ecosystem[];

const byName = new Map<string, Ecosystem>();
for (const ecosystem of ecosystems) {
  for (const name of [ecosystem.type, ...ecosystem.aliases]) byName.set(name.toLowerCase(), ecosystem);
}

/** The ecosystem for a purl type or registry alias (packagist, rubygem, go); undefined when unsupported. */
export function ecosystemFor(typeOrAlias: string): Ecosystem | undefined {
  return byName.get(typeOrAlias.toLowerCase());
}
