import type { Ecosystem } from './types.js';
import { unsupportedVersioning } from './unsupported.js';

// Not implemented yet: answers "unsupported" for every version rather than guessing.
export const composer = {
  type: 'composer',
  aliases: [],
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
  versioning: unsupportedVersioning('composer'),
} satisfies Ecosystem;
