import type { Ecosystem } from '../types.js';
import type { RpmVersion } from '../rpm/version.js';
import { rpmVersioning } from '../rpm/versioning.js';

/** CBL-Mariner / Azure Linux: RPM packages, so RPM version semantics (the same module as rpm). */
export const cblMariner = {
  type: 'cbl-mariner',
  aliases: [],
  // purl-spec: the vendor namespace is lower-cased, the RPM name is case-sensitive.
  canonicalName: (namespace, name) => (namespace ? `${namespace.toLowerCase()}/${name}` : name),
  versioning: rpmVersioning,
} satisfies Ecosystem<RpmVersion>;
