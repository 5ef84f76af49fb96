import type { Ecosystem } from '../types.js';
import type { ApkVersion } from '../apk/version.js';
import { apkVersioning } from '../apk/versioning.js';

/** Wolfi packages: apk packages (`version-rEPOCH`), so apk version semantics (the same module as apk). */
export const wolfi = {
  type: 'wolfi',
  aliases: [],
  // purl-spec: the vendor namespace and the package name are case-insensitive and lower-cased.
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
  versioning: apkVersioning,
} satisfies Ecosystem<ApkVersion>;
