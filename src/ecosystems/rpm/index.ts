import type { Ecosystem } from '../types.js';
import type { RpmVersion } from './version.js';
import { rpmVersioning } from './versioning.js';

/** RPM packages (purl namespace = the vendor: fedora, redhat, opensuse ...), ordered as rpm 4.18 orders EVRs. */
export const rpm = {
  type: 'rpm',
  aliases: [],
  // purl-spec: the vendor namespace is lower-cased, the RPM name is case-sensitive.
  canonicalName: (namespace, name) => (namespace ? `${namespace.toLowerCase()}/${name}` : name),
  versioning: rpmVersioning,
} satisfies Ecosystem<RpmVersion>;
