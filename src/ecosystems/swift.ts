import type { Ecosystem } from './types.js';
import { unsupportedVersioning } from './unsupported.js';

// Not implemented yet: answers "unsupported" for every version rather than guessing.
export const swift = {
  type: 'swift',
  aliases: [],
  canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
  versioning: unsupportedVersioning('swift'),
} satisfies Ecosystem;
