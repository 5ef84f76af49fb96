import type { Ecosystem } from '../types.js';
import type { ApkVersion } from './version.js';
import { apkVersioning } from './versioning.js';

/** Alpine packages (purl namespace = alpine), ordered as apk-tools orders them. */
export const apk = {
  type: 'apk',
  aliases: [],
  // purl-spec: the vendor namespace and the package name are case-insensitive and lower-cased.
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
  versioning: apkVersioning,
} satisfies Ecosystem<ApkVersion>;
