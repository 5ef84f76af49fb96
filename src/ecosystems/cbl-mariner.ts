import type { Ecosystem } from './types.js';
import type { RpmVersion } from './rpm/version.js';
import { rpmVersioning } from './rpm/versioning.js';

/** CBL-Mariner / Azure Linux: RPM packages, so RPM version semantics (the same module as rpm). */
export const cblMariner = {
  type: 'cbl-mariner',
  aliases: [],
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
  versioning: rpmVersioning,
} satisfies Ecosystem<RpmVersion>;
