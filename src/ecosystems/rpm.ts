import type { Ecosystem } from './types.js';
import type { RpmVersion } from './rpm/version.js';
import { rpmVersioning } from './rpm/versioning.js';

/** RPM packages (purl namespace = the vendor: fedora, redhat, opensuse ...), ordered as rpm 4.18 orders EVRs. */
export const rpm = {
  type: 'rpm',
  aliases: [],
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
  versioning: rpmVersioning,
} satisfies Ecosystem<RpmVersion>;
