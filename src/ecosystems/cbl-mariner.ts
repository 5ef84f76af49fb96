import type { Ecosystem } from './types.js';
import { unsupportedVersioning } from './unsupported.js';

// Not implemented yet: answers "unsupported" for every version rather than guessing.
export const cblMariner = {
  type: 'cbl-mariner',
  aliases: [],
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
  versioning: unsupportedVersioning('cbl-mariner'),
} satisfies Ecosystem;
