import type { Ecosystem } from '../types.js';
import type { ApkVersion } from './version.js';
import { apkToolsOfDistro } from './distro.js';
import { apkTools3FirstVersioning, apkVersioning } from './versioning.js';

// purl-spec: the vendor namespace and the package name are case-insensitive and lower-cased.
const canonicalName = (namespace: string | null, name: string): string => (namespace ? `${namespace}/${name}` : name).toLowerCase();

/** Packages of an Alpine release that runs apk-tools 3 (3.23+, edge): ordered as apk-tools 3 orders them. */
const alpineTools3 = {
  type: 'apk',
  aliases: [],
  canonicalName,
  versioning: apkTools3FirstVersioning,
  variant: 'apk-tools 3',
} satisfies Ecosystem<ApkVersion>;

/** Alpine packages (purl namespace = alpine), ordered as apk-tools orders them. */
export const apk = {
  type: 'apk',
  aliases: [],
  canonicalName,
  versioning: apkVersioning,
  // Only an Alpine purl: a bare `distro=3.23.0` is Alpine's numbering only under pkg:apk/alpine.
  forPurl: (namespace, qualifiers) => {
    const distro = qualifiers['distro'];
    if (namespace?.toLowerCase() !== 'alpine' || distro === undefined) return undefined;
    return apkToolsOfDistro(distro) === 3 ? alpineTools3 : undefined;
  },
} satisfies Ecosystem<ApkVersion>;
